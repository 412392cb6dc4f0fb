"""Shared helpers of the evaluation kit (draw.py, score.py, rates.py, show.py).

A claim is one `definition`, `attribution` or `alias` mention of
`defmine extract --format jsonl`. Its key survives reruns of the same binary
and holds no corpus text:

  corpus   file stem of the corpus (sotu, emails, linux-docs, gcide, python-docs)
  doc      defmine's document id (each corpus file is one document, id = file name)
  start, end  byte offsets of the evidence sentence in that document
  kind     definition | attribution | alias
  pattern  the rule id defmine reports
  h        first 12 hex digits of sha1 over the claim's own strings
           (definition: term, text; attribution: agent, relation, object;
           alias: term, alias), joined by U+001F

`part` (informational, not in the key): the index of the form-feed separated
part of the corpus file that holds the sentence (0-based), i.e. which speech,
mail, kernel doc file, dictionary chunk or Python doc page; for python-docs,
`<corpus>.pages` names the page of each part.
"""
import bisect
import hashlib
import json
import os
import subprocess
import sys

CORPORA = ["sotu", "emails", "linux-docs", "gcide", "python-docs"]
GENRE = {"sotu": "speeches", "emails": "mail", "linux-docs": "kernel docs",
         "gcide": "dictionary", "python-docs": "python docs"}
KINDS = ["definition", "attribution", "alias"]
KEY_FIELDS = ["corpus", "doc", "start", "end", "kind", "pattern", "h"]


def claim_strings(m):
    k = m["kind"]
    if k == "definition":
        return [m.get("term", ""), m.get("text", "")]
    if k == "attribution":
        return [m.get("agent", ""), m.get("relation", ""), m.get("object", "")]
    if k == "alias":
        return [m.get("term", ""), m.get("alias", "")]
    raise ValueError(k)


def short_hash(m):
    s = "\x1f".join([m["kind"]] + claim_strings(m))
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def key_of(corpus, m):
    return (corpus, m["doc"], m["sentence"]["start"], m["sentence"]["end"],
            m["kind"], m["pattern"], short_hash(m))


def key_dict(key):
    return dict(zip(KEY_FIELDS, key))


def key_from(d):
    return tuple(d[f] for f in KEY_FIELDS)


def run_extract(binary, corpus_dir, workdir, corpora=CORPORA, quiet=True):
    """Run `BIN extract` on each corpus file (cached in workdir by the
    binary's and the corpus file's size and mtime) and return {corpus: path
    of its mentions file}."""
    os.makedirs(workdir, exist_ok=True)
    st = os.stat(binary)
    tag = hashlib.sha1(f"{os.path.abspath(binary)}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:10]
    out = {}
    for c in corpora:
        src = os.path.join(corpus_dir, c + ".txt")
        if not os.path.exists(src):
            sys.exit(f"missing corpus file {src}: build it with eval/corpora.sh")
        cs = os.stat(src)
        ctag = hashlib.sha1(f"{tag}:{cs.st_size}:{cs.st_mtime_ns}".encode()).hexdigest()[:10]
        dst = os.path.join(workdir, f"{c}.{ctag}.mentions.jsonl")
        if not os.path.exists(dst):
            if not quiet:
                print(f"extract {c} ...", file=sys.stderr)
            subprocess.run([binary, "extract", "-q", src, "-o", dst], check=True)
        out[c] = dst
    return out


def read_claims(corpus, path):
    """Claims of one corpus (deduplicated by key, in file order) and the
    document records {id: {...}}."""
    claims, seen, docs = [], set(), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            if "document" in m:
                docs[m["document"]["id"]] = m["document"]
                continue
            if m.get("kind") not in KINDS:
                continue
            k = key_of(corpus, m)
            if k in seen:
                continue
            seen.add(k)
            claims.append((k, m))
    return claims, docs


class Corpus:
    """Byte access to a corpus file, its form-feed parts and page names."""

    def __init__(self, corpus_dir, name):
        self.name = name
        with open(os.path.join(corpus_dir, name + ".txt"), "rb") as f:
            self.data = f.read()
        self.ff = []
        i = self.data.find(b"\n\f\n")
        while i >= 0:
            self.ff.append(i + 1)
            i = self.data.find(b"\n\f\n", i + 1)
        pages = os.path.join(corpus_dir, name + ".txt.pages")
        self.pages = open(pages, encoding="utf-8").read().split("\n") if os.path.exists(pages) else None

    def part(self, offset):
        return bisect.bisect_right(self.ff, offset)

    def part_name(self, offset):
        p = self.part(offset)
        if self.pages and p < len(self.pages):
            return f"{p}:{self.pages[p]}"
        return str(p)

    def text(self, start, end):
        return self.data[start:end].decode("utf-8", "replace")
