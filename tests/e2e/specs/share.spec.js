// Every scenario is a link; every figure embeds on another origin and exports.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openArticle, expectNoAxeViolations, tableNumbers, fullBandsReady } from './fixtures.js';

// Every embeddable figure, as the build lists it: one oEmbed file per figure.
const oembed = new URL('../../../dist/oembed/', import.meta.url);
const FIGURES = readdirSync(oembed)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

async function sandboxNumbers(page) {
  const details = page.locator('#fig-sandbox details.data');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return tableNumbers(page.locator('#fig-sandbox table'));
}

test('a default page has a clean URL', async ({ page }) => {
  await openArticle(page);
  expect(new URL(page.url()).search).toBe('');
});

test('controls write the URL without history entries, and the URL restores them exactly', async ({ page, context }) => {
  await openArticle(page);
  const historyBefore = await page.evaluate(() => history.length);
  const trust = page.locator('#sandbox-trust');
  await trust.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await page.locator('#sandbox-ban').press('Space');
  await page.locator('#sandbox-end').focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/trust=0\.67/);
  await expect(page).toHaveURL(/ban=0/);
  await expect(page).toHaveURL(/end=2030/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  const numbers = await sandboxNumbers(page);

  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#sandbox-trust')).toHaveValue('0.67');
  await expect(fresh.locator('#sandbox-ban')).not.toBeChecked();
  expect(await sandboxNumbers(fresh)).toEqual(numbers);
  await expect(fresh.locator('.notice')).toHaveCount(0);
});

const HOSTILE = [
  'v=3&trust=NaN&store=-1e309&sell=1e309',
  `v=3&trust=${'9'.repeat(6000)}`,
  `${'x'.repeat(3000)}=1`,
  'v=3&ban=%3Cscript%3Ealert(1)%3C%2Fscript%3E&%3Cimg%20src%3Dx%3E=1',
  'v=3&trust=0.1&trust=0.9&trust=abc',
  'v=3&trust=%&store=%E0%A4%A&%%%=%%',
  'lang=xx&theme=neon&mode=slides&embed=nothing&step=-4',
  'v=3&pin=2&a.trust=NaN&a.nothing=1',
];

for (const query of HOSTILE) {
  test(`a hostile URL loads with a notice: ${query.slice(0, 40)}`, async ({ page }) => {
    await page.goto(`./?${query}`);
    await expect(page.locator('.notice')).toBeVisible();
    await expect(page.locator('body')).toContainText('Livestream Arena');
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    // The notice can be dismissed.
    await page.locator('.notice button').click();
    await expect(page.locator('.notice')).toHaveCount(0);
  });
}

test('a link made with the first model keeps its levers, says the model has changed, and is re-issued with a version', async ({ page }) => {
  await page.goto('./?trust=0.3&ban=0');
  await expect(page.locator('.notice')).toContainText('made with an earlier model');
  await expect(page.locator('#sandbox-trust')).toHaveValue('0.3');
  await expect(page.locator('#sandbox-ban')).not.toBeChecked();
  await expect(page).toHaveURL(/\?v=3&ban=0&trust=0\.3$/);
});

test('a Model 2 link keeps its levers and its fit as a view, says the model has changed, and is re-issued as v=3', async ({ page }) => {
  await page.goto('./?v=2&trust=0.3&fit=article');
  await expect(page.locator('.notice')).toContainText('made with an earlier model');
  await expect(page.locator('#sandbox-trust')).toHaveValue('0.3');
  // The article's 2020 figures are nearest to the view as seen in 2020.
  await expect(page.locator('#fig-sandbox-view')).toHaveValue('2020');
  await expect(page).toHaveURL(/\?v=3&view=2020&trust=0\.3$/);
});

test('copy link puts the current URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?v=3&trust=0.3');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-result')).toContainText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('where the clipboard is refused, the link is offered to copy by hand', async ({ page }) => {
  // The browser's refusal, as a private window or a locked-down frame gives it.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.goto('./?v=3&trust=0.3');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.link-field')).toHaveValue(page.url());
});

