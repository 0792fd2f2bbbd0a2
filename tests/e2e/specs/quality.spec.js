// Quality gates that belong in the test command: the size budget (deterministic),
// accessibility in every theme and language, reduced motion, small screens, and
// graceful degradation where the browser refuses something.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, openArticle, allChaptersBuilt, expectNoAxeViolations } from './fixtures.js';

const dist = new URL('../../../dist/', import.meta.url);
const gzipped = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const KB = 1024;
// Ratchet budgets, just above the current build, so growth fails CI: each step that moved
// them, and why, is in the README's size history ("Sizes and benchmarks").
const WASM_BUDGET = 331 * KB;
const FIRST_LOAD_BUDGET = 387 * KB;
// An embed's first load: its own page (embed-ID.html), the style, and the embed pages'
// own start script and wasm (src/bin/figure.rs).
const EMBED_FIRST_LOAD_BUDGET = 265 * KB;

test('the first load stays within its compressed-size budget', () => {
  const files = readdirSync(dist);
  const firstLoad = files.filter((f) => /^(index\.html|start\.js|livestream-arena-.*\.(js|wasm)|style-.*\.css)$/.test(f));
  const wasm = firstLoad.filter((f) => f.endsWith('.wasm')).reduce((s, f) => s + gzipped(f), 0);
  const total = firstLoad.reduce((s, f) => s + gzipped(f), 0);
  expect(firstLoad.length).toBe(5);
  expect(wasm, `wasm is ${(wasm / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(WASM_BUDGET);
  expect(total, `first load is ${(total / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  const pages = files.filter((f) => /^embed-.*\.html$/.test(f));
  expect(pages.length).toBeGreaterThan(10);
  const embedLoad = files.filter((f) => /^(start-figure\.js|figure-.*\.(js|wasm)|style-.*\.css)$/.test(f));
  expect(embedLoad.length).toBe(4);
  // Each embed page loads the embed pages' own wasm (start-figure.js) or, for a figure it does not
  // draw (FigureId::own_wasm), the article's: its first load is its page and those files.
  const ownWasm = embedLoad.reduce((s, f) => s + gzipped(f), 0);
  const articleWasm = total - gzipped('index.html');
  const loads = pages.map((page) => {
    const usesOwn = readFileSync(new URL(page, dist), 'utf8').includes('start-figure.js');
    return { page, usesOwn, bytes: gzipped(page) + (usesOwn ? ownWasm : articleWasm) };
  });
  const own = loads.filter((l) => l.usesOwn);
  const embed = Math.max(...own.map((l) => l.bytes));
  expect(embed, `an embed's first load is ${(embed / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(EMBED_FIRST_LOAD_BUDGET);
  // The pages of figures the embed wasm leaves out (the hindsight fit's, in both languages) load
  // no more than the article does.
  const others = loads.filter((l) => !l.usesOwn);
  expect(others.map((l) => l.page).sort()).toEqual(['embed-hindsight-zh.html', 'embed-hindsight.html']);
  for (const l of others) {
    expect(l.bytes, `${l.page}'s first load is ${(l.bytes / KB).toFixed(1)} KB gzip`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  }
});

for (const lang of ['en', 'zh']) {
  for (const theme of ['light', 'dark', 'projector']) {
    test(`the whole article has no axe violations (${lang}, ${theme})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&theme=${theme}`);
      await allChaptersBuilt(page);
      await expectNoAxeViolations(page);
    });
  }
}

test('reduced motion turns transitions and animations off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openArticle(page);
  const line = page.locator('#fig-sandbox path.line').first();
  expect(await line.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  const bar = page.locator('#fig-scoreboard rect.bar').first();
  expect(await bar.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

for (const width of [320, 640]) {
  test(`nothing is cut off at ${width} px (a phone, or 200% zoom)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openArticle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('#sandbox-trust')).toBeVisible();
  });
}

test('on a phone the bar charts keep their labels legible and inside the chart', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openArticle(page);
  for (const id of ['fig-trust', 'fig-sensitivity']) {
    const svg = page.locator(`#${id} .chart svg`);
    await svg.scrollIntoViewIfNeeded();
    const labels = await svg.evaluate((el) => {
      const box = el.getBoundingClientRect();
      // A row with nothing to show (fewer inputs than rows) has an empty label: nothing to read.
      return [...el.querySelectorAll('text.tick')].filter((t) => t.textContent.trim() !== '').map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent, height: r.height, inside: r.left >= box.left - 1 && r.right <= box.right + 1 };
      });
    });
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      expect(label.inside, `${id}: "${label.text}" runs out of the chart`).toBe(true);
      expect(label.height, `${id}: "${label.text}" is too small to read`).toBeGreaterThanOrEqual(10);
    }
  }
});

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of ['en', 'zh']) {
  test(`every slider is named by its label alone, and its value is its aria-valuetext (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await allChaptersBuilt(page);
    const sliders = await page.locator('input[type="range"]').all();
    expect(sliders.length).toBeGreaterThan(0);
    for (const slider of sliders) {
      const id = await slider.getAttribute('id');
      const label = (await page.locator(`label[for="${id}"]`).textContent()).trim();
      // The value the reader sees beside the label.
      const value = (await page.locator(`output[for="${id}"]`).textContent()).trim();
      expect(value, `#${id} shows its value`).toMatch(/\d/);
      // A screen reader would otherwise say the value twice: in the name, then as the value.
      expect(label, `#${id}'s label holds its value`).not.toContain(value);
      await expect(slider, `#${id}'s name is its label`).toHaveAccessibleName(label);
      await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`(^|\\D)${escapeRegExp(value)}(\\D|$)`));
    }
  });
}

test('every control is reachable by keyboard, with a visible focus ring', async ({ page }) => {
  await openArticle(page);
  const slider = page.locator('#trust-trust');
  await slider.focus();
  const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  for (const [key, value] of [['Home', '0'], ['End', '1'], ['PageDown', '0.9'], ['ArrowLeft', '0.89']]) {
    await page.keyboard.press(key);
    await expect(slider).toHaveValue(value);
  }
});

test('without ResizeObserver an embedded figure keeps working at its fixed height', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.ResizeObserver;
  });
  await page.goto('http://127.0.0.1:4174/');
  await page.locator('#map').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#map').locator('figure')).toBeVisible();
  await expect(page.locator('#map')).toHaveAttribute('height', '640');
});

test('without IntersectionObserver every chapter still builds its figure and follows the sliders', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.IntersectionObserver;
  });
  await page.goto('./');
  await expect(page.locator('section.chapter .interactive:empty')).toHaveCount(0);
  const summary = page.locator('#fig-trust .summary');
  const before = await summary.textContent();
  await page.locator('#trust-trust').fill('0.1');
  await expect(summary).not.toHaveText(before);
});

test('in a sandboxed iframe, storage is refused and the guess still works for the visit', async ({ page }) => {
  await page.goto('http://127.0.0.1:4174/');
  const frame = page.frameLocator('#sandboxed');
  await page.locator('#sandboxed').scrollIntoViewIfNeeded();
  await expect(frame.locator('figure')).toBeVisible();
  // The selling slider still drives the figure in the sandbox.
  const summary = frame.locator('.summary');
  const before = await summary.textContent();
  await frame.locator('#embed-sell, input[type=range]').first().focus();
  await page.keyboard.press('End');
  await expect(summary).not.toHaveText(before);
});
