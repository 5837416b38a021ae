// A static server for the release build in ../../dist, mounted under a sub-path, so the tests prove
// the build works wherever a host puts it. Sends the strict Content-Security-Policy the README
// recommends, so every test also proves the checker runs under it. Loopback only.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** Where the built checker is served: a sub-path of the example careers site. */
export const SUB_PATH = '/careers/peer-support/checker/';
/** Where examples/ is served: the employer's careers pages. */
export const HOST_PATH = '/careers/';

export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Starts the server on a free loopback port; resolves to { origin, url, close }.
 * `index` may rewrite index.html (to put postings in the page, say); `files` adds files beside it;
 * `compress` sends brotli, as a real host would (the benchmark uses it).
 */
export async function serve({ root = DIST, headers = {}, index = (html) => html, files = {}, compress = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [base, dir] = path.startsWith(SUB_PATH) ? [SUB_PATH, root]
      : path.startsWith(HOST_PATH) ? [HOST_PATH, EXAMPLES] : [];
    if (!base) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = path.slice(base.length) || 'index.html';
    file = normalize(file);
    if (file.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = dir === root && files[file] !== undefined ? files[file] : await readFile(join(dir, file));
      if (dir === root && file === 'index.html') body = index(body.toString('utf8'));
      const brotli = compress && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (brotli) {
        // Compressed once per file, as a host's pre-compressed files or cache would be.
        const key = `${dir}${file}`;
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
      }
      response.writeHead(200, {
        ...(brotli ? { 'content-encoding': 'br' } : {}),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + SUB_PATH,
    careers: `${origin}${HOST_PATH}careers.html`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
