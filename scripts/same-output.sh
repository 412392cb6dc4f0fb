#!/usr/bin/env bash
# Whether a refactoring left the output byte-identical: runs `run` (the
# knowledge file) and `extract` (raw mentions) of two binaries on the same
# inputs and `cmp`s every pair. The reference outputs of OLD are written once
# into REF_DIR and reused.
#
#   scripts/same-output.sh OLD_BIN [REF_DIR] [INPUT...]
#
# NEW is target/release/defmine (built first). Default inputs: input/, each
# file of tests/data/, and when present the DEFT train/dev and Wikipedia dev
# documents of ../shared/data and the bench corpus (BENCH_DIRS, space
# separated, default "/work/bench-slice /work/bench-corpus"). Exit 1 when any
# output differs; the differing outputs are listed.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$(realpath "${1:?usage: scripts/same-output.sh OLD_BIN [REF_DIR] [INPUT...]}")
REF=${2:-/tmp/defmine-same-output}
shift $(( $# >= 2 ? 2 : 1 ))
cargo build --release --quiet
NEW=$PWD/target/release/defmine
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
  inputs=(input tests/data/*.txt tests/data/*.md)
  for d in ../shared/data/defs/deft-train-docs ../shared/data/defs/deft-dev-docs \
    ../shared/data/wiki/wiki-dev-docs ${BENCH_DIRS:-/work/bench-slice /work/bench-corpus}; do
    [ -e "$d" ] && inputs+=("$d")
  done
fi
NEWOUT=$(mktemp -d)
trap 'rm -rf "$NEWOUT"' EXIT
mkdir -p "$REF"
bad=0
for input in "${inputs[@]}"; do
  name=$(echo "$input" | tr '/.' '__')
  for cmd in run extract; do
    ref="$REF/$name.$cmd"
    [ -s "$ref" ] || "$OLD" "$cmd" "$input" -q -j2 -o "$ref"
    "$NEW" "$cmd" "$input" -q -j2 -o "$NEWOUT/$name.$cmd"
    if ! cmp -s "$ref" "$NEWOUT/$name.$cmd"; then
      echo "DIFFERS: $cmd $input"
      bad=1
    fi
  done
done
[ $bad = 0 ] && echo "identical: ${#inputs[@]} input(s), run and extract"
exit $bad
