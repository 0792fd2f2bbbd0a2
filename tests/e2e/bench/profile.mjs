// The profile command's browser half (run by scripts/profile.sh): 1,000 sandbox slider
// inputs under the CDP sampling profiler, summarised by function. Usage:
//   node bench/profile.mjs <dist with a named wasm> [rows]   (TARGET=fn shows fn's callers)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const PORT = 4179, BASE = `http://127.0.0.1:${PORT}/`;
const root = process.argv[2];
const server = spawn('node', ['serve.mjs', root, String(PORT)], { cwd: new URL('..', import.meta.url).pathname });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(BASE + '#sandbox');
// The page arrives drawn as HTML; profile the app's own sandbox, once it has built it.
await page.waitForFunction(() => document.documentElement.dataset.app === 'running' && !document.querySelector('#sandbox .prerendered'));
await page.locator('#sandbox-trust').scrollIntoViewIfNeeded();
await page.waitForTimeout(500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const times = await page.evaluate(async () => {
  const slider = document.querySelector('#sandbox-trust');
  const figure = document.querySelector('#fig-sandbox');
  const out = [];
  for (let i = 0; i < 1000; i++) {
    const done = new Promise((resolve) => new MutationObserver((_, mo) => (mo.disconnect(), resolve(performance.now()))).observe(figure, { subtree: true, attributes: true, characterData: true, childList: true }));
    const t0 = performance.now();
    slider.value = String(0.2 + 0.6 * (i % 2) + 0.0001 * i);
    slider.dispatchEvent(new Event('input'));
    out.push((await done) - t0);
  }
  return out.sort((a, b) => a - b);
});
const { profile } = await cdp.send('Profiler.stop');
console.log('p50', times[500].toFixed(2), 'p95', times[950].toFixed(2));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 45));
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), (100 * v / total).toFixed(1).padStart(5) + '%', k.slice(0, 150));
// inclusive for app functions
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = n.callFrame.functionName; if (k && !seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + (dt[i] || 0)); } cur = parent.get(cur); } });
console.log('--- inclusive (livestream_arena) ---');
for (const [k, v] of [...incl.entries()].filter(([k]) => k.includes('livestream_arena')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 150));
const target = process.env.TARGET;
if (target) {
  const callers = new Map();
  profile.samples.forEach((id, i) => { let n = byId.get(id); if (!n.callFrame.functionName.includes(target)) return; const chain = []; let cur = parent.get(id); while (cur && chain.length < 12) { const m = byId.get(cur); chain.push(m.callFrame.functionName.replace(/::h[0-9a-f]{16}/g,'').slice(0, 90)); cur = parent.get(cur); } const k = chain.slice(0, Number(process.env.DEPTH || 6)).join(' < '); callers.set(k, (callers.get(k) || 0) + (dt[i] || 0)); });
  console.log('--- callers of', target);
  for (const [k, v] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / 1000).toFixed(1).padStart(8), k);
}
await browser.close(); server.kill();
