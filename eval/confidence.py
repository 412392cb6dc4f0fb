#!/usr/bin/env python3
"""Design, fit and validate the claim confidence of defmine (issue 12).

A claim's confidence is a logistic score over cheap, general features of the
mention and its sentence (the rule that fired and its family, the shape of
the term and of the text, sentence cues of non-definitional prose). The same
features and the weights printed here are what `src/confidence.rs`
computes; `--rust` prints the weight table to paste there.

Labels:
  * the judged sample (`eval/judged/*.jsonl`): right = 1, partly = LABEL_PARTLY,
    wrong = 0;
  * DEFT train (`../shared/data/defs/deft-train-docs`, never dev), definition
    mentions only: right (1) when the gold sentence it overlaps most is
    definitional and the mention's term matches the gold term leniently
    (the rule of `score_defs.py`: equal, or one contains the other in whole
    words, after normalisation; a gold sentence with no term counts as a
    match), else 0. Weighted by DEFT_WEIGHT per mention so the five
    real-text genres dominate while textbook recall is kept.

Validation: leave-one-genre-out over the five genres (the held-out genre is
scored by a model fitted on the four others plus DEFT train), then the full
model on DEFT dev and the Wikipedia dev set (scored by running
`defmine consolidate` over the kept mentions and the shared scorers).

    python3 eval/confidence.py                # LOGO report, thresholds
    python3 eval/confidence.py --rust         # weight table for src/confidence.rs
    python3 eval/confidence.py --dump FILE    # {key: confidence} of the judged claims (full model)

Needs: the base binary's extract caches (`eval/common.py`), and
`target/conf/{deft-train,deft-dev,wiki-dev}.mentions.jsonl` made by
`/work/bin/defmine-base extract -q DIR -o FILE` over the shared data folders.
"""
import argparse
import collections
import glob
import json
import math
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPORA, KINDS, key_from, read_claims, run_extract  # noqa: E402

LABEL_PARTLY = float(os.environ.get("CONF_PARTLY", "0"))
DEFT_WEIGHT = float(os.environ.get("CONF_DEFT", "0.3"))
L2 = float(os.environ.get("CONF_L2", "1"))
SHARED = os.environ.get("DEFMINE_SHARED", "../shared")

# ---------------------------------------------------------------- features
# Closed-class English words (no subject vocabulary). Mirrored in
# src/confidence.rs: keep both in step.
PRONOUNS = set("""i me my mine myself we us our ours ourselves you your yours
yourself yourselves he him his himself she her hers herself it its itself they
them their theirs themselves this that these those who whom whose what which
whatever whoever someone something anyone anything everyone everything nobody
nothing one ones""".split())
FUNCTION = set("""a an the and or but nor so yet for of in on at by to from
with without as if then than when where while because since although though
however hence thus therefore now here there also only just even still very too
again not no yes please note see etc ie eg all any some each every both either
neither such other another much many more most few less least about above after
before below between into onto over under up down out off once well why how
do does did done be is are was were been being have has had can could may might
must shall should will would""".split())
NUMBER_WORDS = set("""zero one two three four five six seven eight nine ten
eleven twelve twenty hundred thousand million first second third fourth fifth
last next""".split())
FIRST_SECOND = set("i me my mine we us our ours you your yours".split())
MODALS = set("will would shall should can could may might must".split())
# Evaluative and rhetorical words: a definition states what a thing is, an
# opinion grades it.
OPINION = set("""best worst greatest great greater good better bad worse
finest highest noblest important essential vital true real proud strong
wonderful terrible glorious great noble sacred proper fair free right wrong
indeed truly surely clearly simply really always never forever""".split())
ARTICLES = ("a", "an", "the")

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'_-]*")


def words(s):
    return WORD_RE.findall(s)


def lower_words(s):
    return [w.lower() for w in words(s)]


