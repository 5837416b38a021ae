#!/usr/bin/env bash
# Prints the first-load bytes of the release build in dist/: each asset raw, gzip -9 and brotli -q 11,
# and the code total (wasm + js + css). Run after `trunk build --release --offline`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v brotli >/dev/null || { echo "bench-size: needs brotli (apt-get install brotli)"; exit 1; }
printf '%-44s %9s %9s %9s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for f in dist/*.wasm dist/*.js dist/*.css dist/*.html; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -c -q 11 "$f" | wc -c)
  printf '%-44s %9d %9d %9d\n' "$(basename "$f")" "$raw" "$gz" "$br"
  case "$f" in *.html) ;; *) total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br)) ;; esac
done
printf '%-44s %9d %9d %9d\n' "code (wasm + js + css)" "$total_raw" "$total_gz" "$total_br"
printf '%-44s %9.1f %9.1f %9.1f\n' "code, KiB" "$(echo "$total_raw/1024" | bc -l)" "$(echo "$total_gz/1024" | bc -l)" "$(echo "$total_br/1024" | bc -l)"
