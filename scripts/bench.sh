#!/usr/bin/env bash
# Whole-binary speed and peak memory of defmine, side by side with a ripgrep
# scan of the same files in the same run. Prints a markdown table.
#
#   bash ../shared/tools/bench_corpus.sh target/bench-corpus --bench   # once
#   scripts/bench.sh [CORPUS_DIR]                                      # default target/bench-corpus
#
# Needs: /usr/bin/time (Debian package "time"), rg (Debian package "ripgrep").
# Each figure is the best of 3 runs with a warm page cache.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-target/bench-corpus}
[ -d "$DIR" ] || { echo "no corpus in $DIR: run bash ../shared/tools/bench_corpus.sh $DIR --bench" >&2; exit 2; }
command -v rg >/dev/null || { echo "rg not found: apt-get install ripgrep" >&2; exit 2; }
cargo build --release --quiet
BIN=$PWD/target/release/defmine
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# best wall-clock seconds and peak RSS (KiB) of 3 runs of a command
measure() {
  local best="" rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f '%e %M' -o "$OUT/t" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
    read -r secs kib < "$OUT/t"
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
    [ "$kib" -gt "$rss" ] && rss=$kib
  done
  echo "$best $rss"
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN{ if (s < 0.005) s = 0.005; printf "%.0f", b / 1e6 / s }'; }

sets=()
corpus=$(ls "$DIR"/*.txt 2>/dev/null | sort | tr '\n' ' ')
[ -n "$corpus" ] && sets+=("corpus ($(ls "$DIR"/*.txt | wc -l) files)|$corpus")
[ -f "$DIR/bench/big-200MB.txt" ] && sets+=("big-200MB.txt|$DIR/bench/big-200MB.txt")

echo "| input | MB | defmine -j1 MB/s | defmine -j2 MB/s | -j2/-j1 | peak RSS -j2 (MB) | rg MB/s (1 thread) | defmine -j2 / rg |"
echo "|---|---|---|---|---|---|---|---|"
for s in "${sets[@]}"; do
  name=${s%%|*}; files=${s#*|}
  # shellcheck disable=SC2086
  bytes=$(cat $files | wc -c)
  # shellcheck disable=SC2086
  read -r t1 _ < <(measure "$BIN" run $files -j1 -q -o "$OUT/k.json")
  # shellcheck disable=SC2086
  read -r t2 r2 < <(measure "$BIN" run $files -j2 -q -o "$OUT/k.json")
  # shellcheck disable=SC2086
  read -r tr _ < <(measure rg -j1 -c '\b(is|are) (a|an|the)\b' $files)
  m1=$(mbps "$bytes" "$t1"); m2=$(mbps "$bytes" "$t2"); mr=$(mbps "$bytes" "$tr")
  ratio=$(awk -v a="$t1" -v b="$t2" 'BEGIN{printf "%.2f", a / b}')
  vs=$(awk -v a="$m2" -v b="$mr" 'BEGIN{printf "%.2f", a / b}')
  echo "| $name | $(awk -v b="$bytes" 'BEGIN{printf "%.0f", b/1e6}') | $m1 | $m2 | $ratio | $((r2 / 1024)) | $mr | $vs |"
done
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(date -u +%Y-%m-%d); defmine $(git rev-parse --short HEAD)"
