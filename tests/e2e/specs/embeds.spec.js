// Where bloggers and teachers are: a newsroom page that sizes iframes with pym.js, the
// script embed and its fallback where scripts are stripped, the host's colour scheme,
// and full screen from inside an embed. The host pages are in ../host/, served from a
// second loopback origin (playwright.config.js).
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, expectNoAxeViolations } from './fixtures.js';

const HOST = 'http://127.0.0.1:4174';
const EXPLAINER = 'http://127.0.0.1:4173';

/** The difference between an iframe's height attribute and its content's height. */
async function heightGap(page, frame) {
  const content = await frame
    .contentFrame()
    .locator('html')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return Math.abs(parseInt(await frame.getAttribute('height'), 10) - content);
}

test('a pym.js parent sizes the figure with no script of ours, and its parameters raise no notice', async ({ page }) => {
  // Every string message any frame receives, to see what the figures send.
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (e) => {
      if (typeof e.data === 'string') window.received.push(e.data);
    });
  });
  await page.goto(`${HOST}/pym.html`);
  // pym.js made the iframe, and passed its parameters in the query string.
  const frame = page.locator('#pym-ban iframe');
  await expect(frame).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:4173\/embed-ban\.html\?v=3&store=0\.6&initialWidth=\d+&childId=pym-ban&parentTitle=/);
  await frame.scrollIntoViewIfNeeded();
  const inner = frame.contentFrame();
  await expect(inner.locator('figure')).toBeVisible();
  await expect(inner.locator('.notice')).toHaveCount(0);
  // pym sets the height from our message (as "NNNpx"): it must match the content.
  await expect.poll(() => heightGap(page, frame)).toBeLessThan(2);
  // Opening the data table makes the figure taller; pym follows.
  const before = parseInt(await frame.getAttribute('height'), 10);
  await inner.locator('details.data summary').click();
  await expect.poll(async () => parseInt(await frame.getAttribute('height'), 10)).toBeGreaterThan(before + 50);
  await expect.poll(() => heightGap(page, frame)).toBeLessThan(2);

  // Hostile pym parameters: no notice, and nothing echoed back to the parent.
  const hostile = page.locator('#hostile');
  await hostile.scrollIntoViewIfNeeded();
  await expect(hostile.contentFrame().locator('figure')).toBeVisible();
  await expect(hostile.contentFrame().locator('.notice')).toHaveCount(0);
  await page.waitForTimeout(300);
  const received = await page.evaluate(() => window.received);
  const pym = received.filter((m) => m.startsWith('pym'));
  expect(pym.length).toBeGreaterThan(0);
  for (const message of pym) expect(message).toMatch(/^pymxPYMxpym-banxPYMxheightxPYMx\d+$/);
  expect(page.url()).toBe(`${HOST}/pym.html`);
  await expectNoAxeViolations(page);
});