def family(rule):
    r = rule.split("/", 1)[-1]
    if rule.startswith("alias/"):
        return "alias"
    if rule.startswith("attr/"):
        return "attr"
    if r.startswith("appositive") or r in ("which-is", "that-is", "paren-ie"):
        return "apposition"
    if "called" in r or r in ("refers-to", "denotes", "defined-as", "term-to-describe",
                              "definition-of-is", "we-mean", "describes"):
        return "naming"
    if r in ("copular", "reverse-copular", "said-to-be", "one-that", "bare-predicate",
             "bare-noun", "is-when"):
        return "copular"
    if "gloss" in r or r in ("glossary", "aliased-subject"):
        return "gloss"
    return "other"


_ASCII_LOWER = {c: c + 32 for c in range(65, 91)}


def ascii_lower(s):
    return s.translate(_ASCII_LOWER)


def written_first(s, sentence):
    """The first character of `s` as the sentence writes it (its first
    occurrence there, ASCII case-insensitive), else as `s` has it."""
    st = s.strip()
    i = ascii_lower(sentence).find(ascii_lower(st)) if st else -1
    if i >= 0:
        return sentence[i]
    return st[:1]


def phrase_features(prefix, s, f, sentence=""):
    """Shape of a term-like phrase (term, alias, agent, object)."""
    ws = lower_words(s)
    n = len(ws)
    core = ws[1:] if ws and ws[0] in ARTICLES else ws
    if n == 0:
        f[prefix + "empty"] = 1.0
        return
    if n == 1:
        f[prefix + "w1"] = 1.0
    if n >= 4:
        f[prefix + "w4"] = 1.0
    if len(core) == 1 and (core[0] in PRONOUNS or core[0] in FUNCTION or core[0] in NUMBER_WORDS
                           or len(core[0]) == 1):
        f[prefix + "func"] = 1.0
    if ws[0] in PRONOUNS or ws[0] in FUNCTION and ws[0] not in ARTICLES:
        f[prefix + "func_start"] = 1.0
    if ws[0] in ARTICLES:
        f[prefix + "article"] = 1.0
    st = s.strip()
    if written_first(s, sentence).isupper():
        f[prefix + "cap"] = 1.0
    letters = [c for c in st if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        f[prefix + "allcaps"] = 1.0
    if any(not (c.isalnum() or c in " -'._") for c in st):
        f[prefix + "debris"] = 1.0
    if any(c.isdigit() for c in st):
        f[prefix + "digit"] = 1.0
    last = ws[-1]
    if len(last) > 4 and (last.endswith("ing") or last.endswith("ed") or last.endswith("ly")):
        f[prefix + "verbal_end"] = 1.0


def features(m, sentence):
    """Sparse feature dict of one mention with its sentence text."""
    f = {"bias": 1.0}
    kind = m["kind"]
    rule = m["pattern"]
    if kind == "attribution" and not rule.startswith("attr/"):
        # A definition rule that also gives an attribution: its record as
        # an attribution is its own.
        f["rule:" + rule + "+attr"] = 1.0
        f["fam:attr"] = 1.0
    elif kind == "attribution" and m.get("named"):
        # A named object (the mention's `named` field) has its own rule
        # weight under "RULE+named", as src/confidence.rs looks it up.
        f["rule:" + rule + "+named"] = 1.0
        f["fam:" + family(rule)] = 1.0
    else:
        f["rule:" + rule] = 1.0
        f["fam:" + family(rule)] = 1.0
    sw = lower_words(sentence)
    sset = set(sw)
    if sset & FIRST_SECOND:
        f["s_person"] = 1.0
    if sset & MODALS:
        f["s_modal"] = 1.0
    if "?" in sentence or "!" in sentence:
        f["s_qe"] = 1.0
    if any(q in sentence for q in ('"', "\u201c", "\u201d")):
        f["s_quote"] = 1.0
    if len(sw) > 40:
        f["s_long"] = 1.0
    if len(sw) <= 6:
        f["s_short"] = 1.0
    if sentence.count(",") >= 3:
        f["s_commas"] = 1.0
    if kind == "definition":
        term, text = m["term"], m["text"]
        phrase_features("t_", term, f, sentence)
        tw = lower_words(term)
        tw = tw[1:] if tw[:1] and tw[0] in ARTICLES else tw
        lead = 0
        while lead < len(sw) and (sw[lead].isdigit() or sw[lead] in ARTICLES):
            lead += 1
        if tw and sw[lead:lead + len(tw)] == tw:
            f["s_term_first"] = 1.0
        xw = lower_words(text)
        if xw and xw[0] in ("a", "an"):
            f["x_indef"] = 1.0
        if xw and xw[0] == "the":
            f["x_the"] = 1.0
        if xw and (xw[0] in PRONOUNS or xw[0] in FUNCTION and xw[0] not in ARTICLES):
            f["x_func_start"] = 1.0
        if len(xw) <= 2:
            f["x_short"] = 1.0
        if len(xw) > 25:
            f["x_long"] = 1.0
        if ";" in text:
            f["x_semicolon"] = 1.0
        if re.search(r", (and|but|so|which|while|because)\b", text):
            f["x_clause"] = 1.0
        if set(xw) & OPINION:
            f["x_opinion"] = 1.0
        if set(xw) & FIRST_SECOND:
            f["x_person"] = 1.0
    elif kind == "attribution":
        f["rel:" + m["relation"].lower()] = 1.0
        phrase_features("a_", m["agent"], f, sentence)
        phrase_features("o_", m["object"], f, sentence)
    elif kind == "alias":
        term, alias = m["term"], m["alias"]
        phrase_features("t_", term, f, sentence)
        phrase_features("l_", alias, f, sentence)
        if term.strip().lower() == alias.strip().lower():
            f["l_identity"] = 1.0
        if acronym_of(alias, term) or acronym_of(term, alias):
            f["l_acronym"] = 1.0
    return f


def acronym_of(short, long):
    """The letters of `short` are the initials of `long`'s words, in order."""
    letters = [c.lower() for c in short if c.isalpha()]
    ws = lower_words(long.replace("-", " "))
    if len(letters) < 2 or len(ws) < 2 or len(letters) != len(ws):
        return False
    return all(w[0] == c for w, c in zip(ws, letters))


# ---------------------------------------------------------------- data
def judged_rows(bin_path, corpus_dir, workdir):
    J = {}
    for p in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "judged", "*.jsonl"))):
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            J[key_from(r)] = r
    # Loose match as score.py does: same corpus, document, kind and claim
    # hash with an overlapping sentence (a renamed rule id, such as the
    # old "+named" attribution ids, or a moved sentence end).
    loose = collections.defaultdict(list)
    for r in J.values():
        loose[(r["corpus"], r["doc"], r["kind"], r["h"])].append(r)
    files = run_extract(bin_path, corpus_dir, workdir)
    rows = []
    used = set()
    for c in CORPORA:
        data = open(os.path.join(corpus_dir, c + ".txt"), "rb").read()
        claims, _ = read_claims(c, files[c])
        for k, m in claims:
            r = J.get(k)
            if r is None:
                corpus, doc, start, end, kind, _pattern, h = k
                r = next((x for x in loose.get((corpus, doc, kind, h), [])
                          if x["start"] < end and start < x["end"]), None)
            if r is None or key_from(r) in used:
                continue
            used.add(key_from(r))
            s = data[m["sentence"]["start"]:m["sentence"]["end"]].decode("utf-8", "replace")
            y = {"right": 1.0, "partly": LABEL_PARTLY, "wrong": 0.0}[r["verdict"]]
            rows.append({"genre": c, "kind": m["kind"], "y": y, "verdict": r["verdict"],
                         "w": 1.0, "f": features(m, s), "key": k, "m": m, "s": s})
    return rows


