#!/usr/bin/env bash
# Count the date mentions defmine finds in each file of the bench corpus,
# and the technical-number dates of the kernel docs (eval/dates/tech_dates.py).
#
#   eval/dates/bench-dates.sh [BINARY] [CORPUS_DIR] [OUT_DIR]
#
# BINARY defaults to target/release/defmine, CORPUS_DIR to /work/bench-corpus
# (built by ../shared/tools/bench_corpus.sh), OUT_DIR to target/bench-dates.
# Prints, per file: all dates, citation dates; then the technical families
# of linux-docs.txt, and writes their list to OUT_DIR/tech.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/defmine}
corpus=${2:-/work/bench-corpus}
out=${3:-target/bench-dates}
mkdir -p "$out"
for f in sotu emails linux-docs gcide; do
    "$bin" extract "$corpus/$f.txt" -q -j 1 -o "$out/$f.jsonl"
    python3 - "$out/$f.jsonl" "$f" <<'PY'
import json, sys
n = cited = 0
for line in open(sys.argv[1], encoding="utf-8"):
    m = json.loads(line)
    if m.get("kind") == "date":
        n += 1
        cited += bool(m.get("citation"))
print(f"{sys.argv[2]}\tdates {n}\tcited {cited}")
PY
done
python3 eval/dates/tech_dates.py "$corpus/linux-docs.txt" "$out/linux-docs.jsonl" --list > "$out/tech.txt"
