// A reader's walk through the article: every chapter, every control by keyboard, the reveal.
import { test, expect, openArticle, allChaptersBuilt, expectNoAxeViolations, tableNumbers, tocChapterIds } from './fixtures.js';

/** Opens the sandbox's data table and checks that every year's shares add up to 100%. */
async function expectSharesSumTo100(page) {
  const figure = page.locator('#fig-sandbox');
  const details = figure.locator('details.data');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  const rows = await tableNumbers(figure.locator('table'));
  // Six platforms, or four blocs once a partner lever has switched the view.
  const perBloc = await figure.getByRole('button', { name: 'Per bloc' }).getAttribute('aria-pressed');
  expect(rows.length).toBe(perBloc === 'true' ? 4 : 6);
  const years = rows[0].length;
  for (let y = 0; y < years; y++) {
    const sum = rows.reduce((s, row) => s + row[y], 0);
    expect(Math.abs(sum - 100)).toBeLessThan(0.5);
  }
}

test('the table of contents lists every chapter, and only chapters', async ({ page }) => {
  await openArticle(page);
  const listed = await tocChapterIds(page);
  const sections = await page.locator('section.chapter').evaluateAll((all) => all.map((s) => s.id));
  expect(listed.length).toBeGreaterThan(0);
  expect(new Set(listed).size, 'a chapter is listed twice').toBe(listed.length);
  // Every entry has its section and every section its entry, in the same order.
  expect(sections).toEqual(listed);
});

test('every chapter reads, with its heading, prose and no axe violations', async ({ page }) => {
  await openArticle(page);
  for (const id of await tocChapterIds(page)) {
    const chapter = page.locator(`section.chapter#${id}`);
    await chapter.scrollIntoViewIfNeeded();
    await expect(chapter.locator('h2')).not.toBeEmpty();
    await expect(chapter.locator('.prose p').first()).not.toBeEmpty();
    await expectNoAxeViolations(page, `#${id}`);
  }
});

// The screenshots of every chapter at these widths are taken by `make screenshots`.
for (const width of [1280, 375]) {
  test(`nothing is wider than the viewport at ${width} px, with every chapter scrolled into view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openArticle(page);
    for (const id of await tocChapterIds(page)) await page.locator(`section.chapter#${id}`).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('every sandbox control works from the keyboard and the shares still sum to 100%', async ({ page }) => {
  await openArticle(page);
  const sandbox = page.locator('#sandbox');
  await expectSharesSumTo100(page);
  const summary = page.locator('#fig-sandbox .summary');
  const sliders = sandbox.locator('input[type="range"]');
  for (let i = 0; i < (await sliders.count()); i++) {
    const slider = sliders.nth(i);
    const before = await slider.inputValue();
    await slider.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).not.toBe(before);
    await expectSharesSumTo100(page);
    await page.keyboard.press('Home');
    await expectSharesSumTo100(page);
  }
  const switches = sandbox.locator('input[type="checkbox"]');
  // Keys pressed in quick succession change the sentence once the presses pause (150 ms):
  // it is settled when it no longer changes.
  const settled = async () => {
    for (let last = await summary.textContent(); ; ) {
      await page.waitForTimeout(300);
      const now = await summary.textContent();
      if (now === last) return now;
      last = now;
    }
  };
  for (let i = 0; i < (await switches.count()); i++) {
    const box = switches.nth(i);
    const checked = await box.isChecked();
    const text = await settled();
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(!checked);
    await expectSharesSumTo100(page);
    await page.keyboard.press('Space');
    await expect(summary).toHaveText(text);
  }
});

test('the trust slider moves the trust figure while dragging', async ({ page }) => {
  await openArticle(page);
  const slider = page.locator('#trust input[type="range"]');
  const summary = page.locator('#fig-trust .summary');
  const before = await summary.textContent();
  await slider.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('End');
  await expect(summary).not.toHaveText(before);
  await expect(page.locator('#trust output')).toHaveText('1.00');
});