def norm_term(s):
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"[\s_]+", " ", s).strip(" \t\n.,;:!?\"'()[]{}\u201c\u201d\u2018\u2019")
    return re.sub(r"^(the|a|an)\s+", "", s).strip()


def contains_words(a, b):
    return bool(a) and bool(b) and re.search(r"(^|\W)" + re.escape(b) + r"($|\W)", a) is not None


def deft_rows(name, mentions):
    gold_path = os.path.join(SHARED, "data/defs", name + "-docs.gold.jsonl")
    docs_dir = os.path.join(SHARED, "data/defs", name + "-docs")
    by_file = collections.defaultdict(list)
    for line in open(gold_path, encoding="utf-8"):
        g = json.loads(line)
        by_file[g["file"]].append(g)
    texts = {}
    rows = []
    for line in open(mentions, encoding="utf-8"):
        m = json.loads(line)
        if m.get("kind") != "definition":
            continue
        doc = m["doc"]
        if doc not in texts:
            texts[doc] = open(os.path.join(docs_dir, doc), "rb").read()
        s0, e0 = m["sentence"]["start"], m["sentence"]["end"]
        best, bo = None, 0
        for g in by_file[doc]:
            o = min(e0, g["byte_end"]) - max(s0, g["byte_start"])
            if o > bo:
                best, bo = g, o
        y = 0.0
        if best is not None and best["is_definition"]:
            gt = norm_term(best.get("term"))
            pt = norm_term(m["term"])
            if not gt or pt == gt or contains_words(pt, gt) or contains_words(gt, pt):
                y = 1.0
        s = texts[doc][s0:e0].decode("utf-8", "replace")
        rows.append({"genre": name, "kind": "definition", "y": y, "verdict": "right" if y else "wrong",
                     "w": DEFT_WEIGHT, "f": features(m, s), "m": m, "s": s})
    return rows


