// The foundation's rules: strict CSP, nothing from another origin, a clean console, no axe violations.
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openArticle, expectNoAxeViolations } from './fixtures.js';

const dist = new URL('../../../dist/', import.meta.url);

test('the page runs under the strict CSP header', async ({ page }) => {
  const response = await page.goto('./');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await openArticle(page);
  // The fixture fails the test on any CSP violation, console message or foreign request.
});

test('the built page has no inline script or style', () => {
  const html = readFileSync(new URL('index.html', dist), 'utf8');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style/);
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).toContain('<noscript>');
});

test('the start module points at files that exist in dist/', () => {
  const start = readFileSync(new URL('start.js', dist), 'utf8');
  const files = readdirSync(dist);
  const named = [...start.matchAll(/\.\/([\w.-]+\.(?:js|wasm))/g)].map((m) => m[1]);
  expect(named.length).toBe(2);
  for (const name of named) expect(files).toContain(name);
});

test('the whole article has no axe violations', async ({ page }) => {
  await openArticle(page);
  await expectNoAxeViolations(page);
});
