// The profile command's browser half (run by scripts/profile.sh): 1,000 slider inputs
// (the sandbox's, or SLIDER=trust for the trust chapter's), each timed to the figure's
// first change and to settled as in the benchmark, under the CDP sampling profiler,
// summarised by function. Usage:
//   node bench/profile.mjs <dist with a named wasm> [rows]   (TARGET=fn shows fn's callers)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { inputCost, percentile } from './input-cost.mjs';
const PORT = 4179, BASE = `http://127.0.0.1:${PORT}/`;
const root = process.argv[2];
const server = spawn('node', ['serve.mjs', root, String(PORT)], { cwd: new URL('..', import.meta.url).pathname });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
// Load and settle once unprofiled, then profile a second, identical run.
await inputCost(page, BASE, process.env.SLIDER || 'sandbox', 50);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const { first, settled, spans, mark } = await inputCost(page, BASE, process.env.SLIDER || 'sandbox', 1000);
const { profile } = await cdp.send('Profiler.stop');
const p = (a) => `p50 ${percentile(a, 0.5).toFixed(2)} p95 ${percentile(a, 0.95).toFixed(2)}`;
console.log('to first change', p(first), '| to settled', p(settled));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
// Sample times in ms on the profiler's clock; then only the samples taken between an
// input's dispatch and its settling are kept (ALL=1 keeps all, timers and frames too).
const at = []; let clock = profile.startTime; for (const d of profile.timeDeltas) at.push((clock += d) / 1000);
const inStack = (id, name) => { for (let cur = id; cur; cur = parent.get(cur)) if (byId.get(cur).callFrame.functionName === name) return true; return false; };
const offset = at[profile.samples.findIndex((id) => inStack(id, 'profileClockMark'))] - mark;
let k = 0;
const inSpan = (t) => { while (k < spans.length && spans[k][1] + offset < t) k++; return k < spans.length && spans[k][0] + offset <= t; };
const keep = profile.samples.map((_, i) => process.env.ALL === '1' || inSpan(at[i]));
console.log(`samples kept: ${keep.filter(Boolean).length} of ${keep.length}`);
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { if (!keep[i]) return; const n = byId.get(id); const k = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 45));
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), (100 * v / total).toFixed(1).padStart(5) + '%', k.slice(0, 150));
// inclusive for app functions
const incl = new Map();
profile.samples.forEach((id, i) => { if (!keep[i]) return; const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = n.callFrame.functionName; if (k && !seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + (dt[i] || 0)); } cur = parent.get(cur); } });
console.log('--- inclusive (livestream_arena) ---');
for (const [k, v] of [...incl.entries()].filter(([k]) => k.includes('livestream_arena')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 150));
const target = process.env.TARGET;
if (target) {
  const callers = new Map();
  profile.samples.forEach((id, i) => { if (!keep[i]) return; let n = byId.get(id); if (!n.callFrame.functionName.includes(target)) return; const chain = []; let cur = parent.get(id); while (cur && chain.length < 12) { const m = byId.get(cur); chain.push(m.callFrame.functionName.replace(/::h[0-9a-f]{16}/g,'').slice(0, 90)); cur = parent.get(cur); } const k = chain.slice(0, Number(process.env.DEPTH || 6)).join(' < '); callers.set(k, (callers.get(k) || 0) + (dt[i] || 0)); });
  console.log('--- callers of', target);
  for (const [k, v] of [...callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / 1000).toFixed(1).padStart(8), k);
}
await browser.close(); server.kill();
