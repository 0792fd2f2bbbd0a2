// The foundation's rules: strict CSP, nothing from another origin, a clean console, no axe violations.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openArticle, allChaptersBuilt, expectNoAxeViolations, watch } from './fixtures.js';

const dist = new URL('../../../dist/', import.meta.url);

// The directives of a policy, one per entry, with their whitespace normalised.
const directives = (policy) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

// What the browser reports when the page refuses the script and styles injected below
// (Chromium's wording has changed over versions; both are accepted).
const REFUSALS = [
  /^console error: (Refused to (execute inline script|apply inline style) because it violates|(Executing inline script|Applying inline style) violates) the following Content Security Policy directive/,
  /^console error: CSP violation: (script-src-elem|style-src-elem|style-src-attr) inline$/,
];

test('the page carries its own policy, and it holds without the header', async ({ browser, baseURL }) => {
  // Its own page, not the fixture's: this test provokes violations and checks them itself.
  const page = await browser.newPage({ baseURL });
  const problems = await watch(page, baseURL);

  // The served header is the policy we recommend to hosts; the page's <meta> says the same,
  // less frame-ancestors, which a <meta> policy cannot carry.
  const header = (await page.request.get('./')).headers()['content-security-policy'];
  expect(header).toContain('frame-ancestors');
  const bare = await page.goto('./no-csp/');
  expect(bare.headers()['content-security-policy']).toBeUndefined();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  expect(directives(await meta.getAttribute('content'))).toEqual(
    directives(header).filter((d) => !d.startsWith('frame-ancestors')),
  );

  // Under that policy alone the app boots and builds every chapter, with a clean console.
  await expect(page.locator('h1')).toHaveText('Livestream Arena');
  await allChaptersBuilt(page);
  expect(problems, problems.join('\n')).toEqual([]);

  // An inline script, a <style> element and a style attribute injected into the page are refused.
  const injected = await page.evaluate(async () => {
    const seen = [];
    const bodyMargin = getComputedStyle(document.body).marginLeft;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { margin-left: 123px; }';
    document.head.append(style);
    const probe = document.createElement('div');
    probe.setAttribute('style', 'margin-left: 45px');
    document.body.append(probe);
    // Violation events are queued as tasks: give them a few frames to arrive.
    for (let i = 0; i < 60 && seen.length < 3; i++) await new Promise(requestAnimationFrame);
    const result = {
      seen: seen.sort(),
      scriptRan: window.inlineScriptRan === true,
      bodyStyled: getComputedStyle(document.body).marginLeft !== bodyMargin,
      probeMargin: getComputedStyle(probe).marginLeft,
    };
    probe.remove();
    return result;
  });
  expect(injected).toEqual({
    seen: ['script-src-elem inline', 'style-src-attr inline', 'style-src-elem inline'],
    scriptRan: false,
    bodyStyled: false,
    probeMargin: '0px',
  });
  // Those refusals, and nothing else, reached the console.
  const unexpected = problems.filter((p) => !REFUSALS.some((r) => r.test(p)));
  expect(unexpected, unexpected.join('\n')).toEqual([]);
  expect(problems.length).toBeGreaterThan(0);
  await page.close();
});

test('the built pages have no inline script or style', () => {
  for (const name of ['index.html', 'zh.html']) {
    const html = readFileSync(new URL(name, dist), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).toContain('<noscript>');
  }
});

test('each start module points at files that exist in dist/, and each page runs its own', () => {
  const files = readdirSync(dist);
  const named = (script) => [...readFileSync(new URL(script, dist), 'utf8').matchAll(/\.\/([\w.-]+\.(?:js|wasm))/g)].map((m) => m[1]);
  // The app's module and its wasm, and (a release build) the offline copy's service worker.
  expect(named('start.js').length).toBe(3);
  // The embed pages' smaller wasm and its module.
  expect(named('start-figure.js')).toEqual([expect.stringMatching(/^figure-[0-9a-f]{16}\.js$/), expect.stringMatching(/^figure-[0-9a-f]{16}_bg\.wasm$/)]);
  for (const name of [...named('start.js'), ...named('start-figure.js')]) expect(files).toContain(name);
  // The teacher page and the worksheets are plain pages with no script.
  const pages = files.filter((f) => f.endsWith('.html') && !/^(teacher|worksheet(-zh)?)\.html$/.test(f));
  expect(pages.length).toBeGreaterThan(10);
  for (const name of pages) {
    const html = readFileSync(new URL(name, dist), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([\w.-]+)/g)].map((m) => m[1]);
    // An embed page runs the embed pages' wasm, but for a figure that wasm leaves out
    // (FigureId::own_wasm: the hindsight fit), whose page runs the article's.
    const ownWasm = name.startsWith('embed-') && !/^embed-hindsight(-zh)?\.html$/.test(name);
    expect(scripts, name).toEqual([ownWasm ? 'start-figure.js' : 'start.js']);
  }
});

test('the whole article has no axe violations', async ({ page }) => {
  await openArticle(page);
  await expectNoAxeViolations(page);
});
