#!/usr/bin/env python3
"""Generate stress inputs for consolidation (issue 15), deterministically.

    scripts/gen-stress.py defs   BYTES > defs.txt    # one term, many distinct definitions
    scripts/gen-stress.py agents BYTES > agents.txt  # many agents, half one-word surnames
    scripts/gen-stress.py glossary BYTES > gloss.txt # many terms, one definition each

Words are made-up syllable strings, so no text of any corpus is used.
"""
import random
import sys

SYL = ["ka", "lo", "mi", "ter", "van", "dru", "sel", "po", "rin", "gu", "fe", "tas",
       "mor", "bel", "qui", "zan", "hed", "ol", "pra", "nu"]


def word(rng, lo=2, hi=3):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(lo, hi)))


def defs(rng):
    # "A widget is a <adj> <noun> that <verb>s the <noun> of <noun> ..."
    while True:
        words = " ".join(word(rng) for _ in range(rng.randint(4, 9)))
        yield f"A widget is a {word(rng)} device that {word(rng)}s the {words}.\n\n"


def agents(rng):
    n = 0
    while True:
        n += 1
        first, last = word(rng).capitalize(), word(rng, 3, 4).capitalize()
        yield f"{first} {last} coined the term {word(rng)} {word(rng)}.\n\n"
        yield f"{last} introduced the term {word(rng)} {word(rng)}.\n\n"


def glossary(rng):
    while True:
        term = f"{word(rng)} {word(rng)}"
        text = " ".join(word(rng) for _ in range(rng.randint(5, 12)))
        yield f"A {term} is a {word(rng)} that {text}.\n\n"


def main():
    kind, size = sys.argv[1], int(sys.argv[2])
    rng = random.Random(15)
    gen = {"defs": defs, "agents": agents, "glossary": glossary}[kind](rng)
    out, n = [], 0
    for para in gen:
        if n + len(para) > size:
            break
        out.append(para)
        n += len(para)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
