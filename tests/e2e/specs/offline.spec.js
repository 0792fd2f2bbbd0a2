// The offline classroom: after one visit the explainer works with no network, a new
// deployment replaces the offline copy, and the teacher page offers the whole build as
// one zip. Each test serves its own copy of dist/ on a port of its own, so it can
// change the files and then take the server away altogether (as well as telling the
// browser it is offline): what still works then comes from the service worker.
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { test, expect, openArticle, tocChapterIds } from './fixtures.js';

const PORT = 4175;
const DIST = new URL('../../../dist/', import.meta.url).pathname;
const SERVE = new URL('../serve.mjs', import.meta.url).pathname;
const OFFLINE = new URL('../../../scripts/offline.mjs', import.meta.url).pathname;
const SLIDES = 12;

test.use({ baseURL: `http://127.0.0.1:${PORT}/` });

let root;
let server;

async function startServer() {
  server = spawn(process.execPath, [SERVE, root, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  for await (const chunk of server.stdout) if (String(chunk).includes('serving')) break;
}

async function stopServer() {
  if (server.exitCode === null && server.signalCode === null) {
    server.kill();
    await once(server, 'exit');
  }
}

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'livestream-arena-dist-'));
  cpSync(DIST, root, { recursive: true });
  await startServer();
});

test.afterEach(async () => {
  await stopServer();
  rmSync(root, { recursive: true, force: true });
});

/** Waits until this origin's service worker is active with a complete copy of the
 *  build, and returns the names of the offline caches. */
async function offlineCopyReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  return page.evaluate(() => caches.keys());
}

/** The files the worker of the build in `root` keeps. */
function workerFiles() {
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  return {
    version: sw.match(/^const VERSION = '([0-9a-f]+)';/m)[1],
    files: JSON.parse(sw.match(/^const FILES = (\[.*\]);/m)[1]),
  };
}

/** The network goes away: the browser is offline and the server is gone. */
async function goOffline(context) {
  await context.setOffline(true);
  await stopServer();
}

test('after one visit, every chapter and the slides work with no network', async ({ page, context }) => {
  await openArticle(page);
  const { version, files } = workerFiles();
  expect(await offlineCopyReady(page)).toEqual([`livestream-arena-${version}`]);
  // The copy holds the page, the start script and every hashed file it loads, but not
  // the embed pages and their wasm, which only other sites' iframes load.
  const cached = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1));
  }, `livestream-arena-${version}`);
  expect(cached.sort()).toEqual(files.map((f) => (f === './' ? '' : f)).sort());
  for (const name of readdirSync(root).filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(f))) {
    if (name.startsWith('figure-')) expect(cached).not.toContain(name);
    else expect(cached).toContain(name);
  }
  expect(cached.filter((name) => name.startsWith('embed-'))).toEqual([]);

  await goOffline(context);
  await page.reload();
  await openArticle(page);
  const chapters = await tocChapterIds(page);
  expect(chapters.length).toBeGreaterThan(5);
  // The model runs: a lever moves the figure and the URL.
  await page.locator('#sandbox-trust').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/trust=0\.61/);
  // openArticle waited for every chapter to build its figure and controls; the
  // figures are drawn.
  for (const id of chapters) await expect(page.locator(`#${id}`)).toBeAttached();
  expect(await page.locator('.chapter .interactive svg').count()).toBeGreaterThan(5);
  // The slides, start to end, by keyboard.
  await page.goto('./?mode=present');
  const counter = page.locator('.deck-bar .counter');
  for (let i = 1; i <= SLIDES; i++) {
    await expect(counter).toContainText(`${i} / ${SLIDES}`);
    await expect(page.locator('.slide')).not.toBeEmpty();
    await page.keyboard.press('PageDown');
  }
  // And the teacher's page.
  await page.goto('./teacher.html');
  await expect(page.locator('h1')).toHaveText('Livestream Arena in the classroom');
  // And the worksheets it links to, with their stylesheet.
  expect(files).toEqual(expect.arrayContaining(['worksheet.html', 'worksheet-zh.html', 'worksheet.css']));
  await page.goto('./worksheet.html');
  await expect(page.locator('h1')).toHaveText('Livestream Arena: worksheet');
  await page.goto('./worksheet-zh.html');
  await expect(page.locator('h1')).toHaveText('直播擂台：课堂学习单');
});

