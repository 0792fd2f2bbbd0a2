// Where bloggers and teachers are: a newsroom page that sizes iframes with pym.js. The
// host pages are in ../host/, served from a second loopback origin (playwright.config.js).
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
  await expect(frame).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:4173\/\?embed=ban&v=2&store=0\.6&initialWidth=\d+&childId=pym-ban&parentTitle=/);
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