test('reset returns to the default scenario and a clean URL', async ({ page }) => {
  await page.goto('./?v=3&trust=0.3&ban=0');
  await page.getByRole('button', { name: 'Reset scenario' }).click();
  await expect(page.locator('#sandbox-ban')).toBeChecked();
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('the build writes an oEmbed file for each embeddable figure, pointing at that figure', () => {
  expect(FIGURES.length).toBeGreaterThan(0);
  for (const id of FIGURES) {
    const json = JSON.parse(readFileSync(new URL(`${id}.json`, oembed), 'utf8'));
    expect(json.type).toBe('rich');
    expect(json.html).toMatch(new RegExp(`/embed-${id}\\.html["?]`));
  }
});

for (const id of FIGURES) {
  test(`embed=${id} shows one figure, its controls and a link back`, async ({ page }) => {
    await page.goto(`./?embed=${id}&v=3&trust=0.4`);
    await expect(page.locator('.chapter')).toHaveCount(0);
    await expect(page.locator('figure.figure')).toHaveCount(1);
    const back = page.getByRole('link', { name: 'Open the full explainer' });
    await expect(back).toHaveAttribute('href', './?v=3&trust=0.4');
    await expectNoAxeViolations(page);
  });
}

test('embedded figures on another origin size themselves; other messages are ignored', async ({ page }) => {
  await page.goto('http://127.0.0.1:4174/');
  const frames = { ban: page.locator('#ban'), map: page.locator('#map') };
  for (const [id, frame] of Object.entries(frames)) {
    // Browsers pause rendering (and so resize observers) in off-screen cross-origin frames.
    await frame.scrollIntoViewIfNeeded();
    const inner = page.frameLocator(`#${id}`);
    await expect(inner.locator('figure')).toBeVisible();
    await expect
      .poll(async () => {
        const content = await inner.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        return Math.abs(Number(await frame.getAttribute('height')) - content);
      })
      .toBeLessThan(2);
  }
  // Opening the data table makes the ban figure taller; its iframe follows.
  await frames.ban.scrollIntoViewIfNeeded();
  const before = Number(await frames.ban.getAttribute('height'));
  await page.frameLocator('#ban').locator('details.data summary').click();
  await expect.poll(async () => Number(await frames.ban.getAttribute('height'))).toBeGreaterThan(before + 50);
  // A message from anything but the iframe itself is ignored.
  const height = await frames.map.getAttribute('height');
  await page.evaluate(() => window.postMessage({ type: 'livestream-arena:height', height: 5 }, '*'));
  await page.frameLocator('#ban').locator('body').evaluate(() =>
    window.parent.postMessage({ type: 'livestream-arena:height', height: 'tall' }, '*'),
  );
  await page.waitForTimeout(300);
  await expect(frames.map).toHaveAttribute('height', height);
  // An iframe without the marker is left alone.
  await expect(page.locator('#unmarked')).toHaveAttribute('height', '300');
  // In a sandbox (storage refused, opaque origin) the figure still runs and is sized.
  await page.locator('#sandboxed').scrollIntoViewIfNeeded();
  await expect(page.frameLocator('#sandboxed').locator('figure')).toBeVisible();
  await expect.poll(async () => Number(await page.locator('#sandboxed').getAttribute('height'))).not.toBe(640);
});

test('the embed code reproduces the figure in the current scenario', async ({ page }) => {
  await page.goto('./?v=3&store=0.7');
  const embed = page.locator('#fig-ban .embed-code');
  await embed.locator('summary').click();
  // The code is written when the panel opens (a closed panel does no work on a slider tick).
  const field = embed.getByLabel('Embed code (an iframe)');
  await expect(field).toHaveValue(/<iframe/);
  const code = await field.inputValue();
  expect(code).toContain('<iframe src="http://127.0.0.1:4173/embed-ban.html?v=3&amp;store=0.7"');
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('width="100%"');
  expect(code).toContain('title="Livestream Arena: ');
  expect(code).toContain('<script src="http://127.0.0.1:4173/embed.js" async></script>');
});

test('downloads: CSV numbers match the table, SVG and PNG are real images', async ({ page }) => {
  await page.goto('./?v=3&trust=0.8');
  await fullBandsReady(page);
  const figure = page.locator('#fig-sandbox');
  await figure.locator('details.data summary').click();
  await expect(figure.locator('table tbody tr').first()).toBeVisible();
  const cells = await figure.locator('table tbody tr').first().locator('td').allTextContents();

  const [csv] = await Promise.all([page.waitForEvent('download'), figure.locator('.download-csv').click()]);
  expect(csv.suggestedFilename()).toBe('livestream-arena-shares-2025.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  const lines = text.trim().split('\n');
  expect(lines[0]).toMatch(/^# .*trust=0\.8/);
  expect(lines[1].split(',')[0]).toBe('Platform');
  expect(lines[2].split(',').slice(1)).toEqual(cells);

  const [svg] = await Promise.all([page.waitForEvent('download'), figure.locator('.download-svg').click()]);
  expect(svg.suggestedFilename()).toBe('livestream-arena-shares-2025.svg');
  const markup = readFileSync(await svg.path(), 'utf8');
  expect(markup).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(markup).toContain('<style>');
  // On the page the chart points at its figure's title and summary; the file names itself.
  const title = await figure.locator('.figure-title').textContent();
  const summary = await figure.locator('.summary').textContent();
  expect(markup).toMatch(/^<svg[^>]* aria-label="([^"]*)"/);
  expect(markup.match(/^<svg[^>]* aria-label="([^"]*)"/)[1]).toBe(`${title}. ${summary}`.replaceAll('&', '&amp;'));
  expect(markup).not.toContain('aria-labelledby');

  const [png] = await Promise.all([page.waitForEvent('download'), figure.locator('.download-png').click()]);
  expect(png.suggestedFilename()).toBe('livestream-arena-shares-2025.png');
  const bytes = readFileSync(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // 2× the chart's 560-unit width.
  expect(bytes.readUInt32BE(16)).toBe(1120);
});

test('oEmbed discovery points at a JSON file that exists', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  const json = await response.json();
  expect(json.type).toBe('rich');
  expect(json.html).toContain('embed-shares.html');
});

test('a figure alone points oEmbed discovery at its own figure', async ({ page, request }) => {
  for (const code of ['curve', 'trust-shares', 'ban']) {
    for (const suffix of ['', '-zh']) {
      await page.goto(`./embed-${code}${suffix}.html`);
      const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(links).toHaveCount(1);
      const href = await links.getAttribute('href');
      expect(href).toBe(`oembed/${code}.json`);
      const json = await (await request.get(href)).json();
      expect(json.html).toContain(`embed-${code}.html`);
    }
  }
});

test('a figure the model draws says so under it and links to what was reported later; the scoreboard does not', async ({ page }) => {
  for (const [file, count] of [['embed-trust-shares.html', 1], ['embed-trust-shares-zh.html', 1], ['embed-ban.html', 1], ['embed-scoreboard.html', 0]]) {
    await page.goto(`./${file}`);
    const note = page.locator('.embed-note');
    await expect(note).toHaveCount(count);
    if (count) expect(await note.locator('a').getAttribute('href')).toMatch(/#next$/);
    // The whole explainer opens in the embed's language.
    const full = await page.locator('.embed-link a').getAttribute('href');
    expect(full.startsWith(file.includes('-zh') ? 'zh.html' : './')).toBe(true);
  }
});