test('a new build served in place of the old one is picked up, and is then the offline copy', async ({ page, context }) => {
  await openArticle(page);
  const before = workerFiles();
  expect(await offlineCopyReady(page)).toEqual([`livestream-arena-${before.version}`]);

  // A new deployment, simulated from this build (one build is all the test has): every
  // hashed file under a new name, the stylesheet with one rule more, so the page can
  // tell which build it runs, the old hashed files gone from the server, and index.html,
  // start.js and sw.js rewritten as the build writes them.
  let index = readFileSync(join(root, 'index.html'), 'utf8');
  let start = readFileSync(join(root, 'start.js'), 'utf8');
  for (const name of readdirSync(root)) {
    // Trunk writes its content hash without leading zeros: 12 to 16 digits.
    const match = name.match(/^(.*)-[0-9a-f]{12,16}((_bg)?\.(js|wasm|css))$/);
    if (!match) continue;
    const renamed = `${match[1]}-00000000000000b2${match[2]}`;
    renameSync(join(root, name), join(root, renamed));
    index = index.replaceAll(name, renamed);
    start = start.replaceAll(name, renamed);
    if (name.endsWith('.css')) writeFileSync(join(root, renamed), '\n:root { --deployment: b2; }\n', { flag: 'a' });
  }
  writeFileSync(join(root, 'index.html'), index);
  writeFileSync(join(root, 'start.js'), start);
  execFileSync(process.execPath, [OFFLINE, root, '--no-zip']);
  const after = workerFiles();
  expect(after.version).not.toBe(before.version);

  const deployment = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deployment').trim());
  // The next load is the new build, although the old worker is still in charge of it.
  await page.reload();
  await openArticle(page);
  expect(await deployment()).toBe('b2');
  // The browser finds the new worker; it replaces the old copy with the new one.
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([`livestream-arena-${after.version}`]);

  await goOffline(context);
  await page.reload();
  await openArticle(page);
  expect(await deployment()).toBe('b2');
  await page.goto('./?mode=present&step=4');
  await expect(page.locator('.deck-bar .counter')).toContainText(`4 / ${SLIDES}`);
});

test('an embed keeps no offline copy', async ({ page }) => {
  await page.goto('./?embed=map');
  await expect(page.locator('figure')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

/** The entries of a zip archive, by name, inflated (only stored and deflated entries). */
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const offset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const data = bytes.subarray(local, local + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra;
  }
  return entries;
}

test('the teacher page offers the whole build as one zip, which holds every file of it but the precompressed copies', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./teacher.html');
  const link = page.getByRole('link', { name: 'download the whole explainer as one zip file' });
  await link.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('livestream-arena.zip');
  const entries = unzip(readFileSync(await download.path()));
  const files = [];
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else files.push(`${prefix}${entry.name}`);
    }
  };
  walk(root, '');
  // Not the precompressed copies (.gz, .br): they serve web servers, and a classroom's
  // static server sends the files themselves.
  const expected = files.filter((f) => f !== 'livestream-arena.zip' && !/\.(gz|br)$/.test(f)).sort();
  expect([...entries.keys()].sort()).toEqual(expected.map((f) => `livestream-arena/${f}`));
  for (const f of expected) {
    expect(entries.get(`livestream-arena/${f}`).equals(readFileSync(join(root, f))), f).toBe(true);
  }
  // The Chinese section links the same file.
  await expect(page.locator('#zh a[href="livestream-arena.zip"]')).toHaveAttribute('download', '');
});
