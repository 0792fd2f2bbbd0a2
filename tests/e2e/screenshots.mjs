// Screenshots of the release build for a person to look at; nothing compares them.
// Usage: node screenshots.mjs BASE_URL (scripts/screenshots.sh serves dist/ and calls this).
// Writes PNGs into tests/e2e/screenshots/ (not committed). Checks live in specs/, not here.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import config from './playwright.config.js';

const base = process.argv[2];
if (!base) throw new Error('usage: node screenshots.mjs BASE_URL');
const shots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch(config.use.launchOptions);
const taken = [];

/** A fresh page at the given size; fails on a page error, so a broken build shows. */
async function open(width, height, query = '') {
  const page = await browser.newPage({ baseURL: base, viewport: { width, height } });
  page.on('pageerror', (err) => {
    throw err;
  });
  await page.goto(`./${query}`);
  // The page arrives drawn as HTML; shoot the app once it has taken over.
  await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
  return page;
}

async function shoot(target, name) {
  await target.screenshot({ path: `${shots}${name}.png` });
  taken.push(`${name}.png`);
}

/** The article with every chapter built; returns the chapter ids of its table of contents. */
async function article(page) {
  await page.locator('h1', { hasText: 'Livestream Arena' }).waitFor();
  const links = page.locator('nav.toc a[href^="#"]');
  await links.first().waitFor({ state: 'attached' });
  const ids = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((h) => h.slice(1));
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('section.chapter').length === n &&
      document.querySelectorAll('section.chapter .interactive:empty').length === 0 &&
      document.querySelectorAll('section.chapter [data-prerendered]').length === 0,
    ids.length,
  );
  return ids;
}

/** A slide: waits for the counter to show it. */
async function slide(page, step) {
  await page.locator('.deck-bar .counter', { hasText: new RegExp(`\\b${step} / \\d+`) }).waitFor();
}

// Every chapter at 1280 and 375 px.
for (const width of [1280, 375]) {
  const page = await open(width, 900);
  for (const id of await article(page)) {
    const chapter = page.locator(`section.chapter#${id}`);
    await chapter.scrollIntoViewIfNeeded();
    await shoot(chapter, `${id}-${width}`);
  }
  await page.close();
}

// The first slides in each theme at 1920×1080.
for (const theme of ['light', 'dark', 'projector']) {
  for (const step of [1, 2, 4]) {
    const page = await open(1920, 1080, `?mode=present&theme=${theme}&step=${step}`);
    await slide(page, step);
    await shoot(page, `slide-${step}-${theme}`);
    await page.close();
  }
}

// The article's first screen on a small phone and on a laptop.
for (const [width, height] of [
  [375, 667],
  [1280, 800],
]) {
  const page = await open(width, height);
  await article(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, `article-${width}x${height}`);
  await page.close();
}

// The sandbox's slide in present mode on a common projector and a full-HD screen.
// Its step: the title slide comes first, then one slide per chapter in contents order.
const sandboxStep = await (async () => {
  const page = await open(1280, 800);
  const step = (await article(page)).indexOf('sandbox') + 2;
  await page.close();
  if (step < 2) throw new Error('no sandbox chapter in the table of contents');
  return step;
})();
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  const page = await open(width, height, `?mode=present&step=${sandboxStep}`);
  await slide(page, sandboxStep);
  await page.locator('.slide #fig-sandbox svg').first().waitFor();
  await shoot(page, `present-sandbox-${width}x${height}`);
  await page.close();
}

// An embedded figure, on its own page with its own wasm, in a window the size of a blog's column.
{
  const page = await open(640, 800, 'embed-shares.html');
  await page.locator('figure.figure svg').first().waitFor();
  await shoot(page, 'embed-shares-640x800');
  await page.close();
}

await browser.close();
console.log(`${taken.length} screenshots in ${shots}\n${taken.join('\n')}`);
