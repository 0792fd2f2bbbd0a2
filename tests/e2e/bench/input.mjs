// A/B timing of slider inputs across builds, for comparing a change on a shared,
// noisy machine: the builds take turns (A, B, A, B …), each turn a fresh page and
// `n` inputs per slider, and the medians over the turns are printed.
//   node bench/input.mjs <dist A> [<dist B> …] [--rounds 6] [--n 1000]
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { inputCost, percentile, SLIDERS } from './input-cost.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args.splice(i, 2)[1]);
};
const rounds = option('--rounds', 6);
const n = option('--n', 1000);
const dists = args;
const servers = dists.map((dir, i) => {
  const server = spawn('node', ['serve.mjs', dir, String(4260 + i)], { cwd: new URL('..', import.meta.url).pathname });
  return { server, base: `http://127.0.0.1:${4260 + i}/`, ready: new Promise((r) => server.stdout.once('data', r)) };
});
await Promise.all(servers.map((s) => s.ready));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results = dists.map(() => Object.fromEntries(Object.keys(SLIDERS).map((k) => [k, []])));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (let r = 0; r < rounds; r++) {
  for (const [d, { base }] of servers.entries()) {
    for (const which of Object.keys(SLIDERS)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const { first, settled, nextTask } = await inputCost(page, base, which, n);
      const row = [percentile(first, 0.5), percentile(first, 0.95), percentile(settled, 0.5), percentile(settled, 0.95), percentile(nextTask, 0.5), percentile(nextTask, 0.95)];
      results[d][which].push(row);
      console.log(`round ${r} ${dists[d]} ${which}: first ${row[0].toFixed(2)}/${row[1].toFixed(2)} settled ${row[2].toFixed(2)}/${row[3].toFixed(2)} next task ${row[4].toFixed(2)}/${row[5].toFixed(2)}`);
      await context.close();
    }
  }
}
console.log('median over rounds: first change p50 / p95, settled p50 / p95, next task p50 / p95 (ms)');
for (const [d, dir] of dists.entries()) {
  for (const which of Object.keys(SLIDERS)) {
    const rows = results[d][which];
    const m = [0, 1, 2, 3, 4, 5].map((k) => median(rows.map((row) => row[k])).toFixed(2));
    console.log(`${dir} ${which}: ${m[0]} / ${m[1]}, ${m[2]} / ${m[3]}, ${m[4]} / ${m[5]}`);
  }
}
await browser.close();
for (const { server } of servers) server.kill();
