import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/cli/types.js';
import { artifactsDir, cli, corpusTexts, requireBuiltCli, tempDir } from './helpers.js';

// Debian's chromium, driven by playwright-core (.ci/run installs it with apt-get when missing).
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed it (apt-get install chromium)`);
  console.warn(`skipped the Chromium check of the HTML view: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What the page shows, read in the browser (a string, since this project's TypeScript has no DOM types). */
interface Probe {
  dir: string;
  lang: string;
  computedDirection: string;
  marks: { text: string; type: string; title: string }[];
  legend: string[];
  scrollWidth: number;
  clientWidth: number;
  font: string;
  textRight: number;
  asideRight: number;
}

const PROBE = `(() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect();
  return {
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    computedDirection: getComputedStyle(document.body).direction,
    marks: [...document.querySelectorAll('mark')].map((m) => ({ text: m.textContent, type: m.dataset.type, title: m.title })),
    legend: [...document.querySelectorAll('.legend li')].map((li) => li.textContent),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    font: getComputedStyle(document.querySelector('.text')).fontFamily,
    textRight: box('.text').right,
    asideRight: box('aside.entities').right,
  };
})()`;

describe.runIf(available)('the HTML view in headless Chromium', () => {
  const article = corpusTexts()[0];
  if (article === undefined) throw new Error('fixtures/corpus is empty');
  let context: BrowserContext;
  let page: string;
  let record: DocumentRecord;
  const requested: string[] = [];

  beforeAll(async () => {
    requireBuiltCli();
    const html = cli(['extract', '-f', 'html', '-r', article.referenceDate, article.path]);
    expect(html.status).toBe(0);
    record = JSON.parse(cli(['extract', '-r', article.referenceDate, article.path]).stdout) as DocumentRecord;
    page = join(tempDir(), `${article.name}.html`);
    writeFileSync(page, html.stdout);
    // A fresh profile (--user-data-dir) for every run.
    context = await chromium.launchPersistentContext(tempDir('arabic-entities-chromium-'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    await context.route('**/*', async (route) => {
      requested.push(route.request().url());
      await (route.request().url().startsWith('file:') ? route.continue() : route.abort());
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('renders right to left, one mark per mention, no horizontal overflow, nothing from the network', async () => {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    const dom = await tab.evaluate<Probe>(PROBE);
    expect(dom.dir).toBe('rtl');
    expect(dom.lang).toBe('ar');
    expect(dom.computedDirection).toBe('rtl');
    expect(dom.marks).toHaveLength(record.mentions.length);
    expect(dom.marks.map((m) => m.text)).toEqual(record.mentions.map((m) => m.text));
    expect(dom.marks.map((m) => m.type)).toEqual(record.mentions.map((m) => m.type));
    const withId = record.mentions.findIndex((m) => m.id !== undefined);
    expect(dom.marks[withId]?.title).toContain(`id: ${record.mentions[withId]?.id ?? ''}`);
    expect(dom.legend).toHaveLength(4);
    expect(dom.scrollWidth).toBeLessThanOrEqual(dom.clientWidth);
    expect(dom.font).toContain('Noto Naskh Arabic');
    // Right to left: the text column is on the right, the entity table on its left.
    expect(dom.textRight).toBeGreaterThan(dom.asideRight);
    await tab.screenshot({ path: join(artifactsDir(), 'html-view.png'), fullPage: true });
    expect(requested.every((url) => url.startsWith('file:'))).toBe(true);
    await tab.close();
  });

  it('has no horizontal overflow on a phone-sized screen either', async () => {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    await tab.goto(pathToFileURL(page).href);
    const { scrollWidth, clientWidth } = await tab.evaluate<Probe>(PROBE);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await tab.screenshot({ path: join(artifactsDir(), 'html-view-narrow.png'), fullPage: false });
    await tab.close();
  });
});
