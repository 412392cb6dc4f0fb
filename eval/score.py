#!/usr/bin/env python3
"""Score a defmine binary (or a knowledge file) against judged claims.

  python3 eval/score.py eval/judged/seed-1.jsonl [MORE_JUDGMENTS ...]
      [--bin target/release/defmine | --mentions DIR | --knowledge FILE]
      [--corpus-dir target/eval-corpus] [--min-confidence X] [--json OUT]

Claims of the run are matched to judged keys (eval/common.py): exactly, or
loosely (same corpus, document, kind and claim hash, overlapping sentence:
a renamed rule or a moved sentence boundary). A judged claim the run no longer
reports counts as dropped; a claim the run reports that nobody judged counts
as unjudged (draw.py --exclude JUDGMENTS draws from those for the next round).

--mentions DIR reads DIR/<corpus>.jsonl written by `defmine extract`.
--knowledge FILE reads a knowledge file written by `defmine run` over the
corpus directory: a definition is kept when some definition of the file has
the judged rule among its `patterns` and the judged sentence among its
evidence; an attribution when some attribution has the judged sentence as
evidence; an alias when an alias given as an object carries the judged
sentence as evidence (plain-string aliases have no evidence: not matched).
Knowledge mode cannot see unjudged claims at sentence level: it reports kept
and dropped judged claims only.

Precision is reported as P (right / judged) and P+ ((right + partly) /
judged), per genre, per rule and pooled; "weighted" pools the genres (and the
alias strata) by how many claims of each stratum the run reports, which
estimates the precision of everything the run reports. If mentions carry a
`confidence`, --min-confidence keeps only those at or above it, and a
calibration table (confidence bands against judged precision) is printed.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, GENRE, KINDS, key_from, key_of, read_claims, run_extract  # noqa: E402


PLURAL = {"definition": "definitions", "attribution": "attributions", "alias": "aliases"}


def load_judgments(paths):
    rows = {}
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    rows[key_from(r)] = r
    return rows


def stratum_of(kind, pattern):
    if kind == "alias":
        return "alias/variant" if pattern == "alias/variant" else "alias/explicit"
    return kind


class Matcher:
    def __init__(self, judged):
        self.judged = judged
        self.loose = collections.defaultdict(list)
        for k, r in judged.items():
            self.loose[(r["corpus"], r["doc"], r["kind"], r["h"])].append(r)

    def match(self, key):
        if key in self.judged:
            return self.judged[key], "exact"
        corpus, doc, start, end, kind, pattern, h = key
        for r in self.loose.get((corpus, doc, kind, h), []):
            if r["start"] < end and start < r["end"]:
                return r, "loose"
        return None, None


def run_claims(a):
    """{corpus: [(key, mention)]} from --bin or --mentions."""
    if a.mentions:
        files = {c: os.path.join(a.mentions, c + ".jsonl") for c in CORPORA}
    else:
        files = run_extract(a.bin, a.corpus_dir, a.workdir, quiet=False)
    out = {}
    for c in CORPORA:
        if not os.path.exists(files[c]):
            sys.exit(f"missing mentions file {files[c]}")
        claims, _ = read_claims(c, files[c])
        if a.min_confidence is not None:
            claims = [(k, m) for k, m in claims if m.get("confidence", 1.0) >= a.min_confidence]
        out[c] = claims
    return out


def knowledge_kept(path, judged):
    k = json.load(open(path, encoding="utf-8"))
    defs, attrs, aliases = set(), set(), set()
    for t in k.get("terms", []):
        for d in t.get("definitions", []):
            for e in d.get("evidence", []):
                for p in d.get("patterns", []) or [None]:
                    defs.add((e["doc"], e["start"], e["end"], p))
        for al in t.get("aliases", []):
            if isinstance(al, dict):
                for e in al.get("evidence", []):
                    aliases.add((e["doc"], e["start"], e["end"]))
    for at in k.get("attributions", []):
        for e in at.get("evidence", []):
            attrs.add((e["doc"], e["start"], e["end"]))
    kept = {}
    for key, r in judged.items():
        s = (r["doc"], r["start"], r["end"])
        if r["kind"] == "definition":
            ok = (s + (r["pattern"],)) in defs or (s + (None,)) in defs
        elif r["kind"] == "attribution":
            ok = s in attrs
        else:
            ok = s in aliases
        if ok:
            kept[key] = r
    return kept


def prec(rows):
    n = len(rows)
    right = sum(1 for r in rows if r["verdict"] == "right")
    partly = sum(1 for r in rows if r["verdict"] == "partly")
    return n, right, partly


def fmt(n, right, partly):
    if not n:
        return "0 | – | –"
    return f"{n} | {right / n:.2f} | {(right + partly) / n:.2f}"


def weighted(rows_by_stratum, pop):
    """Precision pooled over strata, each weighted by its run population.
    Strata are (corpus, kind, rule) cells: every draw is uniform within a
    cell (seed 1 within a corpus, seed 5 within a rule), so the union of the
    draws is too, while their mix over rules is not."""
    num_r = num_rp = den = 0.0
    for s, rows in rows_by_stratum.items():
        n, right, partly = prec(rows)
        if not n or not pop.get(s):
            continue
        w = pop[s]
        num_r += w * right / n
        num_rp += w * (right + partly) / n
        den += w
    if not den:
        return "–", "–"
    return f"{num_r / den:.2f}", f"{num_rp / den:.2f}"


def corpus_check(corpus_dir):
    """{corpus: (sha256 prefix, recorded prefix)} of the corpus files, against
    eval/corpora.sha256 (the files the judged keys refer to)."""
    import hashlib
    rec = {}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpora.sha256")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                h, name = line.split()
                rec[name.replace(".txt", "")] = h
    out = {}
    for c in CORPORA:
        f = os.path.join(corpus_dir, c + ".txt")
        if os.path.exists(f):
            d = hashlib.sha256(open(f, "rb").read()).hexdigest()
            out[c] = (d, rec.get(c))
    return out


def missing_report(judged, kept, a):
    """Judged keys the run does not produce, per corpus and kind: a claim the
    binary no longer makes, or a corpus file that is not the judged one."""
    print("\n## Judged keys not found (per corpus)\n")
    print("A judged key not found is a judged claim this run does not report, exactly or loosely: the binary "
          "dropped it, or the corpus file differs from the one judged (sha256 column). Most of one corpus "
          "missing means the corpus file, not the binary.\n")
    print("| corpus | sha256 of corpus file | judged | not found: definitions / attributions / aliases | not found, share |")
    print("|---|---|---|---|---|")
    check = corpus_check(a.corpus_dir)
    for c in CORPORA:
        j = [r for r in judged.values() if r["corpus"] == c]
        miss = [r for r in j if key_from(r) not in kept]
        per = collections.Counter(r["kind"] for r in miss)
        d, rec = check.get(c, ("missing", None))
        mark = d[:16] + ("" if rec is None or d.startswith(rec) else f" **differs from judged {rec[:16]}**")
        share = f"{len(miss) / len(j):.2f}" if j else "–"
        print(f"| {c} | {mark} | {len(j)} | {per['definition']} / {per['attribution']} / {per['alias']} | {share} |")
        if j and len(miss) / len(j) > 0.5:
            print(f"WARNING: {len(miss)} of {len(j)} judged {c} keys not found: check the corpus file "
                  f"(eval/corpora.sha256)", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("judgments", nargs="+")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--bin", default="/work/bin/defmine-base")
    src.add_argument("--mentions")
    src.add_argument("--knowledge")
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("--min-confidence", type=float)
    ap.add_argument("--json")
    a = ap.parse_args()

    judged = load_judgments(a.judgments)
    matcher = Matcher(judged)
    kept = {}            # judged key -> (row, mention or None)
    pop = collections.Counter()       # (corpus, stratum) -> claims in run
    unjudged = collections.Counter()  # (corpus, kind) -> claims in run not judged
    in_run = collections.Counter()
    loose = 0
    conf = {}
    print(f"# defmine precision on judged claims ({len(judged)} judgments: {', '.join(a.judgments)})\n")
    if a.knowledge:
        print(f"source: knowledge file {a.knowledge}\n")
        for key, r in knowledge_kept(a.knowledge, judged).items():
            kept[key] = r
    else:
        print(f"source: {'mentions in ' + a.mentions if a.mentions else 'defmine extract by ' + a.bin}"
              + (f", confidence >= {a.min_confidence}" if a.min_confidence is not None else "") + "\n")
        for c, claims in run_claims(a).items():
            for key, m in claims:
                in_run[(c, m["kind"])] += 1
                pop[(c, m["kind"], m["pattern"])] += 1
                r, how = matcher.match(key)
                if r is None:
                    unjudged[(c, m["kind"])] += 1
                    continue
                if key_from(r) in kept:
                    continue
                loose += how == "loose"
                # report under the run's rule id (a renamed rule matches loosely)
                kept[key_from(r)] = dict(r, pattern=m["pattern"], judged_pattern=r["pattern"])
                if "confidence" in m:
                    conf[key_from(r)] = m["confidence"]

    # coverage
    print("## Coverage\n")
    print("| corpus | kind | claims in run | judged, still reported | judged, dropped | not judged |")
    print("|---|---|---|---|---|---|")
    for c in CORPORA:
        for k in KINDS:
            j = [r for r in judged.values() if r["corpus"] == c and r["kind"] == k]
            kk = [r for r in j if key_from(r) in kept]
            run = in_run[(c, k)] if not a.knowledge else "–"
            un = unjudged[(c, k)] if not a.knowledge else "–"
            print(f"| {c} | {k} | {run} | {len(kk)} | {len(j) - len(kk)} | {un} |")
    if loose:
        print(f"\n{loose} judged claims matched loosely (same claim, other rule id or sentence span).")
    if not a.knowledge:
        missing_report(judged, kept, a)

    rows = list(kept.values())
    result = {}
    for kind in KINDS:
        kr = [r for r in rows if r["kind"] == kind]
        print(f"\n## {PLURAL[kind]}: precision on judged claims the run still reports\n")
        print("P = right / judged; P+ = (right + partly) / judged.\n")
        wcol = not a.knowledge
        print("| genre | judged | P | P+ |" + (" P, P+ weighted by rule |" if wcol else ""))
        print("|---|---|---|---|" + ("---|" if wcol else ""))
        for c in CORPORA:
            cr = [r for r in kr if r["corpus"] == c]
            extra = ""
            if wcol:
                byc = collections.defaultdict(list)
                for r in cr:
                    byc[(c, r["kind"], r["pattern"])].append(r)
                extra = " %s, %s |" % weighted(byc, pop)
                result[f"{kind}/{c}/weighted"] = weighted(byc, pop)
            print(f"| {GENRE[c]} ({c}) | {fmt(*prec(cr))} |{extra}")
            result[f"{kind}/{c}"] = prec(cr)
        print(f"| **pooled sample** | {fmt(*prec(kr))} |" + (" |" if wcol else ""))
        result[f"{kind}/pooled"] = prec(kr)
        if not a.knowledge:
            by = collections.defaultdict(list)
            for r in kr:
                by[(r["corpus"], r["kind"], r["pattern"])].append(r)
            wr, wrp = weighted(by, pop)
            tot = sum(v for (c, k, _), v in pop.items() if k == kind)
            cov = sum(pop[s] for s in by if by[s]) / tot if tot else 0
            print(f"| **pooled, weighted by claims reported** | {len(kr)} | {wr} | {wrp} | {wr}, {wrp} |")
            print(f"\nWeighted: each (corpus, rule) cell weighted by the claims of that rule the run reports "
                  f"(judged cells cover {cov:.0%} of the {tot} {PLURAL[kind]} reported; cells without a judged "
                  "claim are left out).")
            result[f"{kind}/weighted"] = (wr, wrp)
        print(f"\n### {PLURAL[kind]} per rule (all genres)\n")
        print("| rule | judged | P | P+ | speeches + mail: judged, P | judged per genre |")
        print("|---|---|---|---|---|---|")
        rules = collections.defaultdict(list)
        for r in kr:
            rules[r["pattern"]].append(r)
        for p, rr in sorted(rules.items(), key=lambda x: (-len(x[1]), x[0])):
            per = collections.Counter(r["corpus"] for r in rr)
            n, right, _ = prec([r for r in rr if r["corpus"] in ("sotu", "emails")])
            sm = f"{n}, {right / n:.2f}" if n else "0, –"
            print(f"| {p} | {fmt(*prec(rr))} | {sm} | {', '.join(f'{c} {per[c]}' for c in CORPORA if per[c])} |")
            result[f"{kind}/rule/{p}"] = prec(rr)
        print(f"\n### {PLURAL[kind]}: reasons of wrong and partly verdicts\n")
        print("| verdict | reason | count | genres |")
        print("|---|---|---|---|")
        reasons = collections.defaultdict(list)
        for r in kr:
            if r["verdict"] != "right":
                reasons[(r["verdict"], r["reason"])].append(r)
        for (v, why), rr in sorted(reasons.items(), key=lambda x: (x[0][0] != "wrong", -len(x[1]), x[0][1])):
            per = collections.Counter(r["corpus"] for r in rr)
            print(f"| {v} | {why} | {len(rr)} | {', '.join(f'{c} {per[c]}' for c in CORPORA if per[c])} |")

    if conf:
        print("\n## Calibration: confidence band against judged precision\n")
        print("| band | judged | P | P+ |")
        print("|---|---|---|---|")
        bands = collections.defaultdict(list)
        for key, x in conf.items():
            b = min(int(x * 10), 9) / 10
            bands[b].append(kept[key])
        for b in sorted(bands):
            print(f"| [{b:.1f}, {b + 0.1:.1f}) | {fmt(*prec(bands[b]))} |")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({k: list(v) for k, v in result.items()}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
