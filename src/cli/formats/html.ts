import type { DocumentEntity, Mention, MentionType } from '../../types.js';
import type { Extracted } from '../types.js';
import { STYLESHEET, TYPE_STYLE } from './html-style.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char] ?? char);
}

const TYPES = Object.keys(TYPE_STYLE) as MentionType[];

/** The hover text of a mention: type, offsets and every resolved attribute, one per line. */
export function mentionTitle(m: Mention): string {
  const lines = [`${m.type} / ${m.subtype}  [${m.start}–${m.end}]`];
  if (m.id !== undefined) lines.push(`id: ${m.id}`);
  if (m.value !== undefined) lines.push(`value: ${m.value === null ? 'null' : String(m.value)}`);
  if (m.qualifier !== undefined) lines.push(`qualifier: ${m.qualifier}`);
  if (m.unit !== undefined) lines.push(`unit: ${m.unit}`);
  if (m.mod !== undefined) lines.push(`mod: ${m.mod}`);
  if (m.canonical !== undefined && m.canonical !== m.text) lines.push(`canonical: ${m.canonical}`);
  if (m.role !== undefined) lines.push(`role: ${m.role}`);
  if (m.country !== undefined) lines.push(`country: ${m.country}`);
  if (m.hijri !== undefined) lines.push(`hijri: ${m.hijri}`);
  return lines.join('\n');
}

function openMark(m: Mention): string {
  const data = [`data-type="${m.type}"`, `data-subtype="${escapeHtml(m.subtype)}"`, `data-start="${m.start}"`, `data-end="${m.end}"`];
  if (m.id !== undefined) data.push(`data-id="${escapeHtml(m.id)}"`);
  if (m.value !== undefined && m.value !== null) data.push(`data-value="${escapeHtml(String(m.value))}"`);
  return `<mark class="t-${m.type}" tabindex="0" ${data.join(' ')} title="${escapeHtml(mentionTitle(m)).replace(/\n/gu, '&#10;')}">`;
}

/**
 * Text from `from` to `to` with each mention in a `<mark>`. Mentions are sorted by start
 * (longest first); one that starts inside another is nested in it and clipped to it,
 * so every mention gets exactly one mark.
 */
function markUp(text: string, mentions: readonly Mention[], from: number, to: number): string {
  let out = '';
  let position = from;
  let i = 0;
  while (i < mentions.length) {
    const mention = mentions[i];
    if (mention === undefined) break;
    const start = Math.min(Math.max(mention.start, position), to);
    const end = Math.min(Math.max(mention.end, start), to);
    let j = i + 1;
    while (j < mentions.length && (mentions[j]?.start ?? Infinity) < end) j += 1;
    out += escapeHtml(text.slice(position, start)) + openMark(mention) + markUp(text, mentions.slice(i + 1, j), start, end) + '</mark>';
    position = end;
    i = j;
  }
  return out + escapeHtml(text.slice(position, to));
}

/** Paragraph ranges: the text cut at every line break that no mention covers. */
export function paragraphs(text: string, mentions: readonly Mention[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n/gu)) {
    const at = match.index;
    if (mentions.some((m) => m.start <= at && at < m.end)) continue;
    ranges.push({ start, end: at });
    start = at + 1;
  }
  ranges.push({ start, end: text.length });
  return ranges;
}

function renderText(text: string, mentions: readonly Mention[]): string {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges = paragraphs(text, sorted);
  const groups: Mention[][] = ranges.map(() => []);
  for (const mention of sorted) {
    const index = ranges.findIndex((r) => mention.start <= r.end);
    groups[index < 0 ? ranges.length - 1 : index]?.push(mention);
  }
  return ranges
    .map((range, k) => {
      const inside = groups[k] ?? [];
      if (inside.length === 0 && text.slice(range.start, range.end).trim() === '') return '';
      return `<p>${markUp(text, inside, range.start, range.end)}</p>`;
    })
    .filter((p) => p !== '')
    .join('\n');
}

function entityTable(entities: readonly DocumentEntity[]): string {
  if (entities.length === 0) return '<p class="empty">No document entities.</p>';
  const rows = entities.map(
    (e) =>
      `<tr class="t-${e.type}"><td><span class="swatch" title="${escapeHtml(`${e.type} / ${e.subtype}`)}"></span> ${escapeHtml(e.canonical)}</td>` +
      `<td class="id">${escapeHtml(e.id)}</td><td class="n">${e.mentions}</td></tr>`,
  );
  return `<table><colgroup><col class="name"><col class="id"><col class="n"></colgroup><thead><tr><th>الاسم · name</th><th>id</th><th class="n">#</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function legend(): string {
  const items = TYPES.map((type) => {
    const s = TYPE_STYLE[type];
    return `<li class="t-${type}"><span class="swatch"></span>${s.arabic} <span class="en" lang="en">${s.label}</span></li>`;
  });
  return `<ul class="legend" aria-label="legend">${items.join('')}</ul>`;
}

/** The page head: styles, title, legend. `title` names the page (a document id, or the run). */
export function htmlBegin(title: string): string {
  return `<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="arabic-entities">
<title>${escapeHtml(title)}</title>
<style>${STYLESHEET}</style>
</head>
<body>
<header class="page-head"><h1 lang="en" dir="ltr">arabic-entities</h1>${legend()}<span class="hint">مرّر المؤشر على أي إشارة لرؤية المعرّف والقيمة</span></header>
`;
}

/** One document: its id, counts by type, the text with marks, and the entity table beside it. */
export function htmlDocument(doc: Extracted): string {
  const { record } = doc;
  const id = String(record.id ?? doc.location);
  const counts = TYPES.map((type) => ({ type, n: record.mentions.filter((m) => m.type === type).length }))
    .filter((c) => c.n > 0)
    .map((c) => `<li class="count t-${c.type}">${TYPE_STYLE[c.type].arabic} ${c.n}</li>`);
  const reference = record.reference === null ? 'no reference date' : `reference ${record.reference.date} (${record.reference.source})`;
  const meta = [`<li lang="en" dir="ltr">${record.mentions.length} mentions · ${escapeHtml(reference)}</li>`, ...counts];
  const warnings = record.warnings.length === 0 ? '' : `<ul class="warnings">${record.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>\n`;
  return `<article class="doc" data-id="${escapeHtml(id)}">
<div class="doc-head"><h2><bdi>${escapeHtml(id)}</bdi></h2><ul class="meta">${meta.join('')}</ul></div>
${warnings}<div class="layout">
<div class="text">
${renderText(doc.text, record.mentions)}
</div>
<aside class="entities"><h3>الكيانات <span lang="en" class="hint">entities</span></h3>
${entityTable(record.entities)}
</aside>
</div>
</article>
`;
}

/** Closes the page. */
export function htmlEnd(): string {
  return '</body>\n</html>\n';
}
