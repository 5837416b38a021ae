#!/usr/bin/env bash
# The whole performance benchmark, as tables: first-load bytes of the release build (and of a bare
# Yew counter, the floor), native evaluation time and instructions from 10 to 10,000 postings,
# Lighthouse's mobile figures for the standalone page, and the browser figures under 4x CPU
# throttling and slow 4G. Installs what is missing
# first. Numbers, not pass or fail: compare them
# with the budgets in docs/performance.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo "== First-load bytes (release build)"
trunk build --release --offline >/dev/null 2>&1
scripts/bench-size.sh --floor
echo
echo "== Evaluation, native (opt-level 3)"
cargo run --quiet --profile bench -p eligibility-tools --bin catalogue -- bench
echo
echo "== Hostile files, native (opt-level 3): linear, and no message grows with the file"
cargo run --quiet --profile bench -p eligibility-tools --bin catalogue -- hostile
echo
echo "== Evaluation, instructions counted by callgrind (the same on a busy machine)"
scripts/bench-instructions.sh
echo
echo "== In the browser"
scripts/bench-browser.sh 2>&1 | grep -v 'INFO'
echo
echo "== Lighthouse, mobile (the standalone page, built-in postings)"
scripts/bench-lighthouse.sh 2>&1 | grep -v 'INFO'
