#!/usr/bin/env bash
# Prints the browser benchmark table (tests/e2e/bench.js): time to interactive, filter update time
# with 1,000 postings, and JS heap, under 4x CPU throttling and slow 4G. Builds what it needs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release --offline
cargo run --quiet -p eligibility-tools --bin catalogue -- generate 1000 > target/catalogue-1000.json
cd tests/e2e
node bench.js
