import type { MentionType } from '../../types.js';

/** Colours and names of the four mention types, as the legend shows them. */
export const TYPE_STYLE: { readonly [T in MentionType]: { background: string; ring: string; label: string; arabic: string } } = {
  actor: { background: '#ffd6a5', ring: '#c46a00', label: 'actor', arabic: 'فاعل' },
  place: { background: '#bfe8c8', ring: '#2e7d43', label: 'place', arabic: 'مكان' },
  number: { background: '#c9ddff', ring: '#2f5fb3', label: 'number', arabic: 'عدد' },
  date: { background: '#f3c9e8', ring: '#a23a8a', label: 'date', arabic: 'تاريخ' },
};

/** Arabic system fonts first, then wide-coverage fallbacks. */
export const FONT_STACK = '"Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, sans-serif';

const typeRules = (Object.entries(TYPE_STYLE) as [MentionType, (typeof TYPE_STYLE)[MentionType]][])
  .map(([type, s]) => `.t-${type} { --bg: ${s.background}; --ring: ${s.ring}; }`)
  .join('\n');

/**
 * The page's whole stylesheet: inline, so the file needs nothing from the network.
 * Marks get no padding in the inline direction: it would break Arabic letter joining
 * where a proclitic stays outside the mark («ب|مصر»).
 */
export const STYLESHEET = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT_STACK}; background: #f4f3ef; color: #1f1f1f; line-height: 1.6; }
${typeRules}
.page-head { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 2rem;
  padding: 0.75rem 1.5rem; background: #fffffff2; border-bottom: 1px solid #dedbd2; }
.page-head h1 { margin: 0; font-size: 1.05rem; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.1rem; margin: 0; padding: 0; list-style: none; font-size: 0.95rem; }
.legend li { display: flex; align-items: center; gap: 0.4rem; }
.swatch { display: inline-block; width: 1.15em; height: 1.15em; border-radius: 0.3em; background: var(--bg); border: 1px solid var(--ring); }
.legend .en { color: #666; font-size: 0.85em; }
.hint { color: #666; font-size: 0.85rem; }
article.doc { max-width: 84rem; margin: 1.5rem auto 2.5rem; padding: 0 1.5rem; }
.doc-head h2 { margin: 0 0 0.25rem; font-size: 1.15rem; font-weight: 600; overflow-wrap: anywhere; }
.meta { display: flex; flex-wrap: wrap; gap: 0.3rem 0.6rem; margin: 0 0 1rem; padding: 0; list-style: none; font-size: 0.9rem; color: #555; }
.meta .count { padding: 0 0.5rem; border-radius: 1rem; background: var(--bg); color: #222; }
.warnings { margin: 0 0 1rem; padding: 0.5rem 1rem; border-inline-start: 4px solid #d08a00; background: #fff7e6; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 26rem); gap: 1.5rem; align-items: start; }
.text { min-width: 0; padding: 1.5rem 2rem; background: #fff; border-radius: 0.6rem; box-shadow: 0 1px 3px #0000001f;
  font-size: 1.25rem; line-height: 2.15; }
.text p { margin: 0 0 0.8em; white-space: pre-wrap; overflow-wrap: anywhere; }
.text p:last-child { margin-bottom: 0; }
mark { padding: 0.12em 0; border-radius: 0.3em; background: var(--bg); color: inherit; cursor: help;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark:hover, mark:focus { outline: 2px solid var(--ring); outline-offset: 1px; }
mark mark { padding: 0; border-bottom: 2px solid var(--ring); }
aside.entities { min-width: 0; padding: 1rem 1.1rem; background: #fff; border-radius: 0.6rem; box-shadow: 0 1px 3px #0000001f; }
aside.entities h3 { margin: 0 0 0.5rem; font-size: 1rem; }
aside.entities table { width: 100%; border-collapse: collapse; font-size: 0.9rem; table-layout: fixed; }
aside.entities th, aside.entities td { padding: 0.3rem 0.35rem; border-bottom: 1px solid #eeece6; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
aside.entities th { font-weight: 600; color: #555; }
aside.entities col.name { width: 44%; }
aside.entities col.id { width: 44%; }
aside.entities col.n { width: 12%; }
aside.entities td.id { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.76rem; line-height: 1.9; direction: ltr; text-align: end; }
aside.entities td.n, aside.entities th.n { text-align: center; }
.empty { color: #777; font-size: 0.9rem; margin: 0; }
@media (max-width: 56rem) { .layout { grid-template-columns: minmax(0, 1fr); } .text { padding: 1rem 1.1rem; } }
`;
