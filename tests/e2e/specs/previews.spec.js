// The figures' static images, drawn at build time (examples/previews.rs): one PNG per
// embeddable figure and one for the article, each a real PNG of the size the oEmbed files
// and the pages' link-preview tags state, holding a chart in the stylesheet's colours.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures.js';

const dist = new URL('../../../dist/', import.meta.url);
// Every embeddable figure, as the build lists it: one oEmbed file per figure.
const FIGURES = readdirSync(new URL('oembed/', dist))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

/** Width and height from a PNG's header (signature, then the IHDR chunk). */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The light theme's value of a colour variable in public/style.css, as [r, g, b]. */
function lightColour(name) {
  const css = readFileSync(new URL('../../../public/style.css', import.meta.url), 'utf8');
  const value = css.match(new RegExp(`${name}:\\s*(?:light-dark\\()?\\s*#([0-9a-f]{6})`, 'i'))[1];
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
}

/** The build's file at `url` (relative to the build folder; the build's default base is ./). */
const built = (url) => new URL(url.replace(/^\.\//, ''), dist);

test('every embeddable figure has a PNG of the size its oEmbed file states', () => {
  expect(FIGURES.length).toBeGreaterThanOrEqual(7);
  for (const id of FIGURES) {
    const json = JSON.parse(readFileSync(new URL(`oembed/${id}.json`, dist), 'utf8'));
    expect(json.thumbnail_url).toBe(`./preview/${id}.png`);
    const file = built(json.thumbnail_url);
    expect(existsSync(file), `${file}`).toBe(true);
    const [width, height] = pngSize(readFileSync(file));
    // Drawn at twice 600 CSS pixels.
    expect(width, id).toBe(1200);
    expect(height, id).toBeGreaterThan(300);
    expect([json.thumbnail_width, json.thumbnail_height], id).toEqual([width, height]);
  }
});

for (const page of ['index.html', 'zh.html']) {
  test(`${page}'s link-preview tags name an image that exists, at its size`, () => {
    const html = readFileSync(new URL(page, dist), 'utf8');
    const meta = (key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:locale')).toBe(page === 'index.html' ? 'en_US' : 'zh_CN');
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = meta('og:image');
    expect(image).toBe('preview/article.png');
    expect(meta('twitter:image')).toBe(image);
    const [width, height] = pngSize(readFileSync(built(image)));
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual([`${width}`, `${height}`]);
    // The article's image is the shares figure's.
    expect(readFileSync(built(image)).equals(readFileSync(new URL('preview/shares.png', dist)))).toBe(true);
  });
}

/** The image at `src` decoded by the browser: its size, how many distinct colours it
 *  has, and whether each of `colours` is among its pixels (within a small tolerance). */
async function decode(page, src, colours) {
  return page.evaluate(
    async ({ src, colours }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d');
      context.drawImage(img, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set();
      const found = colours.map(() => false);
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        seen.add((r << 16) | (g << 8) | b);
        if (r === 255 && g === 255 && b === 255) white++;
        colours.forEach((c, k) => {
          if (Math.abs(c[0] - r) <= 4 && Math.abs(c[1] - g) <= 4 && Math.abs(c[2] - b) <= 4) found[k] = true;
        });
      }
      return { width: img.naturalWidth, colours: seen.size, found, white: white / (data.length / 4) };
    },
    { src, colours },
  );
}

test('each image holds a chart in the stylesheet colours, with text, on white', async ({ page }) => {
  // A page of the explainer's own origin, so the canvas may read the images' pixels.
  await page.goto('./teacher.html');
  const text = lightColour('--text');
  const muted = lightColour('--muted');
  for (const id of FIGURES) {
    const image = await decode(page, `/preview/${id}.png`, [text, muted]);
    expect(image.width, id).toBe(1200);
    // A chart, not an empty canvas: many colours (lines, fills, anti-aliased text) on a
    // mostly white ground, with the labels' and the ticks' colours.
    expect(image.colours, id).toBeGreaterThan(50);
    expect(image.white, id).toBeGreaterThan(0.5);
    expect(image.white, id).toBeLessThan(0.99);
    expect(image.found, `${id}: text and tick colours`).toEqual([true, true]);
  }
  // The article's image draws the players' lines in their colours from the stylesheet.
  const players = ['--c-taobao', '--c-douyin', '--c-kuaishou', '--c-jd'].map(lightColour);
  const article = await decode(page, '/preview/article.png', players);
  expect(article.found, 'Taobao, Douyin, Kuaishou and JD lines').toEqual([true, true, true, true]);
});