test('each figure has a page of its own in each language, drawn before the app runs, which the app then takes over', async ({ browser, baseURL, page }) => {
  const dist = new URL('../../../dist/', import.meta.url);
  const figures = readdirSync(new URL('oembed/', dist)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  expect(figures.length).toBeGreaterThan(5);
  // embed.js knows the same figures (it sends the others to the article, which says so).
  const known = readFileSync(new URL('embed.js', dist), 'utf8').match(/var FIGURES = \[([^\]]*)\]/)[1];
  expect(known.split(',').map((f) => f.trim().replace(/'/g, '')).sort()).toEqual(figures);
  const still = await (await browser.newContext({ javaScriptEnabled: false, baseURL })).newPage();
  for (const figure of figures) {
    for (const [suffix, lang] of [['', 'en'], ['-zh', 'zh-CN']]) {
      await still.goto(`./embed-${figure}${suffix}.html`);
      await expect(still.locator('html')).toHaveAttribute('lang', lang);
      await expect(still.locator('figure .chart svg, figure svg').first()).toBeVisible();
      await expect(still.locator('section.chapter')).toHaveCount(0);
      await expect(still.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    }
  }
  // With scripts, the same page becomes the live figure, with its scenario.
  await page.goto('./embed-ban.html?v=3&store=0.6');
  await expect(page.locator('#ban-store')).toHaveValue('0.6');
  await expect(page.locator('section.chapter')).toHaveCount(0);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test("the Embed panel's script embed is the one the test blog pastes", async ({ page }) => {
  await page.goto('./?v=3&store=0.6');
  const embed = page.locator('#fig-ban .embed-code');
  await embed.locator('summary').click();
  const field = embed.getByLabel(/script embed/);
  await expect(field).toHaveValue(/^<div data-livestream-arena="ban"/);
  const code = await field.inputValue();
  const blog = readFileSync(new URL('../host/script.html', import.meta.url), 'utf8');
  expect(blog).toContain(code);
  // And both snippets let the embed go full screen.
  await expect(embed.getByLabel('Embed code (an iframe)')).toHaveValue(/ allow="fullscreen" /);
});

test("a pasted link's oEmbed html is the Embed panel's iframe snippet for the default scenario", async ({ page }) => {
  await page.goto('./');
  const embed = page.locator('#fig-ban .embed-code');
  await embed.locator('summary').click();
  const field = embed.getByLabel('Embed code (an iframe)');
  await expect(field).toHaveValue(/^<iframe/);
  const json = JSON.parse(readFileSync(new URL('../../../dist/oembed/ban.json', import.meta.url), 'utf8'));
  // The build's files hold the deployer's address (here the default, ./).
  expect(json.html).toBe((await field.inputValue()).replaceAll('http://127.0.0.1:4173/', './'));
});

test('a script embed becomes a sized iframe from its own origin; hostile markup cannot redirect it', async ({ page }) => {
  await page.goto(`${HOST}/script.html`);
  const frame = page.locator('div[data-livestream-arena="ban"] > iframe');
  await expect(frame).toHaveAttribute('src', `${EXPLAINER}/embed-ban.html?v=3&store=0.6`);
  await expect(frame).toHaveAttribute('title', "Livestream Arena: Where Douyin's sales go, with and without the ban");
  await expect(frame).toHaveAttribute('loading', 'lazy');
  await expect(frame).toHaveAttribute('allow', 'fullscreen');
  // The fallback link went with the script's arrival.
  await expect(page.locator('div[data-livestream-arena="ban"] a')).toHaveCount(0);
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.contentFrame().locator('figure')).toBeVisible();
  await expect(frame.contentFrame().locator('#ban-store')).toHaveValue('0.6');
  await expect.poll(() => heightGap(page, frame)).toBeLessThan(2);

  // Not a figure id: left alone, fallback and all.
  await expect(page.locator('#not-a-figure iframe')).toHaveCount(0);
  await expect(page.locator('#not-a-figure a')).toHaveAttribute('href', 'https://example.org/');
  // A query and height chosen to mislead: the iframe is still the explainer's own
  // page, the figure the attribute names, and the height the default.
  const hostile = page.locator('#hostile-query iframe');
  const src = new URL(await hostile.getAttribute('src'));
  expect(src.origin).toBe(EXPLAINER);
  expect(src.pathname).toBe('/embed-map.html');
  expect(src.hash).toBe('');
  expect(src.searchParams.getAll('embed')).toEqual([]);
  await expect(hostile).toHaveAttribute('height', '640');
  // The title is the link's text, as text: no element was made from it.
  await expect(hostile).toHaveAttribute('title', '<img src=x> The map');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('#hostile-height iframe')).toHaveAttribute('height', '640');
  // Elements not marked for the script are untouched.
  await expect(page.locator('#unmarked')).toHaveText('Not marked for the script');
  await expect(page.locator('#span')).toHaveText('A span, not a div');
  // Every iframe on the page is the explainer's.
  for (const s of await page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.src))) {
    expect(new URL(s).origin).toBe(EXPLAINER);
  }
  await expectNoAxeViolations(page, 'div[data-livestream-arena="ban"]');
});

test('where the host strips scripts, the script embed is a link to the figure with its image and description', async ({ page }) => {
  // The blog as a CMS that strips scripts would serve it.
  await page.route(`${HOST}/script.html`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await route.fulfill({ response, body });
  });
  // Chromium counts a page the test itself fulfilled as public, not loopback, so the
  // image from the explainer (on loopback here) needs the reader's consent, as a public
  // page loading from a reader's own machine would; on the web both are public.
  await page.context().grantPermissions(['local-network-access'], { origin: HOST });
  await page.goto(`${HOST}/script.html`);
  const div = page.locator('div[data-livestream-arena="ban"]');
  await expect(page.locator('iframe')).toHaveCount(0);
  const link = div.getByRole('link', { name: "Livestream Arena: Where Douyin's sales go, with and without the ban" });
  await expect(link).toBeVisible();
  await expect(div).toContainText("The model's GMV, RMB");
  // Inside the link, the figure's static image from the explainer's origin, loaded (the
  // link's text names it, so its alt is empty).
  const image = link.locator('img');
  await expect(image).toHaveAttribute('src', `${EXPLAINER}/preview/ban.png`);
  await expect(image).toHaveAttribute('alt', '');
  await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth)).toBe(1200);
  // The link opens the figure's chapter in the full explainer, in the same scenario.
  await link.click();
  await expect(page).toHaveURL(`${EXPLAINER}/?v=3&store=0.6#ban`);
  await expect(page.locator('#ban-store')).toHaveValue('0.6');
});

/** The embed's page background, as the reader sees it. */
const background = (frame) => frame.contentFrame().locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(18, 19, 22)';

