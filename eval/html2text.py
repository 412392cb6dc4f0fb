#!/usr/bin/env python3
"""Turn Sphinx HTML pages into plain text, standard library only.

usage: html2text.py HTML_ROOT OUT.txt SUBDIR_OR_FILE...

Each page becomes one part of OUT.txt: its text, then a blank line and a
form-feed line ("\\f"), the layout of the bench corpus files. Pages are taken
in byte order of their relative path, so the output is deterministic. Only the
page body (Sphinx's role="main" element) is kept; script, style, nav, header
links ("¶") and the sidebar are dropped. Block elements end a paragraph
(blank line); <pre> keeps its lines; <br> and <li> start a new line. A
"PAGE path" line is not written: the part index maps to the page through
OUT.pages (one relative path per line, in part order).
"""
import html.parser
import os
import re
import sys

BLOCK = {"p", "div", "section", "dl", "dt", "dd", "ul", "ol", "table", "tr",
         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure",
         "figcaption", "caption", "hr", "article", "aside"}
LINE = {"li", "br", "th", "td"}
DROP = {"script", "style", "nav", "head", "title", "noscript", "form", "svg"}
VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base",
        "embed", "source", "track", "wbr", "param"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []          # text pieces of the main body
        self.stack = []        # open tags: (tag, dropping, is_main)
        self.main_depth = 0    # > 0 inside role="main"
        self.drop_depth = 0    # > 0 inside a dropped element
        self.pre_depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        drop = (tag in DROP or "headerlink" in cls or "sphinxsidebar" in cls
                or "related" in cls or "footer" in cls or "copybutton" in cls)
        main = a.get("role") == "main"
        if tag in VOID:
            if self.main_depth and not self.drop_depth:
                if tag == "br":
                    self.out.append("\n")
                elif tag == "hr":
                    self.out.append("\n\n")
            return
        self.stack.append((tag, drop, main))
        if main:
            self.main_depth += 1
        if drop:
            self.drop_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        if self.main_depth and not self.drop_depth:
            if tag in BLOCK:
                self.out.append("\n\n")
            elif tag in LINE:
                self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # pop to the matching tag (tolerates unclosed <p>, <li>, ...)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, drop, main in reversed(self.stack[i:]):
                    if self.main_depth and not self.drop_depth and t in BLOCK:
                        self.out.append("\n\n")
                    if drop:
                        self.drop_depth -= 1
                    if main:
                        self.main_depth -= 1
                    if t == "pre":
                        self.pre_depth -= 1
                del self.stack[i:]
                return

    def handle_data(self, data):
        if not self.main_depth or self.drop_depth:
            return
        if self.pre_depth:
            self.out.append(data)
        else:
            self.out.append(re.sub(r"\s+", " ", data))

    def text(self):
        s = "".join(self.out)
        lines = [ln.rstrip() for ln in s.split("\n")]
        # a line that only held inline spaces becomes empty; drop leading
        # spaces that came from collapsing white space after a block break
        out, blank = [], 0
        for ln in lines:
            if not ln.strip():
                blank += 1
                continue
            if out and blank:
                out.append("")
            blank = 0
            out.append(ln if ln.startswith("    ") else ln.lstrip())
        return "\n".join(out).strip("\n")


def pages(root, items):
    found = []
    for item in items:
        p = os.path.join(root, item)
        if os.path.isfile(p):
            found.append(item)
            continue
        for d, _, files in os.walk(p):
            for f in files:
                if f.endswith(".html"):
                    found.append(os.path.relpath(os.path.join(d, f), root))
    return sorted(set(found), key=lambda s: s.encode())


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    root, out = sys.argv[1], sys.argv[2]
    names = pages(root, sys.argv[3:])
    with open(out, "w", encoding="utf-8") as f, open(out + ".pages", "w", encoding="utf-8") as g:
        for name in names:
            with open(os.path.join(root, name), encoding="utf-8") as h:
                p = Page()
                p.feed(h.read())
                p.close()
            f.write(p.text() + "\n\n\f\n")
            g.write(name + "\n")


if __name__ == "__main__":
    main()
