// Uncertainty bands around the projected shares, and the sensitivity (tornado) chart.
import { test, expect, openArticle, allChaptersBuilt, expectNoAxeViolations, fullBandsReady } from './fixtures.js';

test('the sandbox shows 10–90% bands that the toggle and the URL switch off', async ({ page }) => {
  await openArticle(page);
  await fullBandsReady(page);
  const bands = page.locator('#fig-sandbox path.band');
  await expect(bands).toHaveCount(6);
  for (const band of await bands.all()) await expect(band).toHaveAttribute('d', /^M.*Z$/);
  const summary = page.locator('#fig-sandbox .summary');
  await expect(summary).toContainText(/80% of runs put Douyin at \d+% to \d+% in \d+\./);
  await page.locator('#fig-sandbox-bands').uncheck();
  await expect(page).toHaveURL(/bands=0/);
  for (const band of await bands.all()) await expect(band).toHaveAttribute('d', '');
  await expect(summary).not.toContainText('80% of runs');
});

test('the same link draws the same bands', async ({ page, context }) => {
  await page.goto('./?v=3&trust=0.45&store=0.7');
  await fullBandsReady(page);
  await page.locator('#fig-sandbox details.data summary').click();
  await expect(page.locator('#fig-sandbox table tbody tr').first()).toBeVisible();
  const first = await page.locator('#fig-sandbox table tbody').textContent();
  const again = await context.newPage();
  await again.goto(page.url());
  await fullBandsReady(again);
  await again.locator('#fig-sandbox details.data summary').click();
  await expect(again.locator('#fig-sandbox table tbody')).toHaveText(first);
  expect(first).toMatch(/\(\d+\.\d%–\d+\.\d%\)/);
});

test('the bands follow a dragged slider', async ({ page }) => {
  await openArticle(page);
  await fullBandsReady(page);
  const band = page.locator('#fig-sandbox path.band.c-douyin');
  const before = await band.getAttribute('d');
  await page.locator('#sandbox-trust').focus();
  await page.keyboard.press('End');
  await expect.poll(() => band.getAttribute('d')).not.toBe(before);
});

/** The numbers of the sensitivity table's last column, once its rows are drawn. */
async function lastColumn(figure) {
  await expect(figure.locator('table tbody tr').first()).toBeVisible();
  return (await figure.locator('table tbody tr td:last-child').allTextContents()).map((s) => parseFloat(s));
}

test('the sensitivity chart ranks your levers, then what the model does not know, for the chosen platform and year', async ({ page }) => {
  await openArticle(page);
  const figure = page.locator('#fig-sensitivity');
  await expect(figure.locator('.summary')).toContainText("For Douyin's 2025 share");
  await figure.getByLabel('Platform').selectOption('kuaishou');
  await figure.getByLabel('Year').selectOption('2023');
  await expect(figure.locator('.summary')).toContainText("For Kuaishou's 2023 share");
  // Your choices: one row per lever but the horizon, widest swing first.
  await figure.locator('details.data summary').click();
  const swings = await lastColumn(figure);
  expect(swings.length).toBe(9);
  expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  // What we don't know: every uncertain constant of the methods table, largest share first.
  await figure.getByRole('button', { name: "What we don't know" }).click();
  await expect(figure.locator('.summary')).toContainText("Of what the model does not know");
  await expect(figure.locator('.summary')).toContainText("Kuaishou's 2023 share");
  await expect(figure.locator('table caption')).toContainText('first-order share of the variance');
  const shares = await lastColumn(figure);
  const methods = page.locator('#methods details.params');
  await methods.locator('summary').click();
  // The methods table adds the two fitted 2020 audiences, which have no range of their own to draw.
  await expect(figure.locator('table tbody tr')).toHaveCount((await methods.locator('tbody tr').count()) - 2);
  await expect(methods.locator('tbody tr', { hasText: 'Audience in 2020' })).toHaveCount(2);
  expect(shares.every((s) => s >= 0 && s <= 100)).toBe(true);
  expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  expect(shares[0]).toBeGreaterThan(0);
  await expectNoAxeViolations(page, '#fig-sensitivity');
});

test('the sensitivity chart follows a moved lever once the reader pauses', async ({ page }) => {
  await page.goto('./#sandbox');
  await allChaptersBuilt(page);
  // The bars are computed again once the levers rest, not after every tick of a drag.
  const bars = () => page.locator('#fig-sensitivity svg.tornado rect').evaluateAll((rs) => rs.map((r) => `${r.getAttribute('x')} ${r.getAttribute('width')}`).join());
  const before = await bars();
  await page.locator('#sandbox-trust').focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(bars).not.toBe(before);
});

test('embed=sensitivity shows the chart with the levers and a link back', async ({ page }) => {
  await page.goto('./?embed=sensitivity&v=3&kjd=0');
  await expect(page.locator('figure.figure')).toHaveCount(1);
  await expect(page.locator('#fig-sensitivity svg.tornado rect.swing-high')).toHaveCount(13);
  await expect(page.getByRole('link', { name: 'Open the full explainer' })).toHaveAttribute('href', './?v=3&kjd=0');
  await expectNoAxeViolations(page);
});