for (const system of ['light', 'dark']) {
  test(`with the system ${system}, an embed without a theme follows its host's color-scheme, not a remembered theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    // The reader once chose the system's opposite on the article itself; an embed
    // that used the remembered theme would show it in both sections.
    const remembered = system === 'light' ? 'Dark' : 'Light';
    await page.goto('./');
    await page.getByLabel('Theme').selectOption({ label: remembered });
    await expect(page.locator('html')).toHaveAttribute('data-theme', remembered.toLowerCase());
    await page.goto(`${HOST}/theme.html`);
    for (const [id, bg] of [
      ['#on-dark', DARK_BG],
      ['#on-light', LIGHT_BG],
    ]) {
      const frame = page.locator(id);
      await frame.scrollIntoViewIfNeeded();
      await expect(frame.contentFrame().locator('figure')).toBeVisible();
      // The remembered theme is there to be read (the blog is on the same site), and unused.
      expect(await frame.contentFrame().locator('html').evaluate(() => localStorage.getItem('livestream-arena.theme'))).toBe(
        remembered.toLowerCase(),
      );
      await expect(frame.contentFrame().locator('html')).not.toHaveAttribute('data-theme');
      expect(await background(frame)).toBe(bg);
    }
    await expectNoAxeViolations(page);
  });
}

test('an embed takes a colour scheme only from its parent, and only a scheme name', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${HOST}/theme.html`);
  const dark = page.locator('#on-dark');
  await dark.scrollIntoViewIfNeeded();
  await expect(dark.contentFrame().locator('html')).toHaveAttribute('data-host-scheme', 'dark');
  // A sibling frame (the other embed, standing in for any frame on the page) says light.
  await page.locator('#on-light').contentFrame().locator('body').evaluate(() => {
    for (let i = 0; i < parent.frames.length; i++) {
      if (parent.frames[i] !== window) parent.frames[i].postMessage({ type: 'livestream-arena:scheme', scheme: 'light' }, '*');
    }
  });
  await page.waitForTimeout(300);
  await expect(dark.contentFrame().locator('html')).toHaveAttribute('data-host-scheme', 'dark');
  expect(await background(dark)).toBe(DARK_BG);
  // The parent sends something that is not a scheme name: the embed goes back to the
  // reader's system (light), and makes nothing of the text.
  await page.evaluate(() => {
    document.querySelector('#on-dark').contentWindow.postMessage({ type: 'livestream-arena:scheme', scheme: '"><img src=x>' }, '*');
  });
  await expect(dark.contentFrame().locator('html')).not.toHaveAttribute('data-host-scheme');
  await expect(dark.contentFrame().locator('img')).toHaveCount(0);
  expect(await background(dark)).toBe(LIGHT_BG);
});

test('an embed with a theme parameter keeps it on any host', async ({ page }) => {
  await page.goto(`${HOST}/theme.html`);
  const frame = page.locator('#on-light');
  await frame.evaluate((f) => (f.src = 'http://127.0.0.1:4173/?embed=map&theme=dark'));
  await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(frame)).toBe(DARK_BG);
});

test('an embed the host lets go full screen has a labelled, keyboard-reachable button for it', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto(`${HOST}/script.html`);
  const frame = page.locator('div[data-livestream-arena="ban"] > iframe');
  await frame.scrollIntoViewIfNeeded();
  const inner = frame.contentFrame();
  const button = inner.getByRole('button', { name: 'Full screen' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // By keyboard: focus it and press Enter.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await inner.locator('html').evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expectNoAxeViolations(page, 'div[data-livestream-arena="ban"]');
});

test('an embed the host does not let go full screen shows no button; the Chinese button is labelled', async ({ page }) => {
  // The blog's plain iframes carry no allow="fullscreen".
  await page.goto(`${HOST}/`);
  const inner = page.locator('#map').contentFrame();
  await page.locator('#map').scrollIntoViewIfNeeded();
  await expect(inner.locator('figure')).toBeVisible();
  await expect(inner.locator('.embed-fullscreen')).toHaveCount(0);
  // Alone (not in an iframe) the page may go full screen, in either language.
  await page.goto('./?embed=map&lang=zh');
  await expect(page.getByRole('button', { name: '全屏' })).toBeVisible();
});

test('the selling curve keeps its old name: embed-trust.html and ?embed=trust show the curve, and the trust chapter\'s figure has a page of its own', async ({ page }) => {
  await page.goto('./embed-trust.html');
  await expect(page.locator('#fig-curve')).toBeVisible();
  await page.goto('./?embed=trust');
  await expect(page.locator('#fig-curve')).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.goto('./embed-trust-shares.html');
  await expect(page.locator('#fig-trust')).toBeVisible();
  await expect(page.locator('#fig-trust input[type="range"]')).toHaveCount(1);
});
