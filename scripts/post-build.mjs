// Trunk post-build hook. Trunk writes an inline boot script into index.html; this replaces it with
// files of our own, so the checker runs under a strict Content-Security-Policy and can be embedded:
//
// - boot-<hash>.js, from web/boot.js: starts the checker. index.html loads it with Subresource
//   Integrity.
// - embed.js: a stable name for employers' snippets; it imports the current boot script.
// - sw.js, from web/sw.js: a service worker that keeps this build for offline use.
//
// What the boot script and the service worker do is in their own files' opening comments. For
// them this hook gathers the build's file names and hashes, puts them into each file's one
// `@build` placeholder (scripts/build/fill.mjs), minifies them in release builds, and writes them.
// It also writes the built-in data (the core makes it: the builtin-data tool) and the prerendered
// first screen (the prerender tool), points index.html at the boot script, and publishes the
// posting files' JSON Schema as posting.schema.json.
//
// It builds the app a second time, with Cargo's `jsonld` feature (the reading of a careers page's
// JobPosting markup, which the build Trunk makes leaves out), through the same wasm-bindgen and
// wasm-opt, and names it jsonld-<hash>.js and jsonld-<hash>_bg.wasm: the boot script starts it only
// where a checker in the page names a criteria file. EC_JSONLD_DIR names a folder holding that
// build's jsonld.js and jsonld_bg.wasm already made (the hook's own tests give a made-up one).
//
// In release builds it also minifies wasm-bindgen's JS glue with terser (Trunk's own minifier
// cannot read it, and says so with a warning): 42.9 KB to 18.9 KB, 6.9 KB to 5.0 KB brotli.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUILD_MARKER, fill } from './build/fill.mjs';
import { writeWorker } from './build/worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
// A source file from web/, with its placeholders filled in (see scripts/build/fill.mjs).
const filled = (file, replacements) => {
  try {
    return fill(readFileSync(join(sourceDir, file), 'utf8'), file, replacements);
  } catch (error) {
    return fail(error.message);
  }
};
// What a program the hook runs printed, or the build stops saying `what` failed and why.
const TOOL = { cwd: sourceDir, encoding: 'utf8', maxBuffer: 64 << 20 };
const printed = (what, result) => (result.status === 0
  ? result.stdout
  : fail(`${what} failed:\n${result.stderr || result.error}`));
const hash = (text, algorithm = 'sha256', encoding = 'hex') =>
  createHash(algorithm).update(text).digest(encoding);

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Trunk's output, minified in release builds (attributes reordered, quotes dropped).
const attributesOf = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)]
  .map(([, name, value]) => [name, value?.replace(/^["']|["']$/g, '') ?? '']));
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attributes]) => attributesOf(attributes).type === 'module' && !attributesOf(attributes).src);
if (inline.length !== 1) fail(`expected one inline module script in index.html, found ${inline.length}`);
const js = inline[0][2].match(/from ?["']\.\/([^"']+\.js)["']/)?.[1] ?? fail('no app script in the boot script');
const wasm = inline[0][2].match(/["']\.\/([^"']+\.wasm)["']/)?.[1] ?? fail('no wasm in the boot script');
const stylesheet = [...html.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) => attributesOf(attributes))
  .find((link) => link.rel === 'stylesheet' && link.integrity)
  ?? fail('no stylesheet with integrity in index.html');
