// Static first: the built pages hold the whole article as HTML, readable with
// JavaScript off, and the app takes the page over without moving anything.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { test, expect, openArticle, tocChapterIds } from './fixtures.js';

const dist = new URL('../../../dist/', import.meta.url);
const PAGES = [
  { path: './', lang: 'en', other: 'zh.html', contents: 'Contents' },
  { path: './zh.html', lang: 'zh-CN', other: 'index.html', contents: '目录' },
];

for (const { path, lang, other, contents } of PAGES) {
  test(`with JavaScript off, ${path} holds every chapter, figure and data table (${lang})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('nav.toc h2')).toHaveText(contents);

    // Every chapter the contents list, with its heading and its prose.
    const ids = await tocChapterIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      const chapter = page.locator(`section.chapter#${id}`);
      await expect(chapter.locator('h2')).not.toBeEmpty();
      expect((await chapter.locator('.prose p').allInnerTexts()).join(' ').length, id).toBeGreaterThan(200);
    }

    // Every figure with its chart drawn, its summary, and its data (the timeline is a list).
    const figures = page.locator('section.chapter figure.figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(10);
    for (const figure of await figures.all()) {
      const id = await figure.getAttribute('id');
      await expect(figure.locator('.figure-title'), id).not.toBeEmpty();
      if (id === 'fig-timeline') {
        expect(await figure.locator('li').count(), id).toBeGreaterThan(5);
        continue;
      }
      await expect(figure.locator('.chart svg').first(), id).toBeVisible();
      expect(await figure.locator('.chart svg path, .chart svg rect, .chart svg circle').count(), id).toBeGreaterThan(3);
      await expect(figure.locator('p.summary'), id).not.toBeEmpty();
      // A closed <details> opens without JavaScript: the table is already there.
      await figure.locator('details.data summary').click();
      expect(await figure.locator('details.data tbody tr').count(), id).toBeGreaterThan(1);
    }

    // The sources, the glossary, and the note on what needs JavaScript.
    expect(await page.locator('#sources li').count()).toBeGreaterThan(10);
    expect(await page.locator('#glossary dt').count()).toBeGreaterThan(5);
    await expect(page.locator('.noscript-note')).toBeVisible();
    await expect(page.locator(`.noscript-note a[href="${other}"]`)).toBeVisible();
    // The prediction cannot be made without scripts: its answer is shown instead, and the
    // buttons that need the app are not.
    await expect(page.locator('#next #fig-backtest .chart svg').first()).toBeVisible();
    await expect(page.locator('#next .guess')).toBeHidden();
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.locator('.figure-actions').first()).toBeHidden();
    // Nor are the paragraphs that ask the reader to move a control, while the rest of the prose is.
    await expect(page.locator('#trust .prose p.live-only')).toHaveCount(1);
    await expect(page.locator('#trust .prose p.live-only')).toBeHidden();
    await expect(page.locator('#trust .prose p:not(.live-only)').first()).toBeVisible();
    // The two languages name each other.
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang === 'en' ? 'zh-CN' : 'en'}"]`)).toHaveAttribute('href', other);
    expect(failed).toEqual([]);
    await context.close();
  });
}

test('the app takes over the prerendered page in place, with nothing moved and the same text', async ({ browser, baseURL, page }) => {
  // The text as the page arrives, before any script.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const still = await context.newPage();
  await still.goto('./');
  const chapterText = (p) => p.locator('section.chapter').evaluateAll((all) => all.map((c) => `${c.querySelector('h2').textContent}\n${[...c.querySelectorAll('.prose')].map((p) => p.textContent).join('\n')}`));
  // Without scripts the page also holds the prediction's answer, in a <noscript>.
  const summaries = (p) =>
    p.locator('section.chapter p.summary').evaluateAll((all) => all.filter((e) => !e.closest('noscript')).map((e) => e.textContent));
  // Every control's state: the built page has no properties, only attributes, which must
  // say what the app's controls say.
  const controls = (p) =>
    p.locator('section.chapter').evaluateAll((all) =>
      all.flatMap((c) => [...c.querySelectorAll('input, select')].map((e) => `${e.id || e.name}=${e.type === 'checkbox' || e.type === 'radio' ? e.checked : e.value}`)),
    );
  const before = await chapterText(still);
  const summariesBefore = await summaries(still);
  const controlsBefore = await controls(still);
  await context.close();

  await page.addInitScript(() => {
    // The text as parsed, before any script runs ('interactive' comes before the module
    // scripts): the app brings the page to life around it, it does not redraw it; nor the
    // glossary and the sources, which sit in the methods chapter's figure area.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        window.builtText = [...document.querySelectorAll('h1, .toc, section.chapter h2, section.chapter .prose p, #glossary dd, #sources li')];
      }
    });
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    // Once the app runs, no frame paints a chapter without a figure: each shows the one
    // drawn at build time until the app's own replaces it (checked just before each paint).
    window.emptyFigureAreas = 0;
    const check = () => {
      if (document.documentElement.dataset.app === 'running') {
        const empty = document.querySelectorAll('section.chapter .interactive:empty').length;
        window.emptyFigureAreas = Math.max(window.emptyFigureAreas, empty);
      }
      if (performance.now() < 4000) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await openArticle(page);
  // Past the sandbox's full bands (250 ms after the last change) and the announcements.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.shifts)).toEqual([]);
  expect(await page.evaluate(() => window.emptyFigureAreas)).toBe(0);
  expect(await page.evaluate(() => window.builtText.length)).toBeGreaterThan(40);
  expect(await page.evaluate(() => window.builtText.filter((n) => !n.isConnected).length)).toBe(0);
  expect(await chapterText(page)).toEqual(before);
  expect(await summaries(page)).toEqual(summariesBefore);
  expect(controlsBefore.length).toBeGreaterThan(20);
  expect(await controls(page)).toEqual(controlsBefore);
});