test('while a slider is dragged its chart and value follow each input, and the sentence its first and, once the reader pauses, its last', async ({ page }) => {
  await openArticle(page);
  await page.locator('#trust-trust').scrollIntoViewIfNeeded();
  await expect(page.locator('#trust [data-prerendered]')).toHaveCount(0);
  const summary = page.locator('#fig-trust .summary');
  const before = await summary.textContent();
  const during = await page.evaluate(async () => {
    const slider = document.querySelector('#trust-trust');
    const chart = document.querySelector('#fig-trust .chart');
    const changes = [];
    new MutationObserver((records) => changes.push(...records)).observe(chart, { subtree: true, attributes: true, characterData: true, childList: true });
    const texts = [];
    for (const value of ['0.1', '0.2', '0.3', '0.9']) {
      slider.value = value;
      slider.dispatchEvent(new Event('input'));
      // A frame and a timer tick (a figure only near the screen catches up in one):
      // far less than the pause the sentence waits for.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 10)));
      texts.push(document.querySelector('#fig-trust .summary').textContent);
    }
    return { chartChanges: changes.length, texts, value: document.querySelector('#trust output').textContent };
  });
  expect(during.chartChanges).toBeGreaterThan(0);
  expect(during.value).toBe('0.90');
  // The first input, after a pause, is shown at once; the inputs that follow it within
  // the pause the sentence waits for are not (rewritten on every tick, the sentence made
  // the browser lay out the page again in every frame) until the inputs stop.
  const [first] = during.texts;
  expect(first).not.toBe(before);
  expect(during.texts).toEqual([first, first, first, first]);
  await expect(summary).not.toHaveText(first);
});

test('presets set the levers and reset returns to the baseline', async ({ page }) => {
  await openArticle(page);
  const ban = page.locator('#sandbox-ban');
  await expect(ban).toBeChecked();
  await page.getByRole('button', { name: 'No link ban' }).click();
  await expect(ban).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'No link ban' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(ban).toBeChecked();
});

test("Alibaba's partner levers switch the sandbox to the per-bloc view, where they act", async ({ page }) => {
  await openArticle(page);
  const figure = page.locator('#fig-sandbox');
  const perBloc = figure.getByRole('button', { name: 'Per bloc' });
  await expect(perBloc).toHaveAttribute('aria-pressed', 'false');
  const summary = figure.locator('.summary');
  const before = await summary.textContent();
  await page.getByRole('button', { name: "Content-partner network at full strength" }).click();
  await expect(perBloc).toHaveAttribute('aria-pressed', 'true');
  await expect(summary).not.toHaveText(before);
});

