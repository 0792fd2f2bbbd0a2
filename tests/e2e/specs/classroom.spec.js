// The classroom: slides by keyboard and clicker, three themes, two languages,
// predictions with a locked reveal, and a pinned comparison.
import { test, expect, expectNoAxeViolations } from './fixtures.js';

const SLIDES = 12;

for (const lang of ['en', 'zh']) {
  for (const theme of ['light', 'dark', 'projector']) {
    test(`the whole deck steps by keyboard with no axe violations (${lang}, ${theme})`, async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto(`./?mode=present&lang=${lang}&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const counter = page.locator('.deck-bar .counter');
      for (let i = 1; i <= SLIDES; i++) {
        await expect(counter).toContainText(`${i} / ${SLIDES}`);
        await expectNoAxeViolations(page);
        await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
      }
      // Past the end it stays on the last slide; Home goes back to the first.
      await expect(counter).toContainText(`${SLIDES} / ${SLIDES}`);
      await page.keyboard.press('Home');
      await expect(counter).toContainText(`1 / ${SLIDES}`);
      await expect(page).toHaveURL(/step=1/);
    });
  }
}

// The screenshots of these slides are taken by `make screenshots`.
test('a step in the URL opens that slide in every theme at 1920×1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const theme of ['light', 'dark', 'projector']) {
    for (const step of [1, 2, 4]) {
      await page.goto(`./?mode=present&theme=${theme}&step=${step}`);
      await expect(page.locator('.deck-bar .counter')).toContainText(`${step} / ${SLIDES}`);
    }
  }
});

test('slide text is readable from the back of the room', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=present&step=4');
  const size = await page.locator('.slide .key').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);
  const body = await page.locator('.deck').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(body).toBeGreaterThanOrEqual(28);
});

test('clicker keys, End, and every shortcut has a button', async ({ page }) => {
  await page.goto('./?mode=present');
  await expect(page.locator('.deck-bar .counter')).toContainText('1 / 12');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/step=3/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/step=12/);
  await page.getByRole('button', { name: 'First slide' }).click();
  await expect(page).toHaveURL(/step=1/);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page).toHaveURL(/step=2/);
  // N: speaker notes; ?: the shortcut list; both also as buttons.
  await page.keyboard.press('n');
  await expect(page.locator('.speaker-notes')).toBeVisible();
  // The notes are the chapter's paragraphs, taken from the page the build wrote.
  expect(await page.locator('.speaker-notes .prose p').count()).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Speaker notes' }).click();
  await expect(page.locator('.speaker-notes')).toHaveCount(0);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toContainText('PageDown');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // F asks for full screen; a refusal must not reach the console.
  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Full screen' }).click();
});

test('sliders keep their arrow keys on a slide, and R resets the scenario', async ({ page }) => {
  await page.goto('./?mode=present&step=4&v=3&store=0.5');
  await expect(page.locator('.deck-bar .counter')).toContainText('4 / 12');
  const slider = page.locator('#ban-store');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.51');
  await expect(page).toHaveURL(/step=4/);
  await page.locator('h2').click();
  await page.keyboard.press('r');
  await expect(slider).toHaveValue('0.3');
  await expect(page).not.toHaveURL(/store=/);
});

test('the prediction slide tallies votes and reveals only on request', async ({ page }) => {
  await page.goto('./?mode=present&step=10');
  await expect(page.locator('.slide-predict')).toBeVisible();
  await expect(page.locator('#fig-backtest')).toHaveCount(0);
  const douyin = page.getByRole('button', { name: 'Add a vote for Douyin' });
  await douyin.click();
  await douyin.click();
  await page.getByRole('button', { name: 'Add a vote for Kuaishou' }).click();
  await expect(page.locator('.tally li').nth(1).locator('.votes')).toHaveText('2');
  await page.locator('h2').click();
  await page.keyboard.press('v');
  await expect(page.locator('#fig-backtest')).toBeVisible();
  await expect(page.locator('.tally li.right')).toContainText('Douyin');
});

test('each language is its own page: the browser language opens it, and the switch goes to the other with the same scenario', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4173/?v=3&trust=0.2#trust');
  // The English page sends a Chinese reader to the Chinese one, link and scenario kept.
  await expect(page).toHaveURL(/\/zh\.html\?v=3&trust=0\.2#trust$/);
  await expect(page.locator('h1')).toHaveText('直播擂台');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#trust-trust')).toHaveValue('0.2');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/index\.html\?lang=en&v=3&trust=0\.2$/);
  await expect(page.locator('h1')).toHaveText('Livestream Arena');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  // The chapters' text is the English page's own, and the app answers on it.
  await expect(page.locator('#trust .prose').first()).toContainText('trust');
  await expect(page.locator('#trust-trust')).toHaveValue('0.2');
  const summary = page.locator('#fig-trust .summary');
  const before = await summary.textContent();
  await page.locator('#trust-trust').fill('0.9');
  await expect(summary).not.toHaveText(before);
  // An explicit language stays: a reload keeps the English page.
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Livestream Arena');
  await context.close();
});

test('Chinese amounts use 亿 and 万亿', async ({ page }) => {
  await page.goto('./?lang=zh');
  await page.locator('#fig-scoreboard details.data summary').click();
  await expect(page.locator('#fig-scoreboard table')).toContainText('2500亿元');
});

test('the theme switch overrides the system and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await page.getByLabel('Theme').selectOption('projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect(page).toHaveURL(/theme=projector/);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  expect(await page.evaluate(() => localStorage.getItem('livestream-arena.theme'))).toBe('projector');
});

test('a theme saved by an earlier version (a JSON string) is still read', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('livestream-arena.theme', '"dark"'));
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a pinned comparison lives in the URL and shows the differences', async ({ page, context }) => {
  await page.goto('./?v=3&kjd=0');
  await page.getByRole('button', { name: 'Pin this scenario as A' }).click();
  await page.locator('#sandbox-kjd').check();
  await expect(page).toHaveURL(/pin=1&a\.kjd=0/);
  const table = page.locator('.compare-table');
  await expect(table).toBeVisible();
  const kuaishou = table.locator('tr', { hasText: 'Kuaishou' }).locator('td').nth(2);
  await expect(kuaishou).toHaveText(/^\+/);
  // The difference's likely range: A and B through the same model runs, run by run.
  await expect(kuaishou.locator('.likely')).toHaveText(/^80% predictive band: \+\d+\.\d pts to \+\d+\.\d pts$/);
  await expect(page.locator('#fig-sandbox path.dashed')).toHaveCount(6);
  await expectNoAxeViolations(page, '#sandbox');
  // Fitted to another view of history, B has other runs than A: no range is claimed for the difference.
  await page.locator('#fig-sandbox-view').selectOption('2020');
  await expect(table.locator('.likely')).toHaveCount(0);
  await page.locator('#fig-sandbox-view').selectOption('reported');
  await expect(kuaishou.locator('.likely')).toHaveCount(1);

  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('.compare-table')).toBeVisible();
  await expect(fresh.locator('.compare-table tr', { hasText: 'Kuaishou' }).locator('td').nth(2)).toHaveText(
    await kuaishou.textContent(),
  );
});

test('the URL restores slide, theme, language and both scenarios', async ({ page }) => {
  await page.goto('./?lang=zh&theme=dark&mode=present&step=9&v=3&trust=0.2&pin=1&a.trust=0.9');
  await expect(page.locator('.deck-bar .counter')).toContainText('9 / 12');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#sandbox-trust')).toHaveValue('0.2');
  await expect(page.locator('.compare-table')).toBeVisible();
});

test('the teacher page links to presets that exist and to the deck', async ({ page }) => {
  await page.goto('./teacher.html');
  await expectNoAxeViolations(page);
  for (const link of await page.locator('a[data-preset]').all()) {
    const name = await link.textContent();
    await link.click();
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
  }
});

test('the teacher page links to a worksheet per language, each one printed A4 page with no navigation', async ({ page }) => {
  for (const [section, name, file] of [['#en', 'one-page worksheet', 'worksheet.html'], ['#zh', '课堂学习单', 'worksheet-zh.html']]) {
    await page.goto('./teacher.html');
    await page.locator(section).getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${file.replace('.', '\\.')}$`));
    await expectNoAxeViolations(page);
    expect(await page.locator('ol.questions li').count()).toBe(4);
    // Printed: no navigation, and one A4 page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav')).toBeHidden();
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${file} prints on one page`).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
