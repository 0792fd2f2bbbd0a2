// The cost of one slider input, shared by the benchmark (bench.mjs) and the A/B
// script (input.mjs). Each input is timed from its dispatch to its chart's first DOM
// change (a MutationObserver, which reports in a microtask), and to "settled": the
// moment the last microtask the input set off has run. Leptos 0.8 runs its effects
// and render effects as microtasks (any_spawner → wasm-bindgen-futures, which batches
// ready tasks into one `queueMicrotask` callback and gives tasks woken meanwhile a
// callback of their own), so settled is when every effect has run. The page's own
// `queueMicrotask` is wrapped to see when the app has none left.
//
// Settled is not "the next task": in Chromium a MessageChannel message posted right
// after the dispatch arrives only after the timer the input's effects set for the
// quick Monte Carlo bands (setTimeout 0) and, often, after a rendered frame, so it
// measures those too. Settled excludes, on purpose, what the page puts in timers
// (the bands, the tornado chart, the embed code and URL, the announcement) and the
// browser's style, layout and paint.

/** Installed before the app loads: counts the app's pending microtasks and records
 * when they first run out after `window.__inputAt` is cleared. */
function trackMicrotasks() {
  const queue = window.queueMicrotask.bind(window);
  let pending = 0;
  window.__pendingMicrotasks = () => pending;
  window.__drainedAt = 0;
  window.queueMicrotask = (callback) => {
    pending++;
    queue(() => {
      try {
        callback();
      } finally {
        if (--pending === 0 && window.__drainedAt === null) window.__drainedAt = performance.now();
      }
    });
  };
}

/** Where each measured slider lives: the page to open, the slider, its figure. */
export const SLIDERS = {
  sandbox: { hash: '#sandbox', slider: '#sandbox-trust', figure: '#fig-sandbox .chart' },
  trust: { hash: '#trust', slider: '#trust-trust', figure: '#fig-trust .chart' },
};

/** Opens `page` at the slider `which` (a key of SLIDERS), waits until the page has
 * settled and returns the sorted times of `n` inputs to the chart's first change, to
 * settled and to the next MessageChannel task, and each input's span (dispatch, settled)
 * in `performance.now()` time
 * (and when a 20 ms busy loop named profileClockMark began, for the profile's clock). */
export async function inputCost(page, base, which, n = 1000) {
  const { hash, slider, figure } = SLIDERS[which];
  await page.addInitScript(trackMicrotasks);
  await page.goto(base + hash);
  // The page arrives with every chapter drawn as HTML, which does not answer: wait until
  // the app has taken over and built this chapter's own figure.
  await page.waitForFunction(
    (id) => document.documentElement.dataset.app === 'running' && !document.querySelector(`${id} [data-prerendered]`),
    hash,
  );
  // The chapter is built once in view; then the rest of the page follows in the background.
  await page.locator(slider).scrollIntoViewIfNeeded();
  // A reader's first drag comes after the page has settled: chapters out of view have
  // paused their figures (their observers report in a task).
  await page.waitForTimeout(300);
  return page.evaluate(
    async ({ slider, figure, n }) => {
      const input = document.querySelector(slider);
      const fig = document.querySelector(figure);
      const { port1, port2 } = new MessageChannel();
      const first = [];
      const settled = [];
      const nextTask = [];
      // Each input's span from dispatch to settled, for the profile.
      const spans = [];
      // A named busy loop that the profile finds in its samples, to line its clock up
      // with performance.now().
      const mark = performance.now();
      (function profileClockMark() {
        while (performance.now() - mark < 20);
      })();
      for (let i = 0; i < n; i++) {
        const changed = new Promise((resolve) =>
          new MutationObserver((_, mo) => (mo.disconnect(), resolve(performance.now()))).observe(fig, { subtree: true, attributes: true, characterData: true, childList: true }),
        );
        const next = new Promise((resolve) => (port1.onmessage = () => resolve(performance.now())));
        const t0 = performance.now();
        input.value = String(0.2 + 0.6 * (i % 2) + 0.0001 * i);
        window.__drainedAt = null;
        input.dispatchEvent(new Event('input'));
        if (window.__pendingMicrotasks() === 0) window.__drainedAt = performance.now();
        port2.postMessage(null);
        first.push((await changed) - t0);
        nextTask.push((await next) - t0);
        settled.push(window.__drainedAt - t0);
        spans.push([t0, window.__drainedAt]);
      }
      const sort = (a) => a.sort((x, y) => x - y);
      return { first: sort(first), settled: sort(settled), nextTask: sort(nextTask), spans, mark };
    },
    { slider, figure, n },
  );
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