test('the chart tooltip follows the keyboard', async ({ page }) => {
  await openArticle(page);
  const chart = page.locator('#fig-sandbox svg');
  await chart.focus();
  const tooltip = chart.locator('.tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('.tooltip-year')).toHaveText('2025');
  await page.keyboard.press('Home');
  await expect(tooltip.locator('.tooltip-year')).toHaveText('2019');
});

test('the guess comes before the reveal and is remembered', async ({ page }) => {
  await openArticle(page);
  const next = page.locator('#next');
  const reveal = next.getByRole('button', { name: 'Reveal what happened' });
  await expect(reveal).toBeDisabled();
  await expect(next.locator('#fig-backtest')).toHaveCount(0);
  await next.getByLabel('Douyin').check();
  await reveal.click();
  await expect(next.locator('.your-guess')).toHaveText('You guessed: Douyin.');
  const figure = next.locator('#fig-backtest');
  // The backtest: the model's path with its 10–90% band for Douyin, Kuaishou and Taobao Live.
  const chart = figure.locator('svg.lines');
  await expect(figure.locator('svg[role="img"]')).toHaveCount(1);
  await expect(chart).toHaveAccessibleName(/40% below the leaked.*21% above the reported/);
  const bands = chart.locator('path.band');
  await expect(bands).toHaveCount(3);
  for (const d of await bands.evaluateAll((all) => all.map((b) => b.getAttribute('d')))) {
    expect(d, 'every band is drawn').toMatch(/^M.+Z$/);
  }
  // Reported figures as what they are: Taobao Live's 2020 floor is an arrow, never a plain dot;
  // Douyin's 2020 and 2023 ranges bars; Douyin's 2021 "more than 800 bn" a floor too.
  await expect(chart.locator('path.mark.floor.c-taobao')).toHaveCount(1);
  await expect(chart.locator('path.mark.point.c-taobao')).toHaveCount(0);
  await expect(chart.locator('path.mark.floor.c-douyin')).toHaveCount(1);
  await expect(chart.locator('path.mark.range.c-douyin')).toHaveCount(2);
  // Douyin's 2022 leak is a dot, and so is its second 2020 report (about three times Caixin's range;
  // the 2020 view reads both as bounds of what Douyin made).
  await expect(chart.locator('path.mark.point.c-douyin')).toHaveCount(2);
  await expect(chart.locator('path.mark.point.c-kuaishou')).toHaveCount(4);
  // The loop closed: beside 2020's reports, the three numbers the article quoted for 2020.
  for (const player of ['taobao', 'kuaishou', 'douyin']) {
    await expect(chart.locator(`path.mark.quoted.c-${player}`)).toHaveCount(1);
  }
  // A visible key explains line and band, dot, bar and arrow; the note says the errors are out of sample.
  await expect(figure.locator('.mark-key li')).toHaveCount(5);
  await expect(figure.locator('.mark-key')).toBeVisible();
  await expect(figure.locator('.note')).toContainText('out of sample');
  await expect(figure.locator('.summary')).toContainText('five of the six figures reported for 2021–2023 lie within its 10–90% predictive band');
  // The table of errors, each with its sign; a floor reads ">", a range "low–high".
  await figure.locator('details summary').click();
  const table = figure.locator('table');
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(table.locator('tbody tr', { hasText: 'RMB 500 bn' })).toContainText('(fitted to it)');
  // A figure that does not say what it counts is held to the span from Douyin's own store to all its streams' sales.
  await expect(table.locator('tbody tr', { hasText: 'RMB 500 bn' })).toContainText(/RMB \d+–\d+ bn \(/);
  await expect(table).toContainText('RMB 1.18 tn');
  await expect(table).toContainText('> RMB 400 bn');
  await expect(table).toContainText('RMB 2.2–2.7 tn');
  const errors = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.cells[6].textContent));
  for (const error of errors) expect(error).toMatch(/^([+−]\d+%|0%)/);
  expect(errors).toContain('−40%');
  expect(errors).toContain('+11%');
  await expectNoAxeViolations(page, '#next');
  await page.reload();
  await expect(page.locator('#next .your-guess')).toHaveText('You guessed: Douyin.');
});

test('the methods chapter lists every uncertain constant with its value in the chosen view, and how it was set', async ({ page }) => {
  await openArticle(page);
  const params = page.locator('#methods details.params');
  await params.locator('summary').click();
  const rows = params.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(40);
  // Each value in its unit, and its range's two ends.
  await expect(rows.first()).toContainText(/\d%? – \d/);
  await expect(params.locator('tbody')).toContainText("fitted to the chosen view's figures");
  await expect(params.locator('tbody')).toContainText('assumption, not tuned to later years');
  await expect(params.locator('tbody')).toContainText('its range chosen after later years were seen');
  // The fitted values follow the reader's view of history.
  const reported = await params.locator('tbody').textContent();
  await page.locator('#fig-sandbox-view').selectOption('2020');
  await expect(params.locator('tbody')).not.toHaveText(reported);
  await expect(page).toHaveURL(/view=2020/);
  await expectNoAxeViolations(page, '#methods');
});

