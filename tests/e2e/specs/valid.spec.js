// Valid HTML everywhere: the W3C Nu HTML checker (npm package vnu-jar, a Java program) over
// the static files as served and over the rendered DOM of every mode — the article in both
// languages with everything it folds away opened, each embed, each slide with its notes and
// shortcuts, the teacher page and the worksheets — and heading levels without a skip in each of them.
//
// Errors and warnings fail, and so does a document the checker could not read; its plain
// "info" messages (such as "Trailing slash on void elements has no effect") are advice
// about style, not validity, and are left out.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { test, expect, allChaptersBuilt, watch } from './fixtures.js';

// Every embeddable figure, as the build lists it: one oEmbed file per figure.
const FIGURES = readdirSync(new URL('../../../dist/oembed/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

// Checked as served: the raw HTML, with what a reader without JavaScript gets.
const STATIC = ['', 'zh.html', 'teacher.html', 'worksheet.html', 'worksheet-zh.html', 'embed-shares.html', 'embed-ban-zh.html'];

// A page known to be invalid, checked with the others: proves that the checker read the
// documents it was given and that its errors reach the report.
const CANARY = '<!doctype html><html lang="en"><title>canary</title><main><main></main></main></html>';

/** The rendered DOM, serialised as a document. */
const rendered = (page) => page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);

/** The levels of the page's headings, in document order. */
const headingLevels = (page) =>
  page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));

/** Opens every <details> (some only appear once another opens) and waits for the tables
 *  they build on opening. */
async function openAllDetails(page) {
  for (;;) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('details:not([open])')];
      for (const d of closed) d.open = true;
      return closed.length;
    });
    if (opened === 0) break;
  }
  await expect(page.locator('details.data:not(:has(tbody tr))')).toHaveCount(0);
}

/** The article in `lang`, every chapter built, the guess revealed and every <details> open. */
async function fullArticle(page, lang, query) {
  await page.goto(`./?lang=${lang}${query}`);
  await allChaptersBuilt(page);
  // A guess is remembered, and a remembered guess comes revealed.
  if ((await page.locator('#fig-backtest').count()) === 0) {
    await page.locator('#next input[type="radio"]').first().check();
    await page.locator('#next button.reveal').click();
  }
  await expect(page.locator('#fig-backtest')).toBeAttached();
  await openAllDetails(page);
}

/** Each slide, with its speaker notes and the list of shortcuts open, and on the
 *  prediction slide the answer revealed; `visit(name)` is called on each. */
async function everySlide(page, visit) {
  await page.goto('./?mode=present');
  const slides = Number(await page.locator('.deck-bar progress').getAttribute('max'));
  expect(slides).toBeGreaterThan(1);
  slideCount = slides;
  for (let step = 1; step <= slides; step += 1) {
    await page.goto(`./?mode=present&step=${step}`);
    await expect(page.locator('.deck-bar .counter')).toContainText(`${step} / ${slides}`);
    await page.keyboard.press('n');
    await page.keyboard.press('?');
    await page.keyboard.press('v');
    await expect(page.locator('.shortcuts')).toBeAttached();
    // Every slide but the title has speaker notes.
    const title = await page.locator('.slide-title').count();
    await expect(page.locator('.speaker-notes')).toHaveCount(1 - title);
    await expect(page.locator('.slide .interactive:empty')).toHaveCount(0);
    await expect(page.locator('.slide-predict .locked')).toHaveCount(0);
    await openAllDetails(page);
    await visit(`slide-${step}`);
  }
}

// name → rendered HTML, and name → heading levels, of every page and mode.
const pages = new Map();
const outlines = new Map();
let slideCount = 0;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const page = await browser.newPage({ baseURL });
  const problems = await watch(page, baseURL);
  const keep = async (name) => {
    pages.set(name, await rendered(page));
    outlines.set(name, await headingLevels(page));
  };
  // The Chinese article with a pinned comparison and a notice about an unknown parameter,
  // so that what those add is checked too.
  for (const [lang, query] of [
    ['en', ''],
    ['zh', '&v=3&trust=0.2&pin=1&a.trust=0.9&unknown=1'],
  ]) {
    await fullArticle(page, lang, query);
    await keep(`article-${lang}`);
  }
  for (const figure of FIGURES) {
    await page.goto(`./?embed=${figure}`);
    await expect(page.locator('main.embed figure h1')).toHaveCount(1);
    await openAllDetails(page);
    await keep(`embed-${figure}`);
  }
  await everySlide(page, keep);
  await page.goto('./teacher.html');
  await keep('teacher');
  // And the students' worksheets, one per language.
  for (const worksheet of ['worksheet', 'worksheet-zh']) {
    await page.goto(`./${worksheet}.html`);
    await keep(worksheet);
  }
  await page.close();
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every page and mode is valid HTML (Nu checker: no error, no warning)', async ({ baseURL }) => {
  test.setTimeout(120_000);
  expect(pages.size, 'two articles, the embeds, the slides, the teacher page and the two worksheets').toBe(2 + FIGURES.length + slideCount + 3);
  // The rendered pages are served over HTTP, as the static ones are: the checker tests the
  // page's own Content-Security-Policy against the URLs it loads, and every URL violates
  // it under file: (an opaque origin).
  const served = new Map([...pages].map(([name, html]) => [`/${name}.html`, html]));
  served.set('/canary.html', CANARY);
  const server = createServer((req, res) => {
    const html = served.get(req.url);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const urls = [...STATIC.map((path) => new URL(path, baseURL).href), ...[...served.keys()].map((path) => origin + path)];
  let report;
  try {
    const { stdout } = await promisify(execFile)(
      'java',
      // The checker refuses loopback addresses unless told otherwise (it was made for a server).
      ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', String(vnuJar), '--format', 'json', '--stdout', '--exit-zero-always', ...urls],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    report = JSON.parse(stdout);
  } finally {
    server.close();
  }
  const name = (url) => (url.startsWith(origin) ? url.slice(origin.length + 1) : `${url} (as served)`);
  const failing = report.messages.filter((m) => m.type !== 'info' || m.subType === 'warning');
  const canary = failing.filter((m) => m.url === `${origin}/canary.html`);
  expect(canary.length, 'the checker reports the invalid canary page').toBeGreaterThan(0);
  const list = failing
    .filter((m) => !canary.includes(m))
    .map((m) => `${name(m.url ?? '')}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}` +
      (m.extract ? `\n    …${m.extract.replace(/\s+/g, ' ')}…` : ''));
  expect(list.length, `${list.length} messages from the Nu checker:\n${list.join('\n')}`).toBe(0);
});

test('heading levels start at h1 and never skip one, in every page and mode', () => {
  expect(outlines.size, 'two articles, the embeds, the slides, the teacher page and the two worksheets').toBe(2 + FIGURES.length + slideCount + 3);
  const skips = [];
  for (const [name, levels] of outlines) {
    levels.forEach((level, i) => {
      const previous = i === 0 ? 0 : levels[i - 1];
      if (level > previous + 1) skips.push(`${name}: h${level} after ${previous ? `h${previous}` : 'the start'} (${levels.map((l) => `h${l}`).join(' ')})`);
    });
  }
  expect(skips.length, skips.join('\n')).toBe(0);
});
