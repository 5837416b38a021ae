#!/usr/bin/env bash
# Counts the instructions evaluation executes, natively, for synthetic catalogues of 10 to 10,000
# postings (20 criteria each), with valgrind's callgrind counting only inside the evaluation.
# Unlike times, these counts are the same on a busy, shared machine: they show whether the work
# grows linearly with postings x criteria. About two minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v valgrind >/dev/null || { echo "bench-instructions: needs valgrind (apt-get install valgrind)"; exit 1; }
cargo build --quiet --profile bench --bin catalogue
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%9s %10s %16s %22s\n' postings criteria instructions "instructions/criterion"
for n in 10 100 1000 10000; do
  valgrind --tool=callgrind --toggle-collect='*evaluate_catalogue*' \
    --callgrind-out-file="$out/callgrind.$n" target/release/catalogue evaluate "$n" >/dev/null 2>"$out/log.$n"
  instructions=$(awk '/^summary:/ { print $2 }' "$out/callgrind.$n")
  criteria=$((n * 20))
  printf '%9d %10d %16d %22.1f\n' "$n" "$criteria" "$instructions" "$(echo "$instructions / $criteria" | bc -l)"
done
