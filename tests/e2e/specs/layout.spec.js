// Lever and effect in one view: for every lever (slider or switch), in every viewport
// and mode a reader uses, the chart it drives can be seen while the lever is moved.
// Each lever is scrolled to the top, the middle and the bottom of the screen, as a
// reader would, and the best of the three must show the whole lever (on screen and
// not covered) and at least 90% of its chart.
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, allChaptersBuilt } from './fixtures.js';

const LEVERS = '.levers input';
const SHOWN = 0.9;

/** For each lever on the page: its id and the best share of its chart in view. */
async function leverViews(page) {
  return page.evaluate(async (selector) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const inView = (rect) => {
      const w = Math.max(0, Math.min(rect.right, innerWidth) - Math.max(rect.left, 0));
      const h = Math.max(0, Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0));
      return rect.width * rect.height > 0 ? (w * h) / (rect.width * rect.height) : 0;
    };
    const out = [];
    for (const input of document.querySelectorAll(selector)) {
      // The chart a lever drives: the first chart of its chapter, slide or embed.
      const chart = input.closest('.interactive').querySelector('.figure .chart svg');
      const lever = input.closest('.control') ?? input;
      let best = 0;
      for (const block of ['start', 'center', 'end']) {
        lever.scrollIntoView({ block, behavior: 'instant' });
        await frame();
        // The whole control on screen, and not under the (sticky) chart.
        const box = lever.getBoundingClientRect();
        // (A pixel of slack: scrolled to an edge, a box may end a fraction past it.)
        if (box.top < -1 || box.bottom > innerHeight + 1 || box.left < -1 || box.right > innerWidth + 1) continue;
        const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!lever.contains(onTop)) continue;
        best = Math.max(best, inView(chart.getBoundingClientRect()));
      }
      out.push({ lever: input.id, shown: Math.round(best * 100) / 100 });
    }
    return out;
  }, LEVERS);
}

function expectAllShown(views, where) {
  const hidden = views.filter((v) => v.shown < SHOWN);
  expect(views.length, `${where}: no lever found`).toBeGreaterThan(0);
  expect(hidden, `${where}: ${hidden.length} of ${views.length} levers hide their chart`).toEqual([]);
}

for (const [name, width, height] of [
  ['phone', 375, 667],
  ['laptop', 1280, 800],
  ['desktop', 1920, 1080],
]) {
  test(`article, ${name} ${width}×${height}: every lever beside its chart`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await allChaptersBuilt(page);
    expectAllShown(await leverViews(page), `article at ${width}×${height}`);
  });
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`slides at ${width}×${height}: each fits its screen, every lever beside its chart`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const views = [];
    const slides = await page.goto('./?mode=present').then(() => page.locator('.deck-bar progress').getAttribute('max'));
    for (let step = 1; step <= Number(slides); step += 1) {
      await page.goto(`./?mode=present&step=${step}`);
      await expect(page.locator('.deck-bar .counter')).toContainText(`${step} / ${slides}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(overflow, `slide ${step} at ${width}×${height} scrolls`).toBeLessThanOrEqual(0);
      views.push(...(await leverViews(page)));
    }
    expectAllShown(views, `slides at ${width}×${height}`);
    // With a scenario pinned for comparison, the sandbox slide still fits, table and all.
    await page.goto('./?mode=present&step=9&v=3&trust=0.2&pin=1&a.trust=0.9');
    await expect(page.locator('.deck .compare-table tbody tr')).toHaveCount(6);
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(overflow, `the pinned sandbox slide at ${width}×${height} scrolls`).toBeLessThanOrEqual(0);
    await expect(page.locator('.deck .compare-table')).toBeInViewport({ ratio: 1 });
    // Revealed, the prediction slide still fits, with the backtest chart and its key.
    await page.goto('./?mode=present&step=10');
    await page.locator('h2').click();
    await page.keyboard.press('v');
    await expect(page.locator('#fig-backtest svg[role="img"]')).toBeVisible();
    const revealed = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(revealed, `the revealed prediction slide at ${width}×${height} scrolls`).toBeLessThanOrEqual(0);
  });
}

for (const [figure, width, height] of [
  ['shares', 640, 800],
  ['ban', 640, 800],
  ['alliances', 640, 800],
  ['shares', 375, 667],
  ['sensitivity', 375, 667],
]) {
  test(`embed ${figure} at ${width}×${height}: every lever beside its chart`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./?embed=${figure}`);
    await expect(page.locator('main.embed .figure').first()).toBeVisible();
    expectAllShown(await leverViews(page), `embed ${figure} at ${width}×${height}`);
  });
}

/** Waits until the page stands still: focus scrolls smoothly, so measure after it. */
async function standingStill(page) {
  await expect
    .poll(() => page.evaluate(() => new Promise((r) => {
      const y = scrollY;
      requestAnimationFrame(() => requestAnimationFrame(() => r(scrollY === y)));
    })))
    .toBe(true);
}

