#!/usr/bin/env bash
# Prints Lighthouse's figures for the standalone page with the built-in postings (bench/lighthouse/
# run.mjs): mobile preset, the release build served with brotli by the tests' static server,
# median of 5 runs (or of $1); then the same for the employers' editor (editor/), beside it with
# no budget. Installs Lighthouse 12.2.3 there on first use (13 needs Node 22).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
stamp=bench/lighthouse/node_modules/.installed-from-lockfile
if ! cmp -s bench/lighthouse/package-lock.json "$stamp" 2>/dev/null; then
  say "installing Lighthouse from bench/lighthouse/package-lock.json"
  (cd bench/lighthouse && npm ci --no-audit --no-fund)
  cp bench/lighthouse/package-lock.json "$stamp"
fi
trunk build --release --offline
scripts/build-editor.sh --release --offline
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} node bench/lighthouse/run.mjs "${1:-5}"
echo
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} node bench/lighthouse/run.mjs "${1:-5}" editor/
