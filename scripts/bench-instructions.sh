#!/usr/bin/env bash
# Counts the instructions that loading (parsing and checking the JSON text) and evaluation execute,
# natively, for synthetic catalogues of 10 to 10,000 postings (20 criteria each), with valgrind's
# callgrind counting only inside those two functions. Unlike times, these counts are the same on a
# busy, shared machine: they show whether the work grows linearly with postings x criteria.
# About three minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v valgrind >/dev/null || { echo "bench-instructions: needs valgrind (apt-get install valgrind)"; exit 1; }
cargo build --quiet --profile bench -p eligibility-tools --bin catalogue
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# inclusive FILE FUNCTION: the instructions counted inside FUNCTION (and what it calls).
inclusive() {
  callgrind_annotate --inclusive=yes "$1" 2>/dev/null | awk -v f="$2" 'index($0, f) { gsub(/,/, "", $1); print $1; exit }'
}
printf '%9s %10s %16s %16s %20s\n' postings criteria "load (instr.)" "evaluate (instr.)" "evaluate/criterion"
for n in 10 100 1000 10000; do
  valgrind --tool=callgrind --toggle-collect='*load_text*' --toggle-collect='*evaluate_catalogue*' \
    --callgrind-out-file="$out/callgrind.$n" target/release/catalogue evaluate "$n" >/dev/null 2>"$out/log.$n"
  load=$(inclusive "$out/callgrind.$n" 'catalogue::native::load_text')
  evaluate=$(inclusive "$out/callgrind.$n" 'catalogue::native::evaluate_catalogue')
  criteria=$((n * 20))
  printf '%9d %10d %16d %16d %20.1f\n' "$n" "$criteria" "$load" "$evaluate" "$(echo "$evaluate / $criteria" | bc -l)"
done
