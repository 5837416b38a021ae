// The post-build hook, run as Trunk runs it on a staging folder shaped like Trunk's own output, in
// seconds and without a browser: the boot script and the service worker it writes from web/ carry
// this build's names and hashes and no placeholder, parse, and the service worker caches exactly
// the files of the build. (The browser tests, tests/e2e, run the real build in three engines.)
//
//   node --test scripts/build/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { BUILD_MARKER, fill } from './fill.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const HOOK = join(REPO, 'scripts', 'post-build.mjs');
const SCOPE = 'https://careers.example/jobs/checker/';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
/** The attributes of every <script> and <link> in a page, by name (as tests/e2e/server.js reads them). */
const tagsOf = (html) => [...html.matchAll(/<(script|link)\b([^>]*)>/g)].map(([, tag, attributes]) => ({
  tag,
  ...Object.fromEntries([...attributes.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s"'>]+))?/g)]
    .map(([, name, value]) => [name, value?.replace(/^["']|["']$/g, '') ?? ''])),
}));

/**
 * A staging folder as Trunk leaves it for the hook: the page with Trunk's inline boot script, the
 * wasm-bindgen glue and wasm, the stylesheet. The page's checker names postings of its own, so the
 * hook does not prerender (that runs the app's own code: the browser tests check it).
 */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'post-build-'));
  const glue = 'export default async function init() {}\nexport function mount(element) { return { element }; }\n';
  const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  const css = 'body { margin: 0 }\n';
  // The build with JSON-LD reading, made up as the other is (the hook would build it: EC_JSONLD_DIR).
  mkdirSync(`${dir}-jsonld`);
  writeFileSync(join(`${dir}-jsonld`, 'jsonld.js'), `${glue}// with JSON-LD\n`);
  writeFileSync(join(`${dir}-jsonld`, 'jsonld_bg.wasm'), Buffer.concat([wasm, Buffer.from([0])]));
  writeFileSync(join(dir, 'app-0123456789abcdef.js'), glue);
  writeFileSync(join(dir, 'app-0123456789abcdef_bg.wasm'), wasm);
  writeFileSync(join(dir, 'style-fedcba9876543210.css'), css);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang=en><head>'
    + `<link rel=stylesheet href=./style-fedcba9876543210.css integrity=${sri(css)} crossorigin=anonymous>`
    + `<link rel=modulepreload href=./app-0123456789abcdef.js crossorigin=anonymous integrity=${sri(glue)}>`
    + `<link rel=preload href=./app-0123456789abcdef_bg.wasm crossorigin=anonymous integrity=${sri(wasm)} as=fetch type=application/wasm>`
    + '<script type=module>\nimport init, * as bindings from \'./app-0123456789abcdef.js\';\n'
    + 'const wasm = await init({ module_or_path: \'./app-0123456789abcdef_bg.wasm\' });\n'
    + 'window.wasmBindings = bindings;\n</script>'
    + '</head><body><eligibility-checker postings=./jobs.json offline></eligibility-checker></body></html>');
  return dir;
}

/** Runs the hook on a fresh staging folder; returns the folder and what the hook wrote in it. */
function build({ release = true, label } = {}) {
  const dir = stage();
  const env = { ...process.env, TRUNK_STAGING_DIR: dir, TRUNK_SOURCE_DIR: REPO, EC_JSONLD_DIR: `${dir}-jsonld` };
  delete env.EC_BUILD_LABEL;
  if (label) env.EC_BUILD_LABEL = label;
  if (release) env.TRUNK_PROFILE = 'release';
  else delete env.TRUNK_PROFILE;
  const run = spawnSync(process.execPath, [HOOK], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, `the hook failed:\n${run.stderr}`);
  rmSync(`${dir}-jsonld`, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const bootTag = tagsOf(html).find((tag) => tag.tag === 'script');
  const boot = readFileSync(join(dir, bootTag.src), 'utf8');
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return { dir, html, bootTag, boot, sw };
}

/**
 * Runs a service worker script in a sandbox with the browser's caches and events faked, installs
 * it, and returns what it cached. `body(url)` is what the network answers for a URL in its scope.
 */
async function install(sw, body) {
  const listeners = {};
  const opened = [];
  const cached = [];
  const cache = { put: async (url) => { cached.push(url); } };
  const context = vm.createContext({
    self: {
      registration: { scope: SCOPE },
      addEventListener: (type, listener) => { listeners[type] = listener; },
      clients: { claim: async () => {} },
    },
    caches: { open: async (name) => { opened.push(name); return cache; }, keys: async () => [] },
    fetch: async (url) => new Response(body(url)),
    URL,
    crypto,
    btoa,
  });
  vm.runInContext(sw, context, { filename: 'sw.js' });
  let installed;
  listeners.install({ waitUntil: (promise) => { installed = promise; } });
  await installed;
  return { cached, opened };
}

/** What a host serves for a URL in the scope: the built file, byte for byte. */
const served = (dir) => (url) => readFileSync(join(dir, url === SCOPE ? 'index.html' : url.slice(SCOPE.length)));

for (const release of [true, false]) {
  const profile = release ? 'release' : 'debug';

  test(`the page loads the boot script by its content's hash and integrity (${profile})`, (t) => {
    const { dir, html, bootTag, boot } = build({ release });
    t.after(() => rmSync(dir, { recursive: true }));
    assert.doesNotMatch(html, /<script type=module>\s*import/, 'Trunk\'s inline boot script is gone');
    assert.match(bootTag.src, /^\.\/boot-[0-9a-f]{16}\.js$/);
    assert.equal(bootTag.type, 'module');
    assert.equal(bootTag.integrity, sri(boot));
    assert.equal(readFileSync(join(dir, 'embed.js'), 'utf8').match(/import '(.*)'/)[1], bootTag.src);
    assert.doesNotMatch(html, /\.wasm/, 'the wasm is not preloaded');
    // The glue was rewritten in a release build, so its preload's integrity is the new file's.
    const preload = tagsOf(html).find((tag) => tag.rel === 'modulepreload');
    assert.equal(preload.integrity, sri(readFileSync(join(dir, preload.href))));
  });

  test(`the boot script carries this build's names and hashes, and no placeholder (${profile})`, (t) => {
    const { dir, boot } = build({ release });
    t.after(() => rmSync(dir, { recursive: true }));
    assert.match(boot.split('\n')[0], /^\/\/ Generated from web\/boot\.js by scripts\/post-build\.mjs/);
    assert.ok(!boot.includes(BUILD_MARKER) && !boot.includes('glue.js'), boot);
    const file = (name) => readFileSync(join(dir, name));
    const jsonld = readdirSync(dir).filter((f) => /^jsonld-[0-9a-f]{16}(\.js|_bg\.wasm)$/.test(f)).sort();
    assert.equal(jsonld.length, 2, 'the build with JSON-LD reading: its glue and its wasm');
    assert.match(file(jsonld[0]).toString(), /mount/, 'its glue');
    for (const value of [
      'style-fedcba9876543210.css', sri(file('style-fedcba9876543210.css')),
      'app-0123456789abcdef.js', 'app-0123456789abcdef_bg.wasm', sri(file('app-0123456789abcdef_bg.wasm')),
      ...jsonld, sri(file(jsonld[1])),
    ]) assert.ok(boot.includes(value), `the boot script names ${value}`);
    const builtin = readdirSync(dir).find((f) => /^builtin-[0-9a-f]{16}\.json$/.test(f));
    assert.ok(boot.includes(builtin) && boot.includes(sri(file(builtin))), 'the built-in data and its hash');
    // It parses as the module it is (node checks the syntax only; it does not run it).
    const copy = join(dir, 'boot-check.mjs');
    writeFileSync(copy, boot);
    const check = spawnSync(process.execPath, ['--check', copy], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  test(`the service worker caches every file of the build and nothing else, the JSON-LD build only once used (${profile})`, async (t) => {
    const { dir, bootTag, sw } = build({ release });
    t.after(() => rmSync(dir, { recursive: true }));
    assert.match(sw.split('\n')[0], /^\/\/ Generated from web\/sw\.js by scripts\/post-build\.mjs/);
    assert.ok(!sw.includes(BUILD_MARKER), sw);
    const { cached, opened } = await install(sw, served(dir));
    // The schema is for employers' editors: published, never cached for applicants. The build that
    // reads JobPosting markup is kept once a page has fetched it, not fetched ahead.
    const jsonld = readdirSync(dir).filter((f) => f.startsWith('jsonld-'));
    assert.equal(jsonld.length, 2);
    for (const f of jsonld) assert.ok(sw.includes(f), `${f} is in the worker's list, for its digest`);
    const files = readdirSync(dir).filter((f) => f !== 'sw.js' && f !== 'posting.schema.json' && !jsonld.includes(f));
    assert.deepEqual(cached.sort(), [SCOPE, ...files.map((f) => SCOPE + f)].sort());
    assert.ok(files.includes(bootTag.src.slice(2)) && files.includes('embed.js'));
    // Its cache is named after its scope and this build, as tests/e2e/hosting.test.js reads it.
    const version = sw.match(/["']?version["']?\s*:\s*["']([0-9a-f]{16})["']/)?.[1];
    assert.ok(version, 'the build\'s version, readable in sw.js');
    assert.deepEqual([...new Set(opened)], [`eligibility-checker ${SCOPE} ${version}`]);
  });
}

test('the posting files\' schema is published at a name that stays the same, as docs/ has it', (t) => {
  const { dir, sw } = build();
  t.after(() => rmSync(dir, { recursive: true }));
  assert.deepEqual(
    readFileSync(join(dir, 'posting.schema.json')),
    readFileSync(join(REPO, 'docs', 'posting.schema.json')),
  );
  assert.ok(!sw.includes('posting.schema.json'), 'not in the service worker\'s offline copy');
});

test('the scripts read every build value the hook supplies, and no other', (t) => {
  // A debug build ships the values as the hook wrote them: `const BUILD = {...JSON...};`.
  const { dir, boot, sw } = build({ release: false });
  t.after(() => rmSync(dir, { recursive: true }));
  for (const [source, shipped] of [['web/boot.js', boot], ['web/sw.js', sw]]) {
    const supplied = Object.keys(JSON.parse(shipped.match(/^const BUILD = (\{.*\});$/m)[1])).sort();
    const read = new Set([...readFileSync(join(REPO, source), 'utf8').matchAll(/\bBUILD\.(\w+)/g)]
      .map(([, key]) => key));
    assert.deepEqual([...read].sort(), supplied, source);
  }
});

test('the service worker will not install a file that is not byte for byte this build\'s', async (t) => {
  const { dir, sw } = build();
  t.after(() => rmSync(dir, { recursive: true }));
  const file = served(dir);
  // Another build's page (the host kept it), and a page a host changed on the way.
  const stale = (url) => (url === SCOPE ? '<script type="module" src="./boot-0000000000000000.js"></script>' : file(url));
  await assert.rejects(install(sw, stale), /is not this build's: its SHA-256 differs/);
  const changed = (url) => (url.endsWith('embed.js') ? `${file(url)}\n// a host's banner` : file(url));
  await assert.rejects(install(sw, changed), /embed\.js is not this build's/);
});

test('a labelled build has its own boot script, and so its own cache', (t) => {
  const first = build();
  const next = build({ label: 'next' });
  t.after(() => [first, next].forEach(({ dir }) => rmSync(dir, { recursive: true })));
  assert.match(next.boot.split('\n')[0], / Build next\.$/);
  assert.notEqual(next.bootTag.src, first.bootTag.src);
  const versionOf = (sw) => sw.match(/version["']?\s*:\s*["']([0-9a-f]{16})["']/)[1];
  assert.notEqual(versionOf(next.sw), versionOf(first.sw));
});

test('each placeholder must be there exactly once, or the build stops', () => {
  const values = { [BUILD_MARKER]: '{"a":1}' };
  assert.equal(fill(`const BUILD = ${BUILD_MARKER};`, 'x.js', values), 'const BUILD = {"a":1};');
  assert.throws(() => fill('const BUILD = {};', 'x.js', values), /x\.js: expected .* once, found it 0 times/);
  assert.throws(() => fill(`${BUILD_MARKER}; ${BUILD_MARKER}`, 'x.js', values), /found it 2 times/);
  for (const source of ['web/boot.js', 'web/sw.js']) {
    const text = readFileSync(join(REPO, source), 'utf8');
    assert.equal(text.split(BUILD_MARKER).length, 2, `${source} holds one ${BUILD_MARKER}`);
  }
});
