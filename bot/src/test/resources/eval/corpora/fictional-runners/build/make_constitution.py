#!/usr/bin/env python3
"""Builds docs/CONSTITUTION (plain text) from build/constitution_source.txt.
Markup: '@' verbatim line; '# ' section heading (numbered automatically);
'N.N text' clause (wrapped with hanging indent); '(x) text' lettered item."""
import os, re, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "constitution_source.txt"), encoding="utf-8").read().splitlines()
out, sec = [], 0
W = 76
for line in src:
    if line.startswith("@"):
        out.append(line[1:])
    elif line.startswith("# "):
        sec += 1
        out += ["", "", f"{sec}. {line[2:]}", ""]
    elif re.match(r"^\d+\.\d+ ", line):
        num, rest = line.split(" ", 1)
        pre = f"  {num:<5} "
        out += textwrap.wrap(rest, W, initial_indent=pre, subsequent_indent=" " * len(pre),
                             break_on_hyphens=False, break_long_words=False)
    elif re.match(r"^\([a-z]+\) ", line):
        lab, rest = line.split(" ", 1)
        pre = f"          {lab:<5} "
        out += textwrap.wrap(rest, W, initial_indent=pre, subsequent_indent=" " * len(pre),
                             break_on_hyphens=False, break_long_words=False)
    else:
        raise SystemExit("bad line: " + line)
text = "\n".join(out).rstrip() + "\n"
text = text.replace("GBP ", "\u00a3")
open(os.path.join(os.path.dirname(HERE), "docs", "CONSTITUTION"), "w", encoding="utf-8").write(text)
print(len(text.split()), "words")
