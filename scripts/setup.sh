#!/usr/bin/env bash
# Installs what building and testing the checker needs, skipping whatever is already there at the
# right version. Safe to run again and again. Sourced by serve.sh and test.sh.
#
# Nothing here downloads from GitHub: Rust tools come from crates.io, wasm-opt from npm (binaryen),
# the browsers from Debian. Trunk then runs with --offline.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen the app links against.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The two things this script cannot install for you: Rust by rustup (https://rustup.rs), and a
# machine where apt-get works for the rest. Node.js comes from Debian when it is missing.
if ! command -v rustup >/dev/null || ! command -v cargo >/dev/null; then
  say "needs Rust installed with rustup (rustup and cargo on PATH): see https://rustup.rs"
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Debian's nodejs and npm"
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y nodejs npm
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the Rust $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on a new machine)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: that lockfile names a crate the registry no longer has.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# What every program the build, the tests and the benchmarks call comes from (tests/setup.rs reads
# these lists and fails, naming it, when a script calls a program found in none of them):
# - given: Rust by rustup, git, Node.js, apt-get (and sudo, where this does not run as root), and
#   Debian's essential packages (coreutils, diffutils, findutils, grep, gzip, mawk, sed), on every
#   machine this runs on;
# - debian: program:package, each installed from Debian only where the program is missing;
# - from_npm: programs in the node packages below (binaryen's wasm-opt);
# - and the crates `cargo install`ed above.
given=(
  bash git rustup cargo rustc node npm apt-get sudo
  awk basename cat chmod cmp cp cut date dirname env find grep gzip head id kill ln ls mkdir
  mktemp mv rm sed sleep sort stat tail tee touch tr uname wc xargs
)
# The three engines the browser tests run in: Chromium; Firefox ESR; and WebKitGTK's MiniBrowser
# (in libwebkit2gtk-4.1-0) with its WebDriver, drawn on Xvfb since it has no headless mode.
# brotli and bc for the size check, valgrind for the instruction counts.
debian=(
  brotli:brotli bc:bc valgrind:valgrind callgrind_annotate:valgrind
  chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr
  WebKitWebDriver:webkit2gtk-driver Xvfb:xvfb xauth:xauth
)
export MINIBROWSER=/usr/lib/$(uname -m)-linux-gnu/webkit2gtk-4.1/MiniBrowser
missing=()
for entry in "${debian[@]}"; do
  command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
done
[ -x "$MINIBROWSER" ] || missing+=(libwebkit2gtk-4.1-0)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian's ${missing[*]}"
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y "${missing[@]}"
fi

# Node packages: playwright-core, puppeteer-core and selenium-webdriver to drive the three engines,
# axe for the browser tests; binaryen (wasm-opt) for the release build. Reinstalled only when the
# lockfile changes.
stamp=tests/e2e/node_modules/.installed-from-lockfile
if ! cmp -s tests/e2e/package-lock.json "$stamp" 2>/dev/null; then
  say "installing node packages from tests/e2e/package-lock.json"
  (cd tests/e2e && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund)
  cp tests/e2e/package-lock.json "$stamp"
fi

# The build's own node tools (scripts/build/package.json): terser, which minifies the JavaScript the
# release build ships, and eslint, which lints it. Reinstalled only when the lockfile changes.
stamp=scripts/build/node_modules/.installed-from-lockfile
if ! cmp -s scripts/build/package-lock.json "$stamp" 2>/dev/null; then
  say "installing node packages from scripts/build/package-lock.json"
  (cd scripts/build && npm ci --no-audit --no-fund)
  cp scripts/build/package-lock.json "$stamp"
fi

from_npm=(wasm-opt)
case "$(wasm-opt --version 2>/dev/null)" in
  *version_132*) ;;
  *) say "wasm-opt version_132 is not on PATH after installing binaryen"; exit 1 ;;
esac