// Moving a lever redraws its figure and moves nothing the reader is looking at: the
// boxes of the chart and of every lever stay where they were after each key press and
// once the page has settled (bands, announcements, deferred charts). Boxes rather than
// the browser's layout-shift entries: Chromium reports no entry for a shift within
// 500 ms of input, which is when a lever's shifts would happen.
for (const [name, width, height, chapter, slider, toggle] of [
  ['phone', 375, 667, 'ban', '#ban-store', '#ban-ban'],
  ['laptop', 1280, 800, 'sandbox', '#sandbox-trust', '#sandbox-kjd'],
]) {
  test(`moving levers shifts no layout (${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`./#${chapter}`);
    await allChaptersBuilt(page);
    await page.locator(slider).focus();
    await standingStill(page);
    const figure = `#${chapter} .figure.with-levers`;
    const boxes = () => page.evaluate((figure) =>
      [...document.querySelectorAll(`${figure} > .chart, ${figure} .levers .control`)].map((el) => {
        const r = el.getBoundingClientRect();
        return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)].join(' ');
      }), figure);
    const start = await boxes();
    const summary = page.locator(`${figure} > .summary`);
    for (let i = 0; i < 30; i += 1) {
      const before = await summary.textContent();
      await page.keyboard.press(i < 15 ? 'ArrowRight' : 'ArrowLeft');
      if (i % 5 === 0) await expect(summary).not.toHaveText(before);
      expect(await boxes(), `after key ${i + 1}`).toEqual(start);
    }
    await page.locator(toggle).focus();
    await page.keyboard.press('Space');
    expect(await boxes(), 'after the switch').toEqual(start);
    await page.keyboard.press('Space');
    // Settled: the summary has been announced (800 ms after the last change).
    const announced = page.locator(`${figure} > p[aria-live]`);
    await expect.poll(async () => (await announced.textContent()) === (await summary.textContent())).toBe(true);
    expect(await boxes(), 'once settled').toEqual(start);
  });
}

// A lever's explanation opens over what lies below it while the lever has focus or the
// pointer: on a phone, over the figure's sentence. Once the lever moves, the sentence says
// what the move did, so the explanation gives way, and opens again only when the reader
// comes back to the lever.
test('a lever explains itself until it moves, then uncovers the sentence about the move (phone)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('./#trust');
  await allChaptersBuilt(page);
  const slider = page.locator('#trust-trust');
  const help = page.locator('#trust-trust-help');
  await slider.focus();
  await expect(help).toBeVisible();
  await standingStill(page);
  // Where the open explanation covers the sentence (at this size it does).
  const covered = await page.evaluate(() => {
    const a = document.querySelector('#trust-trust-help').getBoundingClientRect();
    const b = document.querySelector('#fig-trust > .summary').getBoundingClientRect();
    const [top, bottom] = [Math.max(a.top, b.top), Math.min(a.bottom, b.bottom)];
    const [left, right] = [Math.max(a.left, b.left), Math.min(a.right, b.right)];
    return bottom > top && right > left ? { x: (left + right) / 2, y: (top + bottom) / 2 } : null;
  });
  expect(covered, 'the explanation opens over the sentence').not.toBeNull();
  const onTop = () =>
    page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el.closest('.help') ? 'explanation' : el.closest('.summary') ? 'sentence' : el.tagName;
    }, covered);
  expect(await onTop()).toBe('explanation');
  await page.keyboard.press('ArrowRight');
  await expect(help).toBeHidden();
  expect(await onTop()).toBe('sentence');
  // Still moving: it stays out of the way.
  await page.keyboard.press('ArrowRight');
  await expect(help).toBeHidden();
  // Away and back: it explains again.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(slider).toBeFocused();
  await expect(help).toBeVisible();
  // A drag with the pointer: hidden while the pointer or the focus stays, open again on
  // the pointer's next visit once both have left.
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(help).toBeHidden();
  await page.mouse.move(5, 5);
  await expect(help).toBeHidden();
  await page.locator('#trust h2').click();
  await expect(slider).not.toBeFocused();
  await slider.hover();
  await expect(help).toBeVisible();
});

test('a moved lever leaves its lines where they were, faintly, until the reader pauses', async ({ page }) => {
  await page.goto('./#sandbox');
  await allChaptersBuilt(page);
  // The drawn shape is the computed `d` (the stylesheet animates the attribute's changes).
  const drawn = (selector) => page.locator(selector).evaluate((el) => getComputedStyle(el).d);
  const line = '#fig-sandbox path.line.c-douyin:not(.ghost)';
  const ghost = '#fig-sandbox path.line.ghost.c-douyin';
  const before = await drawn(line);
  expect(await drawn(ghost)).toBe(before);
  await page.locator('#sandbox-trust').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => drawn(line)).not.toBe(before);
  expect(await drawn(ghost), 'the ghost keeps the old shape while the reader acts').toBe(before);
  await expect
    .poll(async () => (await drawn(ghost)) === (await drawn(line)), { timeout: 5_000 })
    .toBe(true);
});

// An embed leads with its figure: the figure's title is the page's h1, and the height
// its snippet (and oEmbed file) gives the iframe fits the content in a 640 px column,
// so an embed without the host script is neither cut off nor followed by a gap.
const oembed = new URL('../../../dist/oembed/', import.meta.url);
for (const file of readdirSync(oembed).filter((f) => f.endsWith('.json'))) {
  const { html, height, title } = JSON.parse(readFileSync(new URL(file, oembed), 'utf8'));
  const id = file.replace(/\.json$/, '');
  test(`embed ${id}: titled by its figure, and the snippet's height fits it at 640 px`, async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`./?embed=${id}`);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(title.slice(title.indexOf(': ') + 2));
    expect(html).toContain(`height="${height}"`);
    const content = () => page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    await expect.poll(content).toBeLessThanOrEqual(height);
    expect(height - (await content()), `the ${id} iframe is taller than its content`).toBeLessThan(40);
  });
}
