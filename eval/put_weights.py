#!/usr/bin/env python3
"""Write the weight table of `eval/confidence.py --rust` (stdin) into
src/confidence.rs, between `pub const WEIGHTS ... = &[` and `];`."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "src/confidence.rs"
s = open(path, encoding="utf-8").read()
table = sys.stdin.read().rstrip("\n") + "\n"
new, n = re.subn(r"(pub const WEIGHTS: &\[\(&str, f32\)\] = &\[\n)(.*?)(\];)", lambda m: m.group(1) + table + m.group(3), s, count=1, flags=re.S)
if n != 1:
    sys.exit("no WEIGHTS table in " + path)
open(path, "w", encoding="utf-8").write(new)
