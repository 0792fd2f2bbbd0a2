// Shared fixture: every test fails on a console error or warning, a page error,
// a CSP violation or a request that leaves the page's origin.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = await watch(page, baseURL);
    // The explainer's pages hold the article as HTML before the app runs, and the app
    // replaces it, chapter by chapter: after each navigation, wait for the app and for
    // every figure it builds, so that no test acts on an element drawn at build time.
    for (const method of ['goto', 'reload']) {
      const navigate = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await navigate(...args);
        if (isAppPage(page.url(), baseURL)) {
          await page.locator('html[data-app="running"]').waitFor({ state: 'attached' });
          await expect(page.locator('[data-prerendered]')).toHaveCount(0);
        }
        return response;
      };
    }
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

/** Records, into the array it returns, every console error or warning, page error, CSP
 *  violation and request to an origin other than the explainer's and the test blog's. */
export async function watch(page, baseURL) {
  const problems = [];
  // The explainer's origin, and the test blog page that embeds it from another one.
  const origins = [new URL(baseURL).origin, 'http://127.0.0.1:4174'];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !origins.includes(new URL(url).origin)) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

export { expect };

/** Whether `url` is one of the explainer's own article pages (not the teacher page, a
 *  data file or another origin). */
export function isAppPage(url, baseURL) {
  const u = new URL(url);
  return u.origin === new URL(baseURL).origin && /\/(index\.html|zh\.html)?$/.test(u.pathname);
}

/** Opens the explainer and waits for the app to mount. */
export async function openArticle(page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('h1')).toHaveText('Livestream Arena');
  await allChaptersBuilt(page);
}

/** The chapter ids, in the order the rendered table of contents lists them. */
export async function tocChapterIds(page) {
  const links = page.locator('nav.toc a[href^="#"]');
  await expect(links.first()).toBeAttached();
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map((href) => href.slice(1));
}

/** Waits until every chapter in the table of contents is on the page and has built its
 *  figure (those off screen are built in the background after the page opens). First the
 *  app must run on the page: a page in the other language than the one asked for
 *  (`?lang=zh` on index.html) opens that page instead, and its contents are not the ones
 *  to read. */
export async function allChaptersBuilt(page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'running');
  await expect(page.locator('.chapter')).toHaveCount((await tocChapterIds(page)).length);
  await expect(page.locator('.chapter .interactive:empty')).toHaveCount(0);
  // Figures rendered at build time stand in until the app has built its own.
  await expect(page.locator('.chapter [data-prerendered]')).toHaveCount(0);
}

/** Runs axe (WCAG 2.x A and AA) on the page, or on `include` only, and expects no violations. */
export async function expectNoAxeViolations(page, include) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(report, report.join('\n')).toEqual([]);
}

/** Resolves once the full set of Monte Carlo draws has been drawn at least once. */
export async function fullBandsReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('livestream-arena:bands-1000').length > 0);
}

/** The numbers of a table's body, row by row: each cell's first number (a band's range
 *  in brackets is left out); non-numeric cells become NaN. */
export async function tableNumbers(table) {
  // A figure's table is built when its <details> opens.
  await expect(table.locator('tbody tr').first()).toBeAttached();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td')].map((td) => parseFloat((td.textContent.match(/-?[\d,]*\.?\d+/) ?? ['NaN'])[0].replace(/,/g, ''))),
    ),
  );
}
