// Trunk post-build hook: moves the boot script Trunk writes inline into index.html out to a file of
// its own, named by its hash and loaded with Subresource Integrity. The page then runs under a
// Content-Security-Policy with no 'unsafe-inline' (see README, "Hosting it").
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-boot: run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalize-boot: expected one inline module script in ${indexPath}, found ${found.length}`);
  process.exit(1);
}
const [whole, body] = found[0];
// The bindings need not be a global: nothing outside the app uses them.
const code = body.replace(/\n?window\.wasmBindings = bindings;\n?/, '\n').trim() + '\n';
const digest = (algorithm, encoding) => createHash(algorithm).update(code).digest(encoding);
const file = `boot-${digest('sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, file), code);
const tag = `<script type="module" src="./${file}" integrity="sha384-${digest('sha384', 'base64')}" crossorigin="anonymous"></script>`;
writeFileSync(indexPath, html.replace(whole, tag));