test('neither wasm carries prose: the chapters, glossary and sources come from the page', async ({ browser, baseURL }) => {
  const read = (name) => readFileSync(new URL(name, dist));
  const wasms = readdirSync(dist).filter((f) => f.endsWith('.wasm'));
  expect(wasms.length).toBe(2);
  // The article's (the embed pages' wasm, figure-*.wasm, has less of the page's text).
  const article = read(wasms.find((f) => f.startsWith('livestream-arena-')));
  const inWasm = (text) => article.includes(Buffer.from(text));
  const inAnyWasm = (text) => wasms.some((f) => read(f).includes(Buffer.from(text)));
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const path of ['./', './zh.html']) {
    await page.goto(path);
    // The opening words of each paragraph, before any link or flag chip in it.
    const openings = await page.locator('section.chapter .prose p, .glossary dd, .source-list li').evaluateAll((all) =>
      all.map((p) => [...p.childNodes].find((n) => n.nodeType === 3)?.textContent.trim().slice(0, 24)).filter((t) => t && t.length >= 12),
    );
    expect(openings.length).toBeGreaterThan(40);
    expect(openings.filter(inAnyWasm)).toEqual([]);
    // What the app itself shows is there: the test can find text in the wasm.
    const titles = await page.locator('section.chapter h2').allTextContents();
    expect(titles.filter(inWasm)).toEqual(titles);
  }
  await context.close();
});

test('the Chinese page opens the app in Chinese', async ({ page }) => {
  await page.goto('./zh.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('h1')).toHaveText('直播擂台');
});

test('every text and wasm file has gzip and brotli copies that decompress to it', () => {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const full = new URL(name, dir);
    return statSync(full).isDirectory() ? walk(new URL(`${name}/`, dir)) : [full];
  });
  const files = walk(dist).filter((f) => /\.(html|js|css|wasm|svg|json)$/.test(f.pathname));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const raw = readFileSync(file);
    expect(gunzipSync(readFileSync(`${file.pathname}.gz`)).equals(raw), `${file.pathname}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${file.pathname}.br`)).equals(raw), `${file.pathname}.br`).toBe(true);
  }
});

test('every chart is named by its own figure, as built and once the app runs', async ({ browser, baseURL, page }) => {
  const names = (p) =>
    p.locator('section.chapter figure.figure').evaluateAll((figures) =>
      figures
        .filter((f) => f.querySelector('.chart svg[aria-labelledby]'))
        .map((f) => [
          f.id,
          f.querySelector('.figure-title').textContent,
          // The name, from the elements the chart points at, if they are its own figure's.
          f
            .querySelector('.chart svg[aria-labelledby]')
            .getAttribute('aria-labelledby')
            .split(' ')
            .map((id) => f.querySelector(`[id="${id}"]`)?.textContent ?? '(not in the figure)')
            .join('. '),
        ]),
    );
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const still = await context.newPage();
  await still.goto('./');
  await openArticle(page);
  for (const list of [await names(still), await names(page)]) {
    expect(list.length).toBeGreaterThanOrEqual(9);
    for (const [id, title, label] of list) {
      expect(label.startsWith(`${title}. `), `${id}: ${label}`).toBe(true);
      expect(label.length, `${id}: the summary follows the title`).toBeGreaterThan(title.length + 20);
    }
  }
  await context.close();
});
