// Trunk post-build hook of the employers' editor (editor/Trunk.toml). Trunk writes an inline module
// script that starts the wasm; the strict Content-Security-Policy (docs/hosting.md) forbids inline
// scripts, so it is moved into a file of its own, loaded with Subresource Integrity, with
// web/editor-offline.js after it (the service worker's registration). Then it writes the editor's
// service worker, sw.js, from the checker's own (web/sw.js), which keeps this build for offline use.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeWorker } from './build/worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const sourceDir = join(process.env.TRUNK_SOURCE_DIR ?? process.cwd(), '..');
const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('editor: no inline boot script in index.html');
const source = `${found[1].trim()}\n${readFileSync(join(sourceDir, 'web', 'editor-offline.js'), 'utf8')}`;
const hash = createHash('sha384').update(source).digest('base64');
const name = `boot-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, name), source);
writeFileSync(page, html.replace(inline,
  `<script type="module" src="./${name}" integrity="sha384-${hash}" crossorigin="anonymous"></script>`));
// The checker's stylesheet, copied for the preview, keeps its name from build to build: the worker
// fetches it from the network first, as it does the page. Minified as the checker's is, with
// terser (one of the build's own node tools), in release builds.
const { minify } = process.env.TRUNK_PROFILE === 'release'
  ? await import(createRequire(new URL('./build/package.json', import.meta.url)).resolve('terser'))
  : {};
await writeWorker({ dir: staging, sourceDir, boot: name, stable: ['style.css'], hook: 'scripts/editor-post-build.mjs', minify });
