#!/usr/bin/env python3
"""Tally, per guard and check, the definitional and the other sentences it
rejects (issue 16: "a guard that rejects real definitions more often than
false ones is narrowed or removed").

  python3 eval/guard_tally.py --bin /work/bin/defmine-main [-o eval/guard-tally.md]

Sentences:
  positive  DEFT train gold sentences with a definition (`is_definition`),
            and the first sentence of every Wikipedia dev lead (it defines
            the title; the other lead sentences are not used);
  negative  DEFT train gold sentences without a definition.
Each set is written to one text file, one gold sentence per paragraph (blank
line between, so no sentence of defmine crosses two gold sentences), and run
through `BIN explain --format jsonl` once; every sentence defmine reads is
mapped back to the gold sentence whose byte range holds it. A check "rejects"
a sentence when it is the `rejected_by` of some match of some rule there, or
a `before` check (a rule's precondition) that did not pass. Columns:

  pos rejected   positive sentences where the check rejected a match
  pos lost       of those, sentences that end with no definition claim at all
                 (the rejection cost recall: no other rule made up for it)
  neg rejected   negative sentences where the check rejected a match
  pos/neg rate   share of all positives rejected / share of all negatives
                 rejected (the sets differ in size: DEFT train has 17,621
                 sentences, 5,701 with a definition; Wikipedia dev 4,535 first sentences)

A check is marked **more positives** when it rejects more positive sentences
than negative ones (raw counts), and "lost > neg" when even the positives
it costs outright (pos lost) exceed the negatives it rejects.
Runs in about 20 seconds (one explain process per set).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

SHARED = os.environ.get("DEFMINE_SHARED", "../shared")


def deft_sentences(name):
    """[(id, text, positive)] of the gold sentences of a DEFT set."""
    docs = os.path.join(SHARED, "data/defs", name + "-docs")
    cache, out = {}, []
    for line in open(os.path.join(SHARED, "data/defs", name + "-docs.gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        if g["file"] not in cache:
            cache[g["file"]] = open(os.path.join(docs, g["file"]), "rb").read()
        t = cache[g["file"]][g["byte_start"]:g["byte_end"]].decode("utf-8", "replace")
        out.append((f"{name}:{g['file']}:{g['byte_start']}", t, bool(g["is_definition"])))
    return out


def wiki_first_sentences(name):
    docs = os.path.join(SHARED, "data/wiki", name + "-docs")
    cache, out = {}, []
    for line in open(os.path.join(SHARED, "data/wiki", name + "-docs.gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        if not g.get("first_sentence", True):
            continue
        if g["file"] not in cache:
            cache[g["file"]] = open(os.path.join(docs, g["file"]), "rb").read()
        t = cache[g["file"]][g["byte_start"]:g["byte_end"]].decode("utf-8", "replace")
        out.append((f"{name}:{g['file']}:{g['byte_start']}", t, True))
    return out


def explain(binary, sents, workdir):
    """{sentence index: (set of rejecting checks, has a definition claim)}."""
    path = os.path.join(workdir, "guard-tally.txt")
    starts = []
    with open(path, "wb") as f:
        pos = 0
        for _, t, _ in sents:
            b = " ".join(t.split()).encode("utf-8") + b"\n\n"
            starts.append(pos)
            f.write(b)
            pos += len(b)
    import bisect
    res = collections.defaultdict(lambda: [set(), False])
    p = subprocess.Popen([binary, "explain", "--format", "jsonl", "-q", path], stdout=subprocess.PIPE)
    for line in p.stdout:
        e = json.loads(line)
        i = bisect.bisect_right(starts, e["start"]) - 1
        r = res[i]
        for rule in e.get("rules", []):
            for b in rule.get("before", []):
                if not b.get("passed", True):
                    r[0].add(("before", b["check"]))
            for m in rule.get("matches", []):
                if m.get("rejected_by"):
                    r[0].add(("match", m["rejected_by"]))
        if any(c.get("kind") == "definition" for c in e.get("claims", [])):
            r[1] = True
    if p.wait() != 0:
        sys.exit(f"{binary} explain failed")
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="/work/bin/defmine-main")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    sets = {"deft-train": deft_sentences("deft-train"), "wiki-dev first": wiki_first_sentences("wiki-dev")}
    rej = collections.defaultdict(collections.Counter)   # check -> counter of column
    totals = collections.Counter()
    for name, sents in sets.items():
        res = explain(a.bin, sents, a.workdir)
        for i, (_, _, positive) in enumerate(sents):
            kind = "pos" if positive else "neg"
            totals[kind] += 1
            totals[f"{kind}/{name}"] += 1
            checks, has_def = res.get(i, (set(), False))
            if positive and has_def:
                totals["pos found"] += 1
            for c in checks:
                rej[c][kind] += 1
                rej[c][f"{kind}/{name}"] += 1
                if positive and not has_def:
                    rej[c]["lost"] += 1
    lines = []
    w = lines.append
    w("# Guard and check tally: definitional and other sentences rejected\n")
    w(f"`python3 eval/guard_tally.py --bin {a.bin}` (eval/guard_tally.py; {a.bin}).\n")
    w(f"Positives: {totals['pos']} sentences ({totals['pos/deft-train']} DEFT train gold definitions, "
      f"{totals['pos/wiki-dev first']} Wikipedia dev first sentences), {totals['pos found']} of them with a "
      f"definition claim; negatives: {totals['neg']} DEFT train sentences without a gold definition. "
      "A check rejects a sentence when it is the `rejected_by` of some match there (stage `match`) or a rule "
      "precondition that did not pass (stage `before`). \"pos lost\": positives rejected by it that end with no "
      "definition claim. Sorted by positives rejected minus negatives rejected.\n")
    w("| check | stage | pos rejected (DEFT / wiki) | pos lost | neg rejected | pos rate / neg rate | mark |")
    w("|---|---|---|---|---|---|---|")
    order = sorted(rej.items(), key=lambda kv: (-(kv[1]["pos"] - kv[1]["neg"]), kv[0]))
    for (stage, check), c in order:
        pr = c["pos"] / max(totals["pos"], 1)
        nr = c["neg"] / max(totals["neg"], 1)
        mark = ""
        if c["pos"] > c["neg"]:
            mark = "**more positives**" + ("; lost > neg" if c["lost"] > c["neg"] else "")
        w(f"| {check} | {stage} | {c['pos']} ({c['pos/deft-train']} / {c['pos/wiki-dev first']}) | {c['lost']} | "
          f"{c['neg']} | {pr:.3f} / {nr:.3f} | {mark} |")
    w("\nStage `before` checks are rule preconditions (cheap filters before the pattern is tried), not guards "
      "on a matched claim: a positive failing one is only a recall cost if no other rule takes the sentence.")
    text = "\n".join(lines) + "\n"
    if a.output:
        open(a.output, "w", encoding="utf-8").write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
