#!/usr/bin/env python3
"""The date mentions two `defmine extract` runs over one file disagree on.

    python3 eval/dates/diff_dates.py FILE BEFORE.jsonl AFTER.jsonl

Prints `-` for a date only BEFORE has, `+` for one only AFTER has (span,
value, pattern), each with its line of FILE.
"""
import json
import sys


def dates(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        m = json.loads(line)
        if m.get("kind") == "date":
            key = (m["span"]["start"], m["span"]["end"], m["value"], bool(m.get("citation")))
            out[key] = m["pattern"]
    return out


def main():
    text, before, after = sys.argv[1:4]
    data = open(text, "rb").read()
    a, b = dates(before), dates(after)
    rows = [("-", k, a[k]) for k in a.keys() - b.keys()] + [("+", k, b[k]) for k in b.keys() - a.keys()]
    for sign, (s, e, value, cited), pattern in sorted(rows, key=lambda r: (r[1][0], r[0])):
        ls = data.rfind(b"\n", 0, s) + 1
        le = data.find(b"\n", e)
        le = len(data) if le < 0 else le
        ctx = data[max(ls, s - 70):min(le, e + 40)].decode("utf-8", "replace").strip()
        tag = " cited" if cited else ""
        print(f"{sign} {value}{tag}\t{pattern}\t{ctx}")
    print(f"only before: {len(a.keys() - b.keys())}, only after: {len(b.keys() - a.keys())}", file=sys.stderr)


if __name__ == "__main__":
    main()