const [css, cssIntegrity] = [stylesheet.href.replace(/^\.\//, ''), stylesheet.integrity];

const wasmIntegrity = `sha384-${hash(readFileSync(join(dir, wasm)), 'sha384', 'base64')}`;

const release = process.env.TRUNK_PROFILE === 'release';
// terser is one of the build's own node tools (scripts/build/package.json, installed by setup.sh).
const { minify } = release
  ? await import(createRequire(new URL('./build/package.json', import.meta.url)).resolve('terser'))
  : {};
if (release) {
  const glue = join(dir, js);
  const before = readFileSync(glue, 'utf8');
  const { code } = await minify(before, { module: true, compress: true, mangle: true });
  writeFileSync(glue, code);
  // The page preloads the glue with Trunk's integrity hash of the unminified file.
  const preload = [...html.matchAll(/<link\b([^>]*)>/g)]
    .find(([, attributes]) => attributesOf(attributes).href?.replace(/^\.\//, '') === js);
  if (!preload) fail(`no modulepreload of ${js} in index.html`);
  const old = attributesOf(preload[1]).integrity ?? fail(`no integrity on the preload of ${js}`);
  html = html.replace(old, `sha384-${hash(code, 'sha384', 'base64')}`);
}

// The build with the reading of JobPosting markup (Cargo.toml, "jsonld"): Cargo's default
// features, in Trunk's target folder (the dependencies are the same, so only the app is built
// again; Trunk has read its own build's wasm by now).
const jsonldDir = process.env.EC_JSONLD_DIR ?? (() => {
  const out = mkdtempSync(join(tmpdir(), 'jsonld-'));
  const target = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
  printed('building the app with JSON-LD reading', spawnSync('cargo',
    ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'eligibility-checker', ...(release ? ['--release'] : [])], TOOL));
  const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'eligibility-checker.wasm');
  printed('wasm-bindgen on the app with JSON-LD reading', spawnSync('wasm-bindgen',
    ['--target=web', `--out-dir=${out}`, '--out-name=jsonld', '--no-typescript', built], TOOL));
  if (release) {
    // wasm-opt as Trunk runs it for the other build, with index.html's level and parameters.
    const source = readFileSync(join(sourceDir, 'index.html'), 'utf8');
    const link = [...source.matchAll(/<link\b([^>]*)>/g)].map(([, attributes]) => attributesOf(attributes))
      .find((attributes) => attributes.rel === 'rust') ?? fail('no rust link in index.html');
    const wasmFile = join(out, 'jsonld_bg.wasm');
    printed('wasm-opt on the app with JSON-LD reading', spawnSync('wasm-opt',
      [`--output=${wasmFile}`, `-O${link['data-wasm-opt']}`, wasmFile, ...link['data-wasm-opt-params'].split(/\s+/).filter(Boolean)], TOOL));
  }
  return out;
})();
let jsonldGlue = readFileSync(join(jsonldDir, 'jsonld.js'), 'utf8');
if (release) jsonldGlue = (await minify(jsonldGlue, { module: true, compress: true, mangle: true })).code;
const jsonldWasm = readFileSync(join(jsonldDir, 'jsonld_bg.wasm'));
const jsonldName = `jsonld-${hash(Buffer.concat([Buffer.from(jsonldGlue), jsonldWasm])).slice(0, 16)}`;
writeFileSync(join(dir, `${jsonldName}.js`), jsonldGlue);
writeFileSync(join(dir, `${jsonldName}_bg.wasm`), jsonldWasm);
const jsonld = {
  js: `${jsonldName}.js`,
  wasm: `${jsonldName}_bg.wasm`,
  wasmIntegrity: `sha384-${hash(jsonldWasm, 'sha384', 'base64')}`,
};

// The built-in data, beside the code rather than in the wasm: the question bank (postings/
// questions.json), which every file of postings without questions of its own uses, and every other
// posting file in postings/, in file-name order. Made by the core (eligibility_core::builtin::data),
// the same code the tests and tools load it through, so the page gets each file as written.
// Content-named, so a page never reads another deploy's data.
const builtinText = printed('making the built-in data',
  spawnSync('cargo', ['run', '--quiet', '-p', 'eligibility-tools', '--bin', 'builtin-data'], TOOL));
const builtinFile = `builtin-${hash(builtinText).slice(0, 16)}.json`;
writeFileSync(join(dir, builtinFile), builtinText);
const builtinIntegrity = `sha384-${hash(builtinText, 'sha384', 'base64')}`;

// EC_BUILD_LABEL names a build in its boot script, so that two builds of one source differ (the
// browser tests deploy a second build over the first).
const label = process.env.EC_BUILD_LABEL ? ` Build ${process.env.EC_BUILD_LABEL.replace(/[^\w.-]/g, '')}.` : '';
const boot = filled('web/boot.js', {
  [BUILD_MARKER]: JSON.stringify({
    css, cssIntegrity, builtin: builtinFile, builtinIntegrity, app: { js, wasm, wasmIntegrity }, jsonld,
  }),
});
// The comments in web/boot.js are for whoever reads it; applicants need not download them. A
// release build ships it minified, and both keep one line that says where it came from.
const bootHeader = `// Generated from web/boot.js by scripts/post-build.mjs: starts the checker. See docs/embedding.md.${label}\n`;
// Two passes: the first takes BUILD's values out of the object, the second puts each where it is
// read, so the values cost what they would written in place (one pass ships 47 B more, brotli).
const shipped = bootHeader + (release
  ? (await minify(boot, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code
  : boot.replace(/^\s*\/\/.*\n/gm, '').replace(/; \/\/ .*$/gm, ';'));
const bootFile = `boot-${hash(shipped).slice(0, 16)}.js`;
writeFileSync(join(dir, bootFile), shipped);
writeFileSync(join(dir, 'embed.js'), `// A stable name for embedding: loads the current build of the checker.\nimport './${bootFile}';\n`);
const tag = `<script type="module" src="./${bootFile}" integrity="sha384-${hash(shipped, 'sha384', 'base64')}" crossorigin="anonymous"></script>`;
html = html.replace(inline[0][0], tag);

// The first screen, prerendered: the standalone page's <eligibility-checker> is given a declarative
// closed shadow root holding the stylesheet and the list of the built-in postings, rendered by the
// checker's own views (tools/src/prerender.rs) for the day of the build. The app takes it over
// when it starts. The light DOM keeps the <noscript> message, shown first through the <slot> when
// JavaScript is off; the "Loading" line goes, as there is nothing left to wait for.
const host = html.match(/<eligibility-checker\b([^>]*)>/);
if (host && !['postings', 'criteria', 'posting'].some((name) => name in attributesOf(host[1]))) {
  const day = process.env.EC_PRERENDER_DATE ?? new Date().toLocaleDateString('sv'); // YYYY-MM-DD, local
  const prerender = printed('prerendering the first screen',
    spawnSync('cargo', ['run', '--quiet', '-p', 'eligibility-tools', '--bin', 'prerender', '--', day], TOOL));
  const template = '<template shadowrootmode="closed">'
    + `<link rel="stylesheet" href="./${css}" integrity="${cssIntegrity}"><slot></slot>`
    + `${prerender.trim()}</template>`;
  html = html.replace(host[0], host[0] + template).replace(/<p class="?ec-loading"?>[^<]*<\/p>/, '');
}
// The wasm is not preloaded: the boot script asks for it once the first screen is painted.
html = html.replace(/<link\b[^>]*\.wasm[^>]*>/, '');
writeFileSync(indexPath, html);

// The service worker, which keeps this build for offline use: the build that reads JobPosting
// markup it keeps only once a page has used it, not fetched ahead (most pages never do).
try {
  await writeWorker({
    dir, sourceDir, boot: bootFile, later: [jsonld.js, jsonld.wasm], stable: ['embed.js'], hook: 'scripts/post-build.mjs', minify,
  });
} catch (error) {
  fail(error.message);
}

// The posting files' JSON Schema (docs/posting.schema.json), at a name that stays the same from
// build to build, so that a posting file kept anywhere can name it as its "$schema" and an editor
// checks it as the checker will: <where the checker is>/posting.schema.json. It is for employers'
// editors, not applicants, so it is written after the service worker's list: never cached for
// offline use, never part of the first load.
writeFileSync(join(dir, 'posting.schema.json'), readFileSync(join(sourceDir, 'docs', 'posting.schema.json')));
