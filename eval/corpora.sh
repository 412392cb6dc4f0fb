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
sha256sum "$OUT"/*.txt
