#!/usr/bin/env bash
# Rebuild the five evaluation corpora into DIR (keep DIR out of git):
#
#   bash eval/corpora.sh DIR            # from the repository root
#
# DIR/sotu.txt, emails.txt, linux-docs.txt, gcide.txt: the bench corpus
#   (speeches, mail, kernel docs, dictionary), built by
#   ../shared/tools/bench_corpus.sh (see its header for packages and licences).
#   If /work/bench-corpus already holds them, set BENCH_CORPUS=/work/bench-corpus
#   to copy them instead of rebuilding (same bytes).
#   linux-docs.txt must be from linux-source-6.1 6.1.192-2/-3 (pinned below).
# DIR/python-docs.txt: the fifth genre, software reference documentation.
#   Debian package python3.11-doc, version 3.11.2-6+deb12u9 (bookworm-security;
#   python3-doc 3.11.2-1 is a metapackage depending on it). Licence: the Python
#   documentation is under the PSF License Agreement (PSF-2.0; code examples
#   also Zero-Clause BSD), see /usr/share/doc/python3.11-doc/copyright in the
#   package. Text: the HTML pages under /usr/share/doc/python3.11/html/ of
#   glossary.html, tutorial/, library/, reference/, howto/, faq/ (375 pages),
#   converted with eval/html2text.py (Python standard library html.parser only):
#   body only, script/style/nav/sidebar/header links dropped, block elements
#   as paragraph breaks, <pre> lines kept. One page per part, parts separated
#   like the bench files by "\n\n\f\n"; DIR/python-docs.txt.pages names the
#   page of each part, in order. About 6.7 MB, 96,000 non-empty lines.
# Needs: apt-get (run `apt-get update` once first), dpkg-deb, python3; and for
# the bench files npm and tar with xz.
set -euo pipefail
OUT=${1:?usage: corpora.sh DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)

if [ -n "${BENCH_CORPUS:-}" ]; then
  for f in sotu emails linux-docs gcide; do cp "$BENCH_CORPUS/$f.txt" "$OUT/$f.txt"; done
else
  bash "$HERE/../../shared/tools/bench_corpus.sh" "$OUT"
fi

# linux-docs.txt: the judged keys refer to the Documentation of Debian
# linux-source-6.1 6.1.192-2 / 6.1.192-3 (both give the same bytes, sha256
# 0d326322e1fad076...). bench_corpus.sh takes whatever version apt offers; a
# machine with an older package index (bookworm main without -security) gets
# another kernel's Documentation, with other offsets, and every judged
# linux-docs key is lost. So rebuild it from the pinned version when the hash
# differs (same commands as bench_corpus.sh).
LVER=${LINUX_SOURCE_VERSION:-6.1.192-3}
LSUM=$(awk '$2 == "linux-docs.txt" {print $1}' "$HERE/corpora.sha256")
if [ "$(sha256sum < "$OUT/linux-docs.txt" | cut -d' ' -f1)" != "$LSUM" ]; then
  echo "linux-docs.txt differs from the judged file: rebuilding from linux-source-6.1=$LVER" >&2
  L=$(mktemp -d)
  ( cd "$L" && apt-get download -q "linux-source-6.1=$LVER" >/dev/null 2>&1 ) || {
    echo "apt-get download linux-source-6.1=$LVER failed: run 'apt-get update' first" >&2; exit 1; }
  dpkg-deb --fsys-tarfile "$L"/linux-source-6.1_*.deb | tar x -C "$L" ./usr/src/linux-source-6.1.tar.xz
  ( cd "$L" && tar xJf usr/src/linux-source-6.1.tar.xz --wildcards 'linux-source-6.1/Documentation/*'
    : > "$OUT/linux-docs.txt"
    find linux-source-6.1/Documentation -path '*/translations' -prune -o \
         -type f \( -name '*.rst' -o -name '*.txt' \) -print | LC_ALL=C sort |
      while read -r f; do cat "$f" >> "$OUT/linux-docs.txt"; printf '\n\n\f\n' >> "$OUT/linux-docs.txt"; done )
  rm -rf "$L"
fi

PKG=python3.11-doc
VER=3.11.2-6+deb12u9
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
( cd "$T" && apt-get download -q "$PKG=$VER" >/dev/null 2>&1 ) || {
  echo "apt-get download $PKG=$VER failed: run 'apt-get update' first (or the version is gone from the archive; then take the current one and redraw)" >&2
  exit 1; }
dpkg-deb -x "$T"/${PKG}_*.deb "$T/root"
python3 "$HERE/html2text.py" "$T/root/usr/share/doc/python3.11/html" "$OUT/python-docs.txt" \
  glossary.html tutorial library reference howto faq
# the judged keys hold only for these exact bytes
( cd "$OUT" && sha256sum -c "$HERE/corpora.sha256" ) || {
  echo "a corpus file differs from eval/corpora.sha256: judged keys of that corpus will not resolve (score.py lists them)" >&2
  exit 1; }
