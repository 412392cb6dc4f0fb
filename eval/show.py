#!/usr/bin/env python3
"""Print drawn claims with their evidence sentences, for judging.

  python3 eval/show.py target/eval/sample-seed-1.jsonl [--kind definition]
      [--from N] [--to M] [--context 200] [--corpus-dir target/eval-corpus]
      [--skip-judged eval/judged/seed-1.jsonl]

Each claim gets its number in the sample file (used by record.py), its key,
its fields, and the sentence (white space collapsed; a long sentence is cut
to a window around the claim). --context prints that many bytes before the
sentence too.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Corpus, key_from  # noqa: E402


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


def window(sent, needles, width=700):
    if len(sent) <= width:
        return sent
    pos = [sent.find(n[:40]) for n in needles if n and sent.find(n[:40]) >= 0]
    at = min(pos) if pos else 0
    lo = max(0, at - width // 3)
    return ("…" if lo else "") + sent[lo:lo + width] + "…"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--kind")
    ap.add_argument("--corpus")
    ap.add_argument("--from", dest="lo", type=int, default=0)
    ap.add_argument("--to", dest="hi", type=int, default=10**9)
    ap.add_argument("--context", type=int, default=0)
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--skip-judged")
    a = ap.parse_args()
    judged = set()
    if a.skip_judged and os.path.exists(a.skip_judged):
        for line in open(a.skip_judged, encoding="utf-8"):
            if line.strip():
                judged.add(key_from(json.loads(line)))
    corpora = {}
    for i, line in enumerate(open(a.sample, encoding="utf-8")):
        if not (a.lo <= i <= a.hi):
            continue
        r = json.loads(line)
        if a.kind and r["kind"] != a.kind or a.corpus and r["corpus"] != a.corpus:
            continue
        if key_from(r) in judged:
            continue
        c = corpora.setdefault(r["corpus"], Corpus(a.corpus_dir, r["corpus"]))
        m = r["claim"]
        if r["kind"] == "definition":
            fields = f"TERM [{squash(m['term'])}] := TEXT [{squash(m['text'])}]"
            needles = [squash(m["term"]), squash(m["text"])]
        elif r["kind"] == "attribution":
            fields = f"AGENT [{squash(m['agent'])}] {m['relation']} OBJECT [{squash(m['object'])}]"
            needles = [squash(m["agent"]), squash(m["object"])]
        else:
            fields = f"TERM [{squash(m['term'])}] == ALIAS [{squash(m['alias'])}]"
            needles = [squash(m["term"]), squash(m["alias"])]
        sent = window(squash(c.text(r["start"], r["end"])), needles)
        print(f"#{i} {r['corpus']} part {r['part']} {r['pattern']}")
        print(f"  {fields}")
        if a.context:
            print(f"  CTX: …{squash(c.text(max(0, r['start'] - a.context), r['start']))}")
        print(f"  S: {sent}")
        print()


if __name__ == "__main__":
    main()
