// The service worker a build ships as sw.js, from web/sw.js: the checker's (scripts/post-build.mjs)
// and the employers' editor's (scripts/editor-post-build.mjs), each keeping its own build for
// offline use in its own folder's scope. What the worker does is in web/sw.js's opening comment.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_MARKER, fill } from './fill.mjs';

const hash = (bytes, encoding) => createHash('sha256').update(bytes).digest(encoding);

/**
 * Writes `dir`/sw.js for the build in `dir` (every file in it, sw.js aside), from `sourceDir`'s
 * web/sw.js: `boot` names the build's boot script, `later` the files kept only once a page has
 * fetched them, `stable` those besides the page (index.html) whose names stay the same from build
 * to build (fetched from the network first), `hook` the hook that writes it (for the file's first
 * line), and `minify` (terser's, in release builds) ships it without comments.
 */
export async function writeWorker({ dir, sourceDir, boot, later = [], stable = [], hook, minify }) {
  // Everything built, in a stable order; the build's name is a hash of all of it.
  const files = readdirSync(dir).filter((f) => f !== 'sw.js').sort();
  const version = hash(files.map((f) => `${f}:${hash(readFileSync(join(dir, f)), 'hex')}`).join('\n'), 'hex').slice(0, 16);
  // The worker checks every copy it serves against these SHA-256s (base64): its page's too, as './'.
  const digests = Object.fromEntries(files.map((f) => [`./${f}`, hash(readFileSync(join(dir, f)), 'base64')]));
  const worker = fill(readFileSync(join(sourceDir, 'web', 'sw.js'), 'utf8'), 'web/sw.js', {
    [BUILD_MARKER]: JSON.stringify({
      version,
      boot,
      files: { './': digests['./index.html'], ...digests },
      later: later.map((f) => `./${f}`),
      stable: ['./', './index.html', ...stable.map((f) => `./${f}`)],
    }),
  });
  // Like the boot script: a release build ships it minified, and both keep one line that says
  // where it came from.
  const header = `// Generated from web/sw.js by ${hook} for one build: keeps this build for offline use.\n`;
  writeFileSync(join(dir, 'sw.js'), header + (minify
    ? (await minify(worker, { compress: true, mangle: true, format: { comments: false } })).code
    : worker));
}
