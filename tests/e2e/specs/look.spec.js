// The sandbox as a reader sees it, in each viewport and mode, against screenshots that
// were looked at and approved (specs/look.spec.js-snapshots/). A change to the page that
// alters one of them fails here until the new picture has been looked at and approved:
//   npx playwright test specs/look.spec.js --update-snapshots   (then look at the PNGs)
import { test, expect, allChaptersBuilt, fullBandsReady } from './fixtures.js';

// Anti-aliasing may differ by a few pixels between runs; a moved line, a lost label or a
// re-flowed panel changes far more than this share of the picture.
const TOLERANCE = { maxDiffPixelRatio: 0.005, animations: 'disabled', caret: 'hide' };

async function settled(page) {
  await fullBandsReady(page);
  await page.evaluate(() => document.fonts.ready);
}

for (const [name, width, height] of [
  ['phone', 375, 667],
  ['laptop', 1280, 800],
  ['desktop', 1920, 1080],
]) {
  test(`the sandbox chapter, ${name} ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await allChaptersBuilt(page);
    await settled(page);
    // The figure's top at the top of the screen (at a whole pixel): its chart, and the
    // levers below or beside it.
    await page.evaluate(() => {
      const top = document.querySelector('#sandbox .figure.with-levers').getBoundingClientRect().top + scrollY;
      scrollTo({ top: Math.round(top), behavior: 'instant' });
    });
    await expect(page).toHaveScreenshot(`sandbox-${name}.png`, TOLERANCE);
  });
}

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
]) {
  test(`the sandbox slide at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?mode=present&step=9');
    await expect(page.locator('.deck #sandbox-trust')).toBeVisible();
    await settled(page);
    await expect(page).toHaveScreenshot(`slide-sandbox-${width}.png`, TOLERANCE);
  });
}

test('the shares embed in a 640 px column', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await page.goto('./?embed=shares');
  await settled(page);
  await expect(page).toHaveScreenshot('embed-shares-640.png', TOLERANCE);
});
