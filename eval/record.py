#!/usr/bin/env python3
"""Add verdicts to a judgments file.

  python3 eval/record.py target/eval/sample-seed-1.jsonl eval/judged/seed-1.jsonl < verdicts.txt

Each input line: `N VERDICT REASON [note...]` with N the claim's number in the
sample file (as show.py prints it), VERDICT one of right / partly / wrong, and
REASON a short code (see eval/README.md). A later verdict for the same key
replaces an earlier one. The judgments file keeps key fields, stratum,
population, part, verdict and reason: no corpus text.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import KEY_FIELDS, key_from  # noqa: E402

VERDICTS = {"right", "partly", "wrong"}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sample = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
    out = sys.argv[2]
    rows = {}
    if os.path.exists(out):
        for line in open(out, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                rows[key_from(r)] = r
    n = 0
    for line in sys.stdin:
        line = line.split("//")[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) < 3 or parts[1] not in VERDICTS:
            sys.exit(f"bad verdict line: {line!r}")
        i = int(parts[0].lstrip("#"))
        s = sample[i]
        r = {f: s[f] for f in KEY_FIELDS}
        r.update(stratum=s["stratum"], population=s["population"], part=s["part"],
                 verdict=parts[1], reason=parts[2])
        rows[key_from(r)] = r
        n += 1
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for k in sorted(rows):
            f.write(json.dumps(rows[k], ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    print(f"{n} verdicts recorded; {len(rows)} in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
