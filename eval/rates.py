#!/usr/bin/env python3
"""Definition mentions per 1,000 sentences on each corpus, and per-rule fire
counts on speeches and mail.

  python3 eval/rates.py [--bin /work/bin/defmine-base | --mentions DIR]
      [--knowledge FILE] [--corpus-dir target/eval-corpus]

Sentences: the `sentences` count of each `{"document": ...}` record of
`defmine extract` (the same splitter as `defmine split --format jsonl`), or
`documents[].sentences` of a knowledge file. With --knowledge, a definition
"mention" is one unit of `support` of a definition kept in the file (what
`run` keeps), counted per document id (corpus = id without extension);
distinct definitions are given too.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, GENRE, run_extract  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--bin", default="/work/bin/defmine-base")
    src.add_argument("--mentions")
    src.add_argument("--knowledge")
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("--min-confidence", type=float)
    a = ap.parse_args()

    if a.knowledge:
        k = json.load(open(a.knowledge, encoding="utf-8"))
        sent = {os.path.splitext(d["id"])[0]: d["sentences"] for d in k["documents"]}
        support = collections.Counter()
        distinct = collections.Counter()
        rules = collections.defaultdict(collections.Counter)
        for t in k.get("terms", []):
            for d in t.get("definitions", []):
                docs = {os.path.splitext(e["doc"])[0] for e in d.get("evidence", [])}
                for c in docs:
                    distinct[c] += 1
                for e in d.get("evidence", []):
                    c = os.path.splitext(e["doc"])[0]
                    support[c] += 1
                    for p in d.get("patterns", []):
                        rules[c][p] += 1
        print(f"# Definitions kept per 1,000 sentences (knowledge file {a.knowledge})\n")
        print("| genre | sentences | definition evidence | per 1,000 sentences | distinct definitions |")
        print("|---|---|---|---|---|")
        for c in CORPORA:
            if c in sent:
                print(f"| {GENRE[c]} ({c}) | {sent[c]} | {support[c]} | {1000 * support[c] / max(sent[c], 1):.1f} | {distinct[c]} |")
        per_rule(rules)
        return

    if a.mentions:
        files = {c: os.path.join(a.mentions, c + ".jsonl") for c in CORPORA}
    else:
        files = run_extract(a.bin, a.corpus_dir, a.workdir, quiet=False)
    sent = {}
    counts = collections.defaultdict(collections.Counter)
    rules = collections.defaultdict(collections.Counter)
    for c in CORPORA:
        with open(files[c], encoding="utf-8") as f:
            for line in f:
                m = json.loads(line)
                if "document" in m:
                    sent[c] = sent.get(c, 0) + m["document"]["sentences"]
                    continue
                if a.min_confidence is not None and m.get("confidence", 1.0) < a.min_confidence:
                    continue
                counts[c][m["kind"]] += 1
                if m["kind"] in ("definition", "attribution", "alias"):
                    rules[c][m["pattern"]] += 1
    print(f"# Mentions per 1,000 sentences ({'mentions in ' + a.mentions if a.mentions else a.bin})\n")
    print("| genre | sentences | definitions | per 1,000 | attributions | per 1,000 | aliases | per 1,000 |")
    print("|---|---|---|---|---|---|---|---|")
    for c in CORPORA:
        n = max(sent.get(c, 0), 1)
        row = [f"{counts[c][k]} | {1000 * counts[c][k] / n:.1f}" for k in ("definition", "attribution", "alias")]
        print(f"| {GENRE[c]} ({c}) | {sent.get(c, 0)} | " + " | ".join(row) + " |")
    per_rule(rules)


def per_rule(rules):
    print("\n## Rule fire counts on speeches and mail\n")
    print("| rule | speeches (sotu) | mail (emails) | both |")
    print("|---|---|---|---|")
    both = rules["sotu"] + rules["emails"]
    for p, n in sorted(both.items(), key=lambda x: (-x[1], x[0])):
        print(f"| {p} | {rules['sotu'][p]} | {rules['emails'][p]} | {n} |")


if __name__ == "__main__":
    main()
