#!/usr/bin/env python3
"""List the date mentions of a text that come from technical numbers.

    defmine extract FILE -q -o M.jsonl
    python3 eval/dates/tech_dates.py FILE M.jsonl [--list] [--family F]

Reads the mentions `defmine extract` wrote for FILE and sorts each date into
the technical-number family its context shows (none: an ordinary date):

Only bare four-digit numbers count (a mention naming a month or a day is a
date in any context):

  model       part of an identifier: letters, `-`, `_` glued on ("ES-1688",
              "1688A", "x_2048")
  field       the value of a `name: number` or `name = number` pair
              ("pid: 2037", "size=4096")
  file-line   a line number after a file name ("sched.c:1425")
  arithmetic  an operand of `*`, `/`, `+`, `<<`, `x` or of a minus between
              numbers ("8 * 1024", "1024-1")
  code        inside a `code span` or an indented literal block (after a
              line ending in `::`, or a `.. code-block::` directive)

Prints the count per family and, with --list, each mention with its line.
The families are read off the source text by simple rules: they are a way
to count the same things before and after a change, not a gold standard.
"""
import bisect
import json
import re
import sys
from collections import Counter

FIELD = re.compile(rb"[A-Za-z_][\w.\-\[\]]*\s*(?::|=|==|!=|<=|>=|<|>)\s*$")
FILE_LINE = re.compile(rb"\.[A-Za-z]\w*:$")
ARITH_BEFORE = re.compile(rb"(?:[*/+%^]|<<|>>|\d\s*-|\bx)\s*$")
ARITH_AFTER = re.compile(rb"^\s*(?:[*/+%^]|<<|>>|-\s*\d|x\s*\d)")
MONTH_DASH = re.compile(rb"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-$")


def literal_lines(data):
    """Byte ranges of the lines of indented literal blocks (RST `::`)."""
    ranges = []
    lines = data.split(b"\n")
    pos = 0
    block_indent = None  # indent of the line that opened a block
    for line in lines:
        stripped = line.strip()
        indent = len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())
        if block_indent is not None:
            if not stripped:
                pass
            elif indent > block_indent:
                ranges.append((pos, pos + len(line)))
            else:
                block_indent = None
        opens = stripped.endswith(b"::") or stripped.startswith((b".. code-block", b".. code::"))
        if block_indent is None and opens:
            block_indent = indent
        pos += len(line) + 1
    return ranges


TIME_FIELD = re.compile(rb"(?i)(?:date|year|since|copyright|updated|released|published|born|died|founded)\s*[:=]\s*$")
BARE = re.compile(rb"^(?:[A-Z]{1,2})?[0-9]{4}$")


def family(data, start, end, code_ranges, line_start, line_end, pattern):
    """The technical family of a bare four-digit number, or None."""
    before = data[line_start:start]
    after = data[end:line_end]
    surface = data[start:end]
    if not BARE.match(surface):
        return None  # a month, a day, an ISO date: a date whatever the context
    if not surface[:1].isdigit():
        return "model"  # letters glued on: "AD7889"
    ranged = "range" in pattern
    # model / part number: glued letters, '-', '_'
    if MONTH_DASH.search(before):
        return None  # "17-DEC-1997": a date
    if re.search(rb"[A-Za-z_][\-_]?$", before) or re.match(rb"^(?:[A-Za-z_]|:[0-9A-Za-z])", after) or re.search(rb"[A-Za-z]\d*-$", before):
        return "model"
    if FILE_LINE.search(before):
        return "file-line"
    if FIELD.search(before) and not TIME_FIELD.search(before):
        return "field"
    if not ranged and (ARITH_BEFORE.search(before) or ARITH_AFTER.match(after)):
        return "arithmetic"
    if len(re.findall(rb"`+", before)) % 2 == 1:
        return "code"
    i = bisect.bisect_right(code_ranges, (start, 1 << 62)) - 1
    if i >= 0 and code_ranges[i][0] <= start < code_ranges[i][1]:
        return "code"
    return None


def main():
    args = sys.argv[1:]
    show = "--list" in args
    only = None
    if "--family" in args:
        only = args[args.index("--family") + 1]
    text, mentions = [a for a in args if not a.startswith("--") and a != only][:2]
    data = open(text, "rb").read()
    code_ranges = literal_lines(data)
    counts = Counter()
    total = 0
    for line in open(mentions, encoding="utf-8"):
        m = json.loads(line)
        if m.get("kind") != "date":
            continue
        total += 1
        s, e = m["span"]["start"], m["span"]["end"]
        ls = data.rfind(b"\n", 0, s) + 1
        le = data.find(b"\n", e)
        le = len(data) if le < 0 else le
        f = family(data, s, e, code_ranges, ls, le, m["pattern"])
        if f is None:
            continue
        counts[f] += 1
        if show and (only is None or only == f):
            ctx = data[max(ls, s - 60):min(le, e + 40)].decode("utf-8", "replace")
            print(f"{f}\t{m['pattern']}\t{m['text']}\t{ctx.strip()}")
    print(f"dates {total}; technical: {sum(counts.values())} "
          + " ".join(f"{k}={counts[k]}" for k in sorted(counts)), file=sys.stderr)


if __name__ == "__main__":
    main()
