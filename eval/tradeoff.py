#!/usr/bin/env python3
"""The threshold trade-off of a binary's claim confidence, one row per threshold:

  python3 eval/tradeoff.py --bin target/release/defmine [--thresholds 0,0.15,0.3,0.5]
      [--corpus-dir target/eval-corpus] [--no-shared] eval/judged/seed-*.jsonl

Columns: judged definition precision P pooled (raw sample and weighted by
(corpus, rule) cells, as score.py) and per genre (weighted), attribution and
alias P pooled (weighted) on the claims of `extract` at or above the threshold
(in-sample when the weights were fitted on these judgments); DEFT dev P/R/F1
and the sample page score of `run --min-confidence X`; and definition evidence
kept by `run --min-confidence X` per 1,000 sentences on speeches and mail
(rates.py --knowledge over a run on sotu.txt and emails.txt).
"""
import argparse
import collections
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, key_from, read_claims, run_extract  # noqa: E402
from score import Matcher, load_judgments, weighted  # noqa: E402

SHARED = os.environ.get("DEFMINE_SHARED", "../shared")


def judged_at(claims, matcher, t):
    """{(corpus, kind, rule): [judged rows kept at t]} and populations."""
    cells = collections.defaultdict(list)
    pop = collections.Counter()
    seen = set()
    for c, cl in claims.items():
        for key, m in cl:
            if m.get("confidence", 1.0) < t:
                continue
            pop[(c, m["kind"], m["pattern"])] += 1
            r, _ = matcher.match(key)
            if r is None or key_from(r) in seen:
                continue
            seen.add(key_from(r))
            cells[(c, m["kind"], m["pattern"])].append(r)
    return cells, pop


def p_of(rows):
    return (sum(r["verdict"] == "right" for r in rows) / len(rows)) if rows else None


def f2(x):
    return "–" if x is None or x == "–" else (f"{x:.2f}" if isinstance(x, float) else x)


def shared(binary, t, work):
    out = {}
    k = os.path.join(work, "tradeoff-deft.json")
    subprocess.run([binary, "run", os.path.join(SHARED, "data/defs/deft-dev-docs"), "-o", k, "-q",
                    "--min-confidence", str(t)], check=True)
    s = subprocess.run(["python3", os.path.join(SHARED, "tools/score_defs.py"),
                        os.path.join(SHARED, "data/defs/deft-dev-docs.gold.jsonl"), k],
                       capture_output=True, text=True, check=True).stdout
    m = re.search(r"P=([\d.]+) R=([\d.]+) F1=([\d.]+)", [x for x in s.splitlines() if x.startswith("SUMMARY")][-1])
    out["deft"] = "/".join(m.groups())
    k = os.path.join(work, "tradeoff-page.json")
    subprocess.run([binary, "run", "input/track_two_diplomacy.txt", "-o", k, "-q", "--min-confidence", str(t)], check=True)
    s = subprocess.run(["python3", os.path.join(SHARED, "tools/score_knowledge.py"),
                        os.path.join(SHARED, "gold/track_two_diplomacy.gold.json"), "input/track_two_diplomacy.txt", k],
                       capture_output=True, text=True).stdout
    m = re.search(r"defs (\S+) .*attr (\S+)", [x for x in s.splitlines() if x.startswith("SCORE")][-1])
    out["page"] = f"defs {m.group(1)}, attr {m.group(2)}"
    return out


def rates(binary, t, corpus_dir, work):
    """Definition evidence kept by `run` per 1,000 sentences on sotu and emails."""
    k = os.path.join(work, "tradeoff-prose.json")
    files = [os.path.join(corpus_dir, c + ".txt") for c in ("sotu", "emails")]
    subprocess.run([binary, "run"] + files + ["-o", k, "-q", "--min-confidence", str(t)], check=True)
    s = subprocess.run(["python3", os.path.join(os.path.dirname(__file__), "rates.py"), "--knowledge", k],
                       capture_output=True, text=True, check=True).stdout
    got = {}
    for line in s.splitlines():
        m = re.match(r"\| .*\((sotu|emails)\) \| \d+ \| \d+ \| ([\d.]+) \|", line)
        if m:
            got[m.group(1)] = m.group(2)
    return f"{got.get('sotu', '–')} / {got.get('emails', '–')}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("judgments", nargs="+")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("--thresholds", default="0,0.15,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--no-shared", action="store_true", help="judged precision only (no DEFT, page, rates)")
    a = ap.parse_args()
    matcher = Matcher(load_judgments(a.judgments))
    files = run_extract(a.bin, a.corpus_dir, a.workdir)
    claims = {c: read_claims(c, files[c])[0] for c in CORPORA}
    head = ["X", "defs P raw (n)", "defs P weighted"] + [f"{c} P (n)" for c in CORPORA] + ["attr P (n)", "alias P (n)"]
    if not a.no_shared:
        head += ["DEFT dev P/R/F1", "sample page", "defs kept per 1,000 sentences sotu / emails"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for t in [float(x) for x in a.thresholds.split(",")]:
        cells, pop = judged_at(claims, matcher, t)
        row = [f"{t:g}"]
        for kind in ("definition", "attribution", "alias"):
            kc = {s: r for s, r in cells.items() if s[1] == kind}
            allr = [r for rr in kc.values() for r in rr]
            w = weighted(kc, pop)[0]
            if kind == "definition":
                row += [f"{f2(p_of(allr))} ({len(allr)})", w]
                for c in CORPORA:
                    cc = {s: r for s, r in kc.items() if s[0] == c}
                    n = sum(len(r) for r in cc.values())
                    row.append(f"{weighted(cc, pop)[0]} ({n})")
            else:
                row.append(f"{w} ({len(allr)})")
        if not a.no_shared:
            s = shared(a.bin, t, a.workdir)
            row += [s["deft"], s["page"], rates(a.bin, t, a.corpus_dir, a.workdir)]
        print("| " + " | ".join(row) + " |", flush=True)


if __name__ == "__main__":
    main()
