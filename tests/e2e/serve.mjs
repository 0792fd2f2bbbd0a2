// A small static server for the release build, with the headers we recommend for hosting.
// Usage: node serve.mjs [root=../../dist] [port=4173] [csp]. Loopback only.
// The optional csp replaces the explainer's policy (the e2e host page uses its own).
// Under /no-csp/ the same files are served without the policy header, so a test can
// show that the page's own <meta> policy holds by itself.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? new URL('../../dist', import.meta.url).pathname);
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);

const CSP =
  process.argv[4] ??
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
};

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const withPolicy = !path.startsWith('/no-csp/');
  if (!withPolicy) path = path.slice('/no-csp'.length);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(withPolicy && { 'Content-Security-Policy': CSP }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // Lets the figure run in a sandboxed iframe (opaque origin), where every fetch is cross-origin.
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
