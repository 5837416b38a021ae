#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: formatting, lints (native, wasm
# and JavaScript), the post-build hook's tests, the native core, reducer and render tests, the
# release build, and the browser tests against that build served from a sub-path, in Chromium,
# Firefox and WebKit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all --check
step "eslint: the JavaScript that ships (web/) and the build scripts"
scripts/build/node_modules/.bin/eslint --config scripts/build/eslint.config.mjs web scripts
step "node --test scripts/build: the post-build hook writes the boot script and service worker"
node --test scripts/build/
step "cargo clippy (native, every member, all targets)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "cargo clippy (wasm32: the core and the app)"
cargo clippy --target wasm32-unknown-unknown -p eligibility-core -p eligibility-checker --quiet -- -D warnings
step "cargo clippy (wasm32: the app without JSON-LD reading, the build most pages start)"
cargo clippy --target wasm32-unknown-unknown -p eligibility-checker --no-default-features --quiet -- -D warnings
step "cargo test (every member: the core, the app's reducer and views, the tools, the repo's checks)"
cargo test --workspace --quiet
step "trunk build --release"
trunk build --release --offline
step "the employers' editor, into dist/editor"
scripts/build-editor.sh --release --offline
step "first-load bytes, code and built-in data, within the 160 KiB ceiling (byte counts)"
bash scripts/bench-size.sh --check
# A second build of the same source, with a different boot script (labelled), for the browser
# tests that deploy a new build over the first, or host both on one origin.
step "trunk build --release, labelled next (a second deploy, for the hosting tests)"
EC_BUILD_LABEL=next trunk build --release --offline --dist target/dist-next
step "synthetic catalogue of 1,000 postings for the browser tests"
cargo run --quiet -p eligibility-tools --bin catalogue -- generate 1000 > target/catalogue-1000.json
cd tests/e2e
# Every browser test in Chromium; the flows, the privacy checks, each engine's own checks
# (engines.test.js), the standalone page in Welsh and the employers' editor in Firefox and WebKit too. Each run prints its own count of tests (and the
# engine's version); all three run even when one fails, and then the whole run fails.
failed=()
run() {
  local engine=$1
  shift
  # Node's timeout covers each file as a whole too: WebKit on a shared 2-core machine took over
  # 300 s for flows.test.js. Ten minutes still stops a hung test.
  ENGINE=$engine node --test --test-concurrency=1 --test-timeout=600000 "$@" || failed+=("$engine")
}
step "browser tests in Chromium: every file (release build hosted as a careers site hosts it)"
run chromium
for engine in firefox webkit; do
  step "browser tests in $engine: flows, privacy, accessibility, offline, back-forward cache, host page, Welsh, editor"
  run "$engine" flows.test.js privacy.test.js engines.test.js welsh.test.js editor.test.js editor-screens.test.js editor-rules.test.js \
    editor-question.test.js editor-welsh.test.js
done
if [ ${#failed[@]} -gt 0 ]; then
  printf '\nbrowser tests failed in: %s\n' "${failed[*]}"
  exit 1
fi
