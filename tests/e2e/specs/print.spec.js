// Printed: the whole article, in either language and with or without JavaScript, prints
// as a reader would want it: every chapter, every figure whole on its page, and none of
// the buttons and menus that only work on screen. The printout is Chromium's own PDF,
// read back with poppler's pdftotext (Debian's poppler-utils, and fonts-wqy-microhei for
// the Chinese page's glyphs, both installed by setup.sh).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openArticle } from './fixtures.js';

/** The text of each page of `pdf`, with all white space removed (lines break anywhere). */
function pagesOf(pdf) {
  const file = join(mkdtempSync(join(tmpdir(), 'print-')), 'article.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim())
    .map((page) => page.replace(/\s+/g, ''));
}

const squeeze = (text) => text.replace(/\s+/g, '');

/** What the printout must hold, read from the page as shown: chapter headings, and each
 *  figure's title with the opening of its sentence. */
async function expectedParts(page) {
  return page.evaluate(() => ({
    headings: [...document.querySelectorAll('section.chapter h2')].map((h) => h.textContent),
    figures: [...document.querySelectorAll('section.chapter figure.figure')]
      .filter((f) => f.querySelector('.chart svg') && f.querySelector('p.summary'))
      .map((f) => ({
        id: f.id,
        title: f.querySelector('.figure-title').textContent,
        summary: f.querySelector('p.summary').textContent.slice(0, 40),
      })),
  }));
}

async function expectWholePrintout(page) {
  await page.emulateMedia({ media: 'print' });
  // Nothing that only works on screen is printed.
  const onScreenOnly = page.locator('.toolbar, .figure-actions, .embed-code, .presets, button, .guess');
  expect(await onScreenOnly.evaluateAll((all) => all.filter((e) => e.getClientRects().length > 0).length)).toBe(0);
  const { headings, figures } = await expectedParts(page);
  expect(headings.length).toBeGreaterThanOrEqual(10);
  expect(figures.length).toBeGreaterThanOrEqual(9);
  const pages = pagesOf(await page.pdf({ format: 'A4' }));
  const printed = pages.join('');
  for (const heading of headings) expect(printed, heading).toContain(squeeze(heading));
  // A figure is not split over two pages: its title and its sentence share one.
  for (const { id, title, summary } of figures) {
    const whole = pages.some((p) => p.includes(squeeze(title)) && p.includes(squeeze(summary)));
    expect(whole, `${id}: "${title}" and "${summary}…" on one page`).toBe(true);
  }
  return printed;
}

for (const path of ['./', './zh.html']) {
  test(`with JavaScript off, ${path} prints whole`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(path);
    const printed = await expectWholePrintout(page);
    // The note on what needs JavaScript is for the screen.
    expect(printed).not.toContain('JavaScript');
    await context.close();
  });
}

test('a reader who has moved the levers prints the figures as they stand', async ({ page }) => {
  await openArticle(page, '?trust=0.9&theme=dark');
  const printed = await expectWholePrintout(page);
  // The trust figure's lever as the reader left it, on white paper whatever the theme.
  expect(printed).toContain('0.90');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(29, 29, 31)');
});