# ---------------------------------------------------------------- model
def fit(rows, iters=400, lr=0.5, l2=L2):
    """L2-regularised logistic regression, full-batch gradient descent with
    Adagrad step sizes (standard library only). Returns {feature: weight}."""
    w = collections.defaultdict(float)
    g2 = collections.defaultdict(lambda: 1e-8)
    tot = sum(r["w"] for r in rows)
    for _ in range(iters):
        grad = collections.defaultdict(float)
        for r in rows:
            z = sum(w[k] * v for k, v in r["f"].items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = (p - r["y"]) * r["w"]
            for k, v in r["f"].items():
                grad[k] += d * v
        for k in list(grad):
            gk = grad[k] / tot + (l2 / tot) * w[k] * (0 if k == "bias" else 1)
            g2[k] += gk * gk
            w[k] -= lr * gk / math.sqrt(g2[k])
    return dict(w)


def score(w, f):
    z = sum(w.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# ---------------------------------------------------------------- report
def prec_at(rows, t, kind="definition"):
    kept = [r for r in rows if r["kind"] == kind and r["p"] >= t]
    n = len(kept)
    right = sum(1 for r in kept if r["verdict"] == "right")
    tot_right = sum(1 for r in rows if r["kind"] == kind and r["verdict"] == "right")
    return n, right, tot_right


def filter_mentions(src, dst, w, t, docs_dir):
    texts = {}
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
        for line in f:
            m = json.loads(line)
            if m.get("kind") in KINDS:
                doc = m["doc"]
                if doc not in texts:
                    texts[doc] = open(os.path.join(docs_dir, doc), "rb").read()
                s = texts[doc][m["sentence"]["start"]:m["sentence"]["end"]].decode("utf-8", "replace")
                if score(w, features(m, s)) < t:
                    continue
            o.write(line)


def shared_score(w, t, name, binary, workdir):
    if name.startswith("deft"):
        docs = os.path.join(SHARED, "data/defs", name + "-docs")
        scorer = [os.path.join(SHARED, "tools/score_defs.py"), os.path.join(SHARED, "data/defs", name + "-docs.gold.jsonl")]
    else:
        docs = os.path.join(SHARED, "data/wiki", name + "-docs")
        scorer = [os.path.join(SHARED, "tools/score_wiki.py"), os.path.join(SHARED, "data/wiki", name + "-docs.gold.jsonl")]
    src = os.path.join(workdir, name + ".mentions.jsonl")
    kept = os.path.join(workdir, f"{name}.kept.jsonl")
    know = os.path.join(workdir, f"{name}.kept.json")
    filter_mentions(src, kept, w, t, docs)
    subprocess.run([binary, "consolidate", "-q", kept, "-o", know], check=True)
    out = subprocess.run(["python3"] + scorer + [know], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line.startswith("SUMMARY")][-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="/work/bin/defmine-base")
    ap.add_argument("--corpus-dir", default="target/eval-corpus")
    ap.add_argument("--workdir", default="target/eval")
    ap.add_argument("--confdir", default="target/conf")
    ap.add_argument("--rust", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.55,0.6,0.65,0.7,0.75,0.8")
    ap.add_argument("--no-shared", action="store_true", help="skip DEFT dev / wiki dev")
    ap.add_argument("--only-shared", action="store_true", help="only DEFT dev / wiki dev")
    a = ap.parse_args()

    judged = judged_rows(a.bin, a.corpus_dir, a.workdir)
    deft = deft_rows("deft-train", os.path.join(a.confdir, "deft-train.mentions.jsonl"))
    print(f"judged claims: {len(judged)}; DEFT train definition mentions: {len(deft)} "
          f"({sum(r['y'] for r in deft):.0f} right)", file=sys.stderr)

    full = fit(judged + deft)
    if a.rust:
        for k, v in sorted(full.items(), key=lambda kv: kv[0]):
            if abs(v) >= 0.005:
                print(f'    ("{k}", {v:.3f}),')
        return
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as o:
            for r in judged:
                o.write(json.dumps({"key": list(r["key"]), "p": score(full, r["f"])}) + "\n")
        return

    ts = [float(x) for x in a.thresholds.split(",")]
    if a.only_shared:
        for t in [0.0] + ts:
            for name in ("deft-dev", "wiki-dev"):
                print(f"t={t:.2f} {name}: {shared_score(full, t, name, a.bin, a.confdir)}")
        return
    # leave one genre out
    for g in CORPORA:
        w = fit([r for r in judged if r["genre"] != g] + deft)
        for r in judged:
            if r["genre"] == g:
                r["p"] = score(w, r["f"])
    ts = [float(x) for x in a.thresholds.split(",")]
    for kind in KINDS:
        print(f"\n## {kind}: leave-one-genre-out precision P (kept n, right kept / right judged)\n")
        print("| threshold | " + " | ".join(CORPORA) + " | pooled |")
        print("|---" * (len(CORPORA) + 2) + "|")
        for t in [0.0] + ts:
            cells = []
            for g in CORPORA + [None]:
                rr = [r for r in judged if g is None or r["genre"] == g]
                n, right, tot = prec_at(rr, t, kind)
                cells.append(f"{right / n:.2f} ({n}, {right}/{tot})" if n else f"– (0, 0/{tot})")
            print(f"| {t:.2f} | " + " | ".join(cells) + " |")
    print("\n## Calibration (leave-one-genre-out, all kinds)\n")
    print("| band | n | mean confidence | P | P+ |")
    print("|---|---|---|---|---|")
    bands = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
    for lo, hi in zip(bands, bands[1:]):
        rr = [r for r in judged if lo <= r["p"] < hi]
        if rr:
            print(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(rr)} | {sum(r['p'] for r in rr) / len(rr):.2f} | "
                  f"{sum(r['verdict'] == 'right' for r in rr) / len(rr):.2f} | "
                  f"{sum(r['verdict'] != 'wrong' for r in rr) / len(rr):.2f} |")
    if not a.no_shared:
        print("\n## Full model on DEFT dev and Wikipedia dev\n")
        for t in [0.0] + ts:
            for name in ("deft-dev", "wiki-dev"):
                print(f"t={t:.2f} {name}: {shared_score(full, t, name, a.bin, a.confdir)}")


if __name__ == "__main__":
    main()
