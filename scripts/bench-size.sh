#!/usr/bin/env bash
# Prints the first-load bytes of the release build in dist/: each asset raw, gzip -9 and brotli -q 11,
# and the first-load total: everything the standalone page fetches before it is interactive, the
# page itself (index.html, with the prerendered first screen), its code (the wasm, its JS glue, the
# boot script, the stylesheet) and data (builtin-*.json: the question bank and the postings).
# sw.js (fetched after load, and only where the page opts in to offline use), embed.js (only
# for employers' snippets) and posting.schema.json (only for employers' editors) are listed but not
# counted. The ceiling is 160 KiB brotli. Run after
# `trunk build --release --offline`.
#
# The app is built twice (Cargo.toml, "jsonld"): the build with the reading of a careers page's
# JobPosting markup (jsonld-*) is loaded only by a page with a checker that names a criteria file.
# It is listed, not counted in the standalone page's total; its own first load (a careers page:
# embed.js, the boot script, that build, the stylesheet and the built-in data) is printed after,
# and checked against the same ceiling with --check-jsonld.
#
# With --floor it also builds bench/yew-counter (a bare Yew counter with the same release profile
# and tools) and prints its code total: the floor any Yew app starts from, against which the
# budget in docs/performance.md is read.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
command -v brotli >/dev/null || { echo "bench-size: needs brotli (apt-get install brotli)"; exit 1; }

# br FILE: its size compressed as a host would send it, brotli -q 11.
br() { brotli -c -q 11 "$1" | wc -c; }

# sizes DIR LABEL: a row per asset, then the code total labelled LABEL.
sizes() {
  local dir=$1 label=$2 total_raw=0 total_gz=0 total_br=0 f raw gz br
  for f in "$dir"/*.wasm "$dir"/*.js "$dir"/*.css "$dir"/*.html "$dir"/*.json; do
    [ -e "$f" ] || continue
    raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(br "$f")
    printf '%-44s %9d %9d %9d\n' "$(basename "$f")" "$raw" "$gz" "$br"
    case "$(basename "$f")" in sw.js|embed.js|posting.schema.json|jsonld-*) ;; *) total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br)) ;; esac
  done
  printf '%-44s %9d %9d %9d\n' "$label" "$total_raw" "$total_gz" "$total_br"
  printf '%-44s %9.1f %9.1f %9.1f\n' "$label, KiB" "$(echo "$total_raw/1024" | bc -l)" "$(echo "$total_gz/1024" | bc -l)" "$(echo "$total_br/1024" | bc -l)"
}

printf '%-44s %9s %9s %9s\n' file raw gzip brotli
sizes dist "first load (page, code and built-in data)"

if [ "${1:-}" = "--floor" ]; then
  echo
  log=target/yew-counter.log
  mkdir -p target
  if ! (cd bench/yew-counter && CARGO_TARGET_DIR="$PWD/../../target/yew-counter" trunk build --release --offline) >"$log" 2>&1; then
    tail -20 "$log"; echo "bench-size: building bench/yew-counter failed (whole log: $log)"; exit 1
  fi
  sizes bench/yew-counter/dist "bare Yew counter (wasm + js)"
fi

# The ceiling, from the byte count above (deterministic for a given build, so safe to check in CI).
ceiling=$((160 * 1024))
first_load=$(sizes dist "" | tail -2 | head -1 | awk '{print $NF}')
if [ "$first_load" -le "$ceiling" ]; then
  echo "first load: $first_load B brotli, within the ceiling of $ceiling B (160 KiB) by $((ceiling - first_load)) B"
else
  echo "first load: $first_load B brotli, OVER the ceiling of $ceiling B (160 KiB) by $((first_load - ceiling)) B"
  [ "${1:-}" = "--check" ] && exit 1
fi

# A careers page whose checker names a criteria file: embed.js and the boot script, the build with
# JSON-LD reading, the stylesheet and the built-in data (the page is the employer's).
jsonld_load=0
for f in dist/embed.js dist/boot-*.js dist/jsonld-*.js dist/jsonld-*_bg.wasm dist/style-*.css dist/builtin-*.json; do
  jsonld_load=$((jsonld_load + $(br "$f")))
done
if [ "$jsonld_load" -le "$ceiling" ]; then
  echo "first load of a careers page joining its JobPosting markup: $jsonld_load B brotli, within the ceiling by $((ceiling - jsonld_load)) B"
else
  echo "first load of a careers page joining its JobPosting markup: $jsonld_load B brotli, OVER the ceiling by $((jsonld_load - ceiling)) B"
  [ "${1:-}" = "--check-jsonld" ] && exit 1
fi

# The employers' editor (dist/editor, built by scripts/build-editor.sh): a page of its own that
# applicants never load, so a line of its own and never in the totals above.
if [ -d dist/editor ]; then
  editor_load=0
  for f in dist/editor/*.wasm dist/editor/*.js dist/editor/*.css dist/editor/index.html; do
    [ -e "$f" ] && editor_load=$((editor_load + $(br "$f")))
  done
  echo "the employers' editor (dist/editor, not in the first load): $editor_load B brotli"
fi
