#!/usr/bin/env python3
"""Draw a stratified random sample of defmine claims to judge.

  python3 eval/draw.py --seed 1 [--bin /work/bin/defmine-base] \
      [--corpus-dir target/eval-corpus] [--exclude eval/judged/seed-1.jsonl ...]

Runs `BIN extract` over each of the five corpora (eval/corpora.sh) and draws,
with random.Random(SEED) over claims sorted by key:
  definitions  --defs per corpus (default 62; all of them where fewer),
  attributions --attrs per corpus (default 21; all where fewer),
  aliases      --aliases per corpus (default 21), of which --variants
               (default 6) from `alias/variant` (spelling and number variants
               of defined terms, which are most alias mentions) and the rest
               from the explicit alias rules (abbreviations, also-called, ...).
Within a stratum (corpus, kind[, variant or not]) the draw is uniform, so per
rule counts follow the rules' shares. score.py weights by stratum sizes where
it reports a population estimate.

--exclude FILE (a judgments file) leaves out claims already judged, so a later
round judges only what a new binary newly reports.

--by-rule: stratify by (corpus, kind, rule): --defs, --attrs and --aliases are
totals, given one claim at a time to the cell with the fewest judged claims
(the --exclude files) for its size, judged / sqrt(claims in the cell), so rare
rules and thinly judged genres get more. Each drawn line records
stratum KIND:RULE and population = claims of that rule in that corpus.

Writes target/eval/sample-seed-SEED.jsonl: one line per drawn claim with its
key, stratum, part, and the claim itself (corpus text: keep it out of git).
Print it for judging with eval/show.py.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, KINDS, key_dict, key_from, read_claims, run_extract, Corpus  # noqa: E402


def stratum(m):
    if m["kind"] == "alias":
        return "alias/variant" if m["pattern"] == "alias/variant" else "alias/explicit"
    return m["kind"]


def allocate(cells, budget):
    """cells: {cell: (population, judged, available)} -> {cell: n to draw}.
    One claim at a time to the cell with the lowest (judged + drawn) /
    sqrt(population) that still has unjudged claims (ties: larger cell)."""
    import heapq
    alloc = {c: 0 for c in cells}
    heap = [(j / pop ** 0.5, -pop, c) for c, (pop, j, av) in cells.items() if av > 0]
    heapq.heapify(heap)
    while budget > 0 and heap:
        _, negpop, c = heapq.heappop(heap)
        pop, j, av = cells[c]
        alloc[c] += 1
        budget -= 1
        if alloc[c] < av:
            heapq.heappush(heap, ((j + alloc[c]) / pop ** 0.5, negpop, c))
    return alloc


def draw_by_rule(a, files, excluded):
    """Rule-stratified draw: stratum = KIND:RULE within a corpus, population =
    the claims of that rule in that corpus. Uniform within each cell, so
    score.py can weight cells by their populations."""
    budget = {"definition": a.defs, "attribution": a.attrs, "alias": a.aliases}
    by = {}
    for c in CORPORA:
        claims, _ = read_claims(c, files[c])
        for k, m in claims:
            by.setdefault((m["kind"], c, m["pattern"]), []).append((k, m))
    # judged claims count for their cell also when the key moved (same hash)
    judged_h = {(k[0], k[4], k[6]) for k in excluded}
    rng = random.Random(a.seed)
    out = []
    for kind in KINDS:
        cells = {}
        for (kd, c, rule), pool in by.items():
            if kd != kind:
                continue
            j = sum(1 for k, _ in pool if k in excluded or (k[0], k[4], k[6]) in judged_h)
            cells[(c, rule)] = (len(pool), j, len(pool) - j)
        alloc = allocate(cells, budget[kind])
        for (c, rule), n in sorted(alloc.items()):
            if not n:
                continue
            pool = sorted(by[(kind, c, rule)], key=lambda km: km[0])
            pool = [km for km in pool if km[0] not in excluded and (c, kind, km[0][6]) not in judged_h]
            pick = sorted(rng.sample(pool, min(n, len(pool))), key=lambda km: km[0])
            corpus = Corpus(a.corpus_dir, c)
            for k, m in pick:
                out.append({**key_dict(k), "stratum": f"{kind}:{rule}", "population": cells[(c, rule)][0],
                            "part": corpus.part_name(k[2]), "claim": m})
    out.sort(key=lambda r: (KINDS.index(r["kind"]), CORPORA.index(r["corpus"]), r["pattern"], r["start"]))
    path = a.output or os.path.join(a.workdir, f"sample-seed-{a.seed}.jsonl")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in out:
        counts[(r["kind"], r["corpus"], r["pattern"])] = counts.get((r["kind"], r["corpus"], r["pattern"]), 0) + 1
    for (kind, c, rule), n in sorted(counts.items()):
        print(f"{kind} {c} {rule}: {n} of {len(by[(kind, c, rule)])}", file=sys.stderr)
    print(f"{len(out)} claims drawn -> {path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--bin", default="/work/bin/defmine-base")
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("--defs", type=int, default=62)
    ap.add_argument("--attrs", type=int, default=21)
    ap.add_argument("--aliases", type=int, default=21)
    ap.add_argument("--variants", type=int, default=6)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--by-rule", action="store_true",
                    help="stratify by (corpus, kind, rule) instead: --defs/--attrs/--aliases are totals "
                         "over the five corpora, given cell by cell to the cell with the fewest judged "
                         "claims for its size (judged / sqrt(claims)); --exclude files count as judged")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()

    excluded = set()
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    excluded.add(key_from(json.loads(line)))

    files = run_extract(a.bin, a.corpus_dir, a.workdir, quiet=False)
    if a.by_rule:
        return draw_by_rule(a, files, excluded)
    want = {"definition": a.defs, "attribution": a.attrs,
            "alias/variant": a.variants, "alias/explicit": a.aliases - a.variants}
    rng = random.Random(a.seed)
    out = []
    for c in CORPORA:
        claims, _ = read_claims(c, files[c])
        corpus = Corpus(a.corpus_dir, c)
        by = {}
        for k, m in claims:
            by.setdefault(stratum(m), []).append((k, m))
        n_alias_explicit = len(by.get("alias/explicit", []))
        for s in ["definition", "attribution", "alias/variant", "alias/explicit"]:
            pool = sorted(by.get(s, []), key=lambda km: km[0])
            population = len(pool)
            pool = [km for km in pool if km[0] not in excluded]
            n = want[s]
            # aliases: when a corpus has fewer explicit aliases than asked,
            # take the rest from the variants
            if s == "alias/variant":
                n += max(0, want["alias/explicit"] - n_alias_explicit)
            pick = rng.sample(pool, min(n, len(pool)))
            pick.sort(key=lambda km: km[0])
            for k, m in pick:
                out.append({**key_dict(k), "stratum": s, "population": population,
                            "part": corpus.part_name(k[2]), "claim": m})
    path = a.output or os.path.join(a.workdir, f"sample-seed-{a.seed}.jsonl")
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in out:
        counts[(r["corpus"], r["kind"])] = counts.get((r["corpus"], r["kind"]), 0) + 1
    for c in CORPORA:
        print(c, {k: counts.get((c, k), 0) for k in KINDS}, file=sys.stderr)
    print(f"{len(out)} claims drawn -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