test('the methods chapter gives every figure of each view with its residual', async ({ page }) => {
  await openArticle(page);
  const tables = page.locator('#methods .residuals details');
  await expect(tables).toHaveCount(2);
  const everything = tables.nth(0);
  await everything.locator('summary').click();
  await expect(everything.locator('tbody tr')).toHaveCount(29);
  // The misfits the chapter names: Kuaishou's 2019 and 2020, each more than two of its own errors out.
  const kuaishou2019 = everything.locator('tbody tr', { hasText: 'Kuaishou 2019' });
  await expect(kuaishou2019.locator('td').nth(4)).toHaveText(/^\+?2\.\d$/);
  const seen = tables.nth(1);
  await seen.locator('summary').click();
  await expect(seen.locator('tbody tr')).toHaveCount(17);
  await expectNoAxeViolations(page, '#methods');
});

// A chapter whose figure the app has not built: empty, or still showing the figure drawn at build time.
const UNBUILT = '.chapter .interactive:empty, .chapter [data-prerendered]';

test('figures are built as their chapters come into view; a linked chapter comes with the page', async ({ page }) => {
  // Record, at the first moment the app's sandbox chapter exists, whether its own sliders
  // do too (the page arrives with the figure drawn as HTML, which the app replaces).
  await page.addInitScript(() => {
    new MutationObserver((_, mo) => {
      if (document.documentElement.dataset.app !== 'running' || !document.querySelector('#sandbox')) return;
      window.sliderWithChapter = !!document.querySelector('#sandbox-trust') && !document.querySelector('#sandbox [data-prerendered]');
      mo.disconnect();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  // A phone, where the chapters above grow most when their figures arrive.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?v=3&trust=0.3#sandbox');
  await expect(page.locator('#sandbox h2')).toBeInViewport();
  expect(await page.evaluate(() => window.sliderWithChapter)).toBe(true);
  // The chapters above build their figures after the page opens; the linked one stays put,
  // and the rewritten URL keeps its fragment.
  await expect(page.locator(UNBUILT)).toHaveCount(0);
  expect(Math.abs(await page.locator('#sandbox').evaluate((el) => el.getBoundingClientRect().top))).toBeLessThan(2);
  await expect(page).toHaveURL(/\?v=3&trust=0\.3#sandbox$/);

  // Opened at the top, chapters far below wait their turn, then all are built in the background.
  // While the reader keeps acting (here: a slider moved every 50 ms for 1.5 s), they wait.
  const fresh = await page.context().newPage();
  await fresh.goto('./');
  await fresh.locator('html[data-app="running"]').waitFor({ state: 'attached' });
  await expect(fresh.locator('#fig-attention')).toBeVisible();
  const unbuiltWhileBusy = await fresh.evaluate(async (unbuilt) => {
    const slider = await new Promise((resolve) => {
      const find = () => document.querySelector('#ban-store');
      const wait = () => (find() ? resolve(find()) : requestAnimationFrame(wait));
      wait();
    });
    for (let i = 0; i < 30; i++) {
      slider.value = String(0.2 + (i % 2) * 0.5);
      slider.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 50));
    }
    return document.querySelectorAll(unbuilt).length;
  }, UNBUILT);
  expect(unbuiltWhileBusy).toBeGreaterThan(0);
  await expect(fresh.locator(UNBUILT)).toHaveCount(0);
  await fresh.close();
});

test('the ban figure shows where the sales the ban cut off go, and nothing is cut off without it', async ({ page }) => {
  await openArticle(page);
  const figure = page.locator('#fig-ban');
  // With the ban on, nothing reaches Alibaba through links, and the summary says so in words.
  await expect(figure.locator('.summary')).toContainText('come back to marketplaces through search');
  await expect(figure.locator('.summary')).toContainText('links send Alibaba nothing');
  await figure.locator('details.data summary').click();
  const cells = (name) => figure.locator('tbody tr', { hasText: name }).locator('td');
  // Ban on: from 2021 (the fourth column: 2019, 2020, 2021, …) sales are cut off both ways.
  for (const name of ['back via search', 'never bought']) {
    await expect(cells(name).nth(2)).not.toHaveText('0');
  }
  // Ban off from 2021: nothing is cut off after 2020, and links carry Douyin's sales again.
  await page.locator('#ban-ban').uncheck();
  await expect(figure.locator('.summary')).toContainText("of the sales Douyin's streams make are paid for on Alibaba's marketplace");
  await expect(figure.locator('.summary')).not.toContainText('cut off');
  await expect(cells('never bought').nth(2)).toHaveText('0');
  await expect(cells('links to Alibaba').nth(2)).not.toHaveText('0');
  await expectNoAxeViolations(page, '#fig-ban');
});

test('the timeline lists the moves of 2018–2020 in order, each dated, flagged and sourced, in both languages', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`./?lang=${lang}`);
    await allChaptersBuilt(page);
    const moves = page.locator('#fig-timeline li');
    const dates = await page.locator('#fig-timeline time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates[0]).toBe('2018');
    expect(dates.at(-1)).toBe('2020-10-09');
    expect([...dates].sort()).toEqual(dates);
    for (const move of await moves.all()) {
      await expect(move.locator('abbr')).toHaveAttribute('title', /.+/);
      await expect(move.locator('.cite')).toHaveText(/^[PRLWA] \S/);
    }
  }
  await expectNoAxeViolations(page, '#fig-timeline');
});

test('the prose cites with flag chips that open the sources panel, and leaves no bare flag letter', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`./?lang=${lang}`);
    await allChaptersBuilt(page);
    const chips = page.locator('.prose a.flag');
    expect(await chips.count()).toBeGreaterThan(5);
    for (const chip of (await chips.all()).slice(0, 8)) {
      await expect(chip).toHaveAttribute('href', '#sources');
      const letter = await chip.textContent();
      await expect(chip).toHaveAttribute('aria-label', new RegExp(`^${letter}[:：] ?`));
    }
    const bare = await page.evaluate(() => {
      const found = [];
      for (const p of document.querySelectorAll('.prose p')) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) text += n.parentElement.closest('a.flag') ? '#' : n.data;
        const m = text.match(/[,;，；(（]\s?[PRLWA][)）;；]/);
        if (m) found.push(m[0]);
      }
      return found;
    });
    expect(bare).toEqual([]);
  }
  await page.locator('.prose a.flag').first().click();
  await expect(page).toHaveURL(/#sources$/);
  await expectNoAxeViolations(page, '.chapter .prose');
});

test('the methods chapter ends with a glossary of the terms the text uses, in the page language', async ({ page }) => {
  for (const [lang, term] of [['en', 'GMV'], ['zh', 'GMV（商品交易总额）']]) {
    await page.goto(`./?lang=${lang}`);
    await allChaptersBuilt(page);
    const glossary = page.locator('#methods #glossary');
    const terms = glossary.locator('dt');
    expect(await terms.count()).toBeGreaterThan(10);
    await expect(terms.first()).toHaveText(term);
    expect(await glossary.locator('dd').count()).toBe(await terms.count());
  }
  await expectNoAxeViolations(page, '#glossary');
});

test('the chapters link to the timeline, in both languages', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`./?lang=${lang}`);
    await allChaptersBuilt(page);
    const links = page.locator('.prose a[href="#fig-timeline"]');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    await expect(links.first()).not.toHaveText(/fig-timeline|\[|\]/);
  }
  await page.locator('#alliances .prose a[href="#fig-timeline"]').click();
  await expect(page).toHaveURL(/#fig-timeline$/);
  await expect(page.locator('#fig-timeline')).toBeInViewport();
});
