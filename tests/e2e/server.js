// A static server for the release build, hosting it the way real static hosts do, so the tests
// prove the checker where it will live rather than in a kind world. Loopback only.
//
// - Every response carries `Cache-Control: max-age=600` (GitHub Pages' default; nginx and CDNs
//   cache much the same) and an ETag, and a matching If-None-Match gets 304 Not Modified.
// - The build is mounted under a sub-path of an example careers site (examples/ at /careers/), so
//   the tests prove the build works wherever a host puts it; more builds can be mounted beside it
//   (two checkers on one origin), and a mount can be re-pointed at another build (a deploy).
// - The strict Content-Security-Policy docs/hosting.md recommends is sent with everything, so every
//   test also proves the checker runs under it.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = process.env.EC_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
/** A second release build, made from the same source with one change (see scripts/test.sh). */
export const NEXT_DIST = process.env.EC_NEXT_DIST ?? fileURLToPath(new URL('../../target/dist-next/', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
/** Where the built checker is served: a sub-path of the example careers site. */
export const SUB_PATH = '/careers/peer-support/checker/';
/** Where examples/ is served: the employer's careers pages. */
export const HOST_PATH = '/careers/';

export const CSP_DIRECTIVES = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'worker-src': "'self'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** The policy as a header value, with any directives replaced. */
export const csp = (overrides = {}) => Object.entries({ ...CSP_DIRECTIVES, ...overrides })
  .map(([name, value]) => `${name} ${value}`).join('; ');
export const CSP = csp();

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
 * Starts the server on a free loopback port; resolves to
 * `{ origin, url, careers, log, mount, deploy, slow, goDown, close }`.
 *
 * - `root`: the build at SUB_PATH; `mounts`: more `{ path: dir }` (each path ends in `/`).
 * - `cache`: the Cache-Control header (default `max-age=600`, as GitHub Pages sends).
 * - `headers`: more response headers, or a function of the request path returning them.
 * - `index`: rewrites the build's index.html (to put postings in the page, say); `files` adds files
 *   beside it; `host`: rewrites pages of examples/ (to name another origin, say).
 * - `compress`: brotli, as a host would (the benchmark uses it).
 * - `openDeclaredRoots` (default true): serves the build's page with its declared shadow root open
 *   (`shadowrootmode="open"`), so that tests can find things by role inside the standalone
 *   checker, as the start-up script's wrapped attachShadow opens the roots a checker attaches.
 *   The privacy tests serve it as built, closed.
 * - `inject`: a test's start-up script, served at /__test/init.js and put first in every page's
 *   page, for the engine whose driver cannot run one itself (WebKit's).
 * `log` lists every request as `{ path, headers }`; `deploy(dir)` points SUB_PATH at another build;
 * `slow(ms, matches)` delays answers.
 */
export async function serve({
  root = DIST, mounts = {}, cache = 'max-age=600', headers = {}, index = (html) => html,
  files = {}, host = (html) => html, compress = false, inject, openDeclaredRoots = true,
} = {}) {
  const INIT = '/__test/init.js';
  // First in the page: before any other script, whether or not the (minified) page writes <head>.
  const withInit = (html) => (inject ? html.replace(/^(<!doctype html>)?/i, `$1<script src="${INIT}"></script>`) : html);
  const table = { [SUB_PATH]: root, ...mounts, [HOST_PATH]: EXAMPLES };
  const builds = new Set([root, ...Object.values(mounts)]);
  const compressed = new Map();
  const log = [];
  let down = false;
  let slow = null;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (inject && path === INIT) {
      response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(inject);
      return;
    }
    if (down) {
      request.socket.destroy(); // as a request with no network behind it fails
      return;
    }
    log.push({ path, headers: request.headers });
    if (slow?.matches(path)) await new Promise((resolve) => setTimeout(resolve, slow.ms));
    // The longest mount that holds the path.
    const base = Object.keys(table).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (!base) {
      response.writeHead(404).end('not found');
      return;
    }
    const dir = table[base];
    // A folder's index.html, as static hosts serve it (the employers' editor is at editor/).
    const file = normalize(path.slice(base.length).replace(/(^|\/)$/, '$1index.html'));
    if (file.startsWith('..')) {
      response.writeHead(403).end();
      return;
    }
    try {
      const isBuild = builds.has(dir);
      let body = isBuild && files[file] !== undefined ? Buffer.from(files[file]) : await readFile(join(dir, file));
      if (isBuild && file === 'index.html') {
        const page = index(body.toString('utf8'));
        const opened = openDeclaredRoots ? page.replaceAll('shadowrootmode="closed"', 'shadowrootmode="open"') : page;
        body = Buffer.from(withInit(opened));
      }
      if (!isBuild && extname(file) === '.html') body = Buffer.from(withInit(host(body.toString('utf8'))));
      // The employers' editor's page: the start-up script first too.
      if (isBuild && file === join('editor', 'index.html')) body = Buffer.from(withInit(body.toString('utf8')));
      if (isBuild && file === 'sw.js' && files[file] === undefined) {
        // The service worker knows the SHA-256 of every file of its build, the page's too, and
        // refuses a copy that differs (web/sw.js). The test's own instrumentation of the page (its
        // declared root opened, a start-up script put first) is told to it, so that the offline copy
        // still installs; a page changed any other way (`index`, say) is refused, as on a real host.
        const built = await readFile(join(dir, 'index.html'), 'utf8');
        const instrumented = withInit(openDeclaredRoots ? built.replaceAll('shadowrootmode="closed"', 'shadowrootmode="open"') : built);
        const digest = (text) => createHash('sha256').update(text).digest('base64');
        body = Buffer.from(body.toString('utf8').replaceAll(digest(built), digest(instrumented)));
      }
      if (isBuild && file === join('editor', 'sw.js')) {
        // Likewise the editor's (its own build of web/sw.js): its page with the start-up script.
        const built = await readFile(join(dir, 'editor', 'index.html'), 'utf8');
        const digest = (text) => createHash('sha256').update(text).digest('base64');
        body = Buffer.from(body.toString('utf8').replaceAll(digest(built), digest(withInit(built))));
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const extra = typeof headers === 'function' ? headers(path) : headers;
      const common = {
        'content-security-policy': CSP,
        'cache-control': cache,
        etag,
        ...extra,
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, common).end();
        return;
      }
      const brotli = compress && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (brotli) {
        // Compressed once per file, as a host's pre-compressed files or cache would be.
        const key = `${dir}${file}:${etag}`;
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
      }
      response.writeHead(200, {
        ...(brotli ? { 'content-encoding': 'br' } : {}),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...common,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'cache-control': cache }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + SUB_PATH,
    careers: `${origin}${HOST_PATH}careers.html`,
    log,
    /** Serves `dir` at `path` (under this origin) from now on. */
    mount(path, dir) {
      table[path] = dir;
      builds.add(dir);
    },
    /**
     * No network from now on: every request fails as if nothing answered, but for the test's own
     * start-up script (where the engine needs one, WebKit's), which a real page would not have.
     */
    goDown() {
      down = true;
    },
    /** A slow network from now on: every answer to a path `matches` takes `ms` longer. */
    slow(ms, matches = () => true) {
      slow = { ms, matches };
    },
    /** Replaces the build at SUB_PATH with `dir`, as a host's deploy does: the old files are gone. */
    deploy(dir) {
      table[SUB_PATH] = dir;
      builds.add(dir);
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}

/**
 * The `<script>` and `<link>` elements of a built page, each as its attributes (`tag` names it):
 * release builds are minified, with attributes unquoted and in any order.
 */
export function builtTags(html) {
  return [...html.matchAll(/<(script|link)\b([^>]*)>/g)].map(([element, tag, attributes]) => ({
    element,
    tag,
    ...Object.fromEntries([...attributes.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)]
      .map(([, name, value]) => [name, value?.replace(/^["']|["']$/g, '') ?? ''])),
  }));
}

/** The boot script a build's index.html names. */
export const bootOf = (dist) => builtTags(readFileSync(join(dist, 'index.html'), 'utf8'))
  .find((tag) => tag.src?.includes('/boot-')).src.replace(/^\.\//, '');

/**
 * The cache a build's service worker keeps, as it names it (after its scope): the build's version
 * in its service worker's build values (web/sw.js), minified or not, `version: '<hash>'` with its
 * key quoted or not.
 */
export const cacheOf = (dist) => readFileSync(join(dist, 'sw.js'), 'utf8')
  .match(/["']?version["']?\s*:\s*["']([0-9a-f]{16})["']/)[1];

// Run on its own (`node tests/e2e/server.js`, after a release build), it serves the build and the
// example careers pages as the tests do, until stopped, and says where: for looking at them, such
// as the list of fourteen made-up jobs (example-jobs.html) on a phone-sized window.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve({ openDeclaredRoots: false });
  console.log(`The checker: ${server.url}`);
  for (const page of ['careers.html', 'careers-cy.html', 'example-jobs.html']) {
    console.log(`An example careers page: ${server.origin}${HOST_PATH}${page}`);
  }
}
