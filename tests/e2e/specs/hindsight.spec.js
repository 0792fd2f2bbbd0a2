// Chapter 9's hindsight fit: what one would have had to believe in 2020. Each choice of
// anchor or freedom runs the fit again in the browser and redraws the figure; the
// controls are reached by keyboard and named for a screen reader.
import { test, expect, openArticle, expectNoAxeViolations } from './fixtures.js';

/** Makes a guess and reveals the answer, which shows the backtest and the hindsight fit. */
async function reveal(page) {
  const next = page.locator('#next');
  await next.getByLabel('Douyin').check();
  await next.getByRole('button', { name: 'Reveal what happened' }).click();
  const figure = page.locator('#fig-hindsight');
  await expect(figure).toBeVisible();
  return figure;
}

test('choosing what may change runs the fit again and redraws the beliefs, the paths and the sentence', async ({ page }) => {
  await openArticle(page, '#next');
  const figure = await reveal(page);
  await expect(figure.locator('.hindsight-label')).toHaveText('Hindsight: fitted to what happened after 2020. Not a forecast.');
  const beliefs = figure.locator('ol.beliefs > li');
  const summary = figure.locator('.summary');
  const douyin = figure.locator('path.line.c-douyin').first();
  // The default: both 2020 reports, the levers only.
  await expect(figure.getByRole('radio', { name: /^Both reports/ })).toBeChecked();
  await expect(figure.getByRole('radio', { name: /^The levers only/ })).toBeChecked();
  await expect(beliefs).toHaveCount(3);
  await expect(summary).toContainText('Moving the levers alone');
  const before = { text: await summary.textContent(), path: await douyin.getAttribute('d') };

  // By keyboard: into the freedoms, then down to the last choice (a radio group moves with arrows).
  await figure.getByRole('radio', { name: /^The levers only/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(figure.getByRole('radio', { name: /^All of that and a step/ })).toBeChecked();
  await expect(beliefs).toHaveCount(6);
  await expect(beliefs.last()).toContainText("Douyin's sales per viewer from 2021");
  await expect(summary).not.toHaveText(before.text);
  await expect(summary).toContainText('Moving the levers, the later constants and a Douyin step');
  await expect.poll(() => douyin.getAttribute('d')).not.toBe(before.path);
  // Each belief's verdict follows its distance, as the row says it.
  for (const row of await beliefs.all()) {
    const text = await row.textContent();
    const z = Math.abs(Number(text.match(/\(([+−-]?\d+\.\d) standard deviations/)[1].replace('−', '-')));
    const verdict = z <= 1 ? 'within' : z <= 2 ? 'edge' : 'outside';
    await expect(row).toHaveClass(new RegExp(`\\b${verdict}\\b`));
  }

  // Another anchor: the leak alone needs a larger step.
  const withBoth = await beliefs.last().textContent();
  await figure.getByRole('radio', { name: /^The leak alone/ }).check();
  await expect(beliefs.last()).not.toHaveText(withBoth);
  const step = (text) => Number(text.match(/→ ×(\d+\.\d+)/)[1]);
  expect(step(await beliefs.last().textContent())).toBeGreaterThan(step(withBoth));
  // The fit ran in the browser, once per choice, and was timed.
  const fits = await page.evaluate(() => performance.getEntriesByName('livestream-arena:hindsight').length);
  expect(fits).toBeGreaterThanOrEqual(3);
  await expectNoAxeViolations(page, '#fig-hindsight');
});

test('the hindsight figure has its own embed page, drawn by the article\'s wasm', async ({ page }) => {
  const scripts = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.wasm')) scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('./embed-hindsight.html');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
  const figure = page.locator('#fig-hindsight');
  await expect(figure.locator('h1')).toHaveText('What would you have had to believe in 2020?');
  await figure.getByRole('radio', { name: /^The RMB 500 bn report alone/ }).check();
  await expect(figure.locator('.summary')).toContainText('Douyin');
  expect(scripts.some((s) => /livestream-arena-.*_bg\.wasm$/.test(s))).toBe(true);
  expect(scripts.some((s) => /figure-.*_bg\.wasm$/.test(s))).toBe(false);
  // It is fitted to the later reports, so it does not carry the note that it is a projection.
  await expect(page.locator('.embed-note')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the hindsight figure has a slide after the prediction', async ({ page }) => {
  await page.goto('./?mode=present&step=11');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
  await expect(page.locator('#slide-heading')).toHaveText('What would you have had to believe in 2020?');
  await expect(page.locator('.slide-figure #fig-hindsight')).toBeVisible();
});
