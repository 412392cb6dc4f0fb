#!/usr/bin/env bash
# The map -> reduce path under GNU parallel: `defmine extract` on each shard
# (here each input file) on the hosts of --sshlogin, then one
# `defmine consolidate`; checks the result equals one `defmine run`.
#
#   scripts/shard-example.sh [SSHLOGIN] [FILES...]
#
# SSHLOGIN ':' (the default) is this machine; a list such as
# 'host1,host2' runs the map step over ssh on those hosts (defmine must be
# on their PATH at the same path; add --transferfile {} and --return for
# hosts without a shared file system: see `man parallel`).
# Needs GNU parallel (Debian package "parallel").
set -euo pipefail
cd "$(dirname "$0")/.."
LOGIN=${1:-:}
shift || true
if [ $# -eq 0 ]; then set -- input/*.txt tests/data/*.txt tests/data/*.md; fi
command -v parallel >/dev/null || { echo "GNU parallel not found: apt-get install parallel" >&2; exit 2; }
[ -x target/release/defmine ] || cargo build --release --quiet
BIN=$PWD/target/release/defmine
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/parts"

# map: one mentions file per shard, no shared state
printf '%s\n' "$@" | parallel --will-cite --sshlogin "$LOGIN" --jobs 2 \
  "$BIN" extract {} -o "$WORK/parts/{#}.mentions.jsonl" --quiet
# reduce
"$BIN" consolidate "$WORK"/parts/*.mentions.jsonl -o "$WORK/sharded.json" --quiet
"$BIN" run "$@" -o "$WORK/whole.json" --quiet
if cmp -s "$WORK/sharded.json" "$WORK/whole.json"; then
  echo "sharded (GNU parallel, $# shards) == single run: identical bytes"
else
  echo "sharded result differs from the single run" >&2
  exit 1
fi
