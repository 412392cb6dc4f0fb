#!/usr/bin/env bash
# The end-of-change routine of the judged sample in one go (eval/README.md):
#
#   bash eval/redo.sh BIN SEED            # from the repository root
#
#   1. checks the five corpus files against eval/corpora.sha256 (the judged
#      keys hold only for those bytes; build them with eval/corpora.sh);
#   2. runs BIN extract over them (cached in target/eval/ per binary);
#   3. draws with SEED among the claims nobody judged yet (draw.py --exclude
#      every eval/judged/*.jsonl; sizes from DRAW_ARGS, default 20 definitions,
#      10 attributions, 10 aliases per corpus) and writes the drawn claims,
#      with their sentences, for judging to target/eval/redo-SEED.todo.txt;
#   4. prints judged precision per genre and per rule at confidence 0 and at
#      BIN's default threshold (score.py on extract; the "judged keys not
#      found" table says what BIN no longer reports), what `run` keeps at the
#      default (score.py --knowledge), and mentions per 1,000 sentences
#      (rates.py, extract and run).
#
# Then judge: read the todo file, write `N VERDICT REASON` lines, and
#   python3 eval/record.py target/eval/sample-seed-SEED.jsonl eval/judged/seed-SEED.jsonl < verdicts.txt
# and rerun this script (same SEED: the draw is the same, judged claims drop
# out of the todo list) to score with the new judgments.
#
# Environment: CORPUS_DIR (default target/eval-corpus), DRAW_ARGS (passed to
# draw.py), OUT (default target/eval/redo-SEED: the full reports).
set -euo pipefail
BIN=${1:?usage: redo.sh BIN SEED}
SEED=${2:?usage: redo.sh BIN SEED}
HERE=$(cd "$(dirname "$0")" && pwd)
CORPUS_DIR=${CORPUS_DIR:-target/eval-corpus}
DRAW_ARGS=${DRAW_ARGS:---defs 20 --attrs 10 --aliases 10 --variants 3}
OUT=${OUT:-target/eval/redo-$SEED}
mkdir -p "$OUT"
[ -x "$BIN" ] || { echo "redo.sh: $BIN is not an executable" >&2; exit 2; }

echo "== 1. corpus files ($CORPUS_DIR)"
if ! ( cd "$CORPUS_DIR" && sha256sum --quiet -c "$HERE/corpora.sha256" ); then
  echo "redo.sh: a corpus file differs from eval/corpora.sha256: its judged keys will not resolve." >&2
  echo "         Rebuild with: bash eval/corpora.sh $CORPUS_DIR" >&2
  exit 1
fi
echo "all five match eval/corpora.sha256"

JUDGED=("$HERE"/judged/*.jsonl)
EXCL=()
# not this seed's own file: a rerun draws the same claims, and show.py
# --skip-judged leaves the judged ones out of the todo list
for f in "${JUDGED[@]}"; do [ "$f" = "$HERE/judged/seed-$SEED.jsonl" ] || EXCL+=(--exclude "$f"); done

echo; echo "== 2-3. extract and draw (seed $SEED, $DRAW_ARGS, unjudged claims only)"
# shellcheck disable=SC2086
python3 "$HERE/draw.py" --seed "$SEED" --bin "$BIN" --corpus-dir "$CORPUS_DIR" $DRAW_ARGS "${EXCL[@]}"
SAMPLE=target/eval/sample-seed-$SEED.jsonl
python3 "$HERE/show.py" "$SAMPLE" --corpus-dir "$CORPUS_DIR" --skip-judged "$HERE/judged/seed-$SEED.jsonl" \
  > target/eval/redo-$SEED.todo.txt
TODO=$(grep -c '^#' target/eval/redo-$SEED.todo.txt || true)
echo "$TODO drawn claims not yet judged -> target/eval/redo-$SEED.todo.txt"
echo "judge them with: python3 eval/record.py $SAMPLE eval/judged/seed-$SEED.jsonl < verdicts.txt"

# BIN's default threshold, as its knowledge file records it
printf 'A moat is a deep trench that circles a castle.\n' > "$OUT/probe.txt"
"$BIN" run "$OUT/probe.txt" -o "$OUT/probe.json" -q
DEF=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("min_confidence", 0))' "$OUT/probe.json")

echo; echo "== 4. judged precision (${#JUDGED[@]} judgment files), extract, confidence >= 0"
python3 "$HERE/score.py" "${JUDGED[@]}" --bin "$BIN" --corpus-dir "$CORPUS_DIR" > "$OUT/score-0.md"
echo "== extract, confidence >= $DEF (default)"
python3 "$HERE/score.py" "${JUDGED[@]}" --bin "$BIN" --corpus-dir "$CORPUS_DIR" --min-confidence "$DEF" > "$OUT/score-default.md"
"$BIN" run "$CORPUS_DIR"/{sotu,emails,linux-docs,gcide,python-docs}.txt -o "$OUT/knowledge.json" -q
python3 "$HERE/score.py" "${JUDGED[@]}" --knowledge "$OUT/knowledge.json" --corpus-dir "$CORPUS_DIR" > "$OUT/score-run.md"
python3 "$HERE/rates.py" --bin "$BIN" --corpus-dir "$CORPUS_DIR" > "$OUT/rates-extract.md"
python3 "$HERE/rates.py" --knowledge "$OUT/knowledge.json" --corpus-dir "$CORPUS_DIR" > "$OUT/rates-run.md"

# the summary: per-genre tables, per-rule tables and the not-found table of each report
summary() {
  awk '/^## (Judged keys not found|definitions: precision|attributions: precision|aliases: precision)/{p=1}
       /^### .* reasons/{p=0} /^## Calibration/{p=0} p' "$1"
}
for r in 0 default; do
  echo; echo "######## extract at confidence >= $([ $r = 0 ] && echo 0 || echo "$DEF (default)") ($OUT/score-$r.md)"
  summary "$OUT/score-$r.md"
done
echo; echo "######## run at the default ($DEF): judged claims kept ($OUT/score-run.md)"
awk '/^## definitions: precision/{p=1} /^### definitions per rule/{p=0} p' "$OUT/score-run.md"
echo; echo "######## rates"
sed -n '/^| genre/,/^$/p' "$OUT/rates-extract.md"
sed -n '/^| genre/,/^$/p' "$OUT/rates-run.md"
echo; echo "full reports in $OUT/; todo: $TODO claims in target/eval/redo-$SEED.todo.txt"
