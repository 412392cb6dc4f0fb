#!/usr/bin/env bash
# Score defmine's date mentions on the WikiWars dev set (TIMEX3 gold).
#
# Writes each gold document's text byte for byte to target/wikiwars/<doc>.txt,
# runs `defmine extract --format timex` on that folder, and scores the result
# with ../shared/tools/score_timex.py: the explicit view (dates naming a year
# or decade, the one we report) and the default DATE view.
#
#   scripts/score-timex.sh            # both views
#   scripts/score-timex.sh --errors 30   # extra args go to both scorer runs
#   DEFMINE=/path/to/defmine scripts/score-timex.sh   # score another binary
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
gold=$shared/data/timex/wikiwars-dev.jsonl
[ -f "$gold" ] || { echo "score-timex: $gold not found" >&2; exit 2; }
[ -x target/release/defmine ] || cargo build --release --quiet
rm -rf target/wikiwars
mkdir -p target/wikiwars
python3 - "$gold" target/wikiwars <<'PY'
import json, os, sys
gold, out = sys.argv[1], sys.argv[2]
with open(gold, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            d = json.loads(line)
            with open(os.path.join(out, d["doc"] + ".txt"), "wb") as f:
                f.write(d["text"].encode("utf-8"))
PY
"${DEFMINE:-./target/release/defmine}" extract target/wikiwars --format timex -o target/wikiwars.pred.jsonl --quiet
echo "== explicit view"
python3 "$shared/tools/score_timex.py" "$gold" --pred target/wikiwars.pred.jsonl --byte-offsets --explicit "$@"
echo "== default view (DATE)"
python3 "$shared/tools/score_timex.py" "$gold" --pred target/wikiwars.pred.jsonl --byte-offsets "$@"
