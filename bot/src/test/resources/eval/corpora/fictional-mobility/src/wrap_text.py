#!/usr/bin/env python3
"""Hard-wraps src/rider-rules.src.txt (one clause or item per line) into docs/RIDER-RULES.

Numbered clauses ("4.2 ...") get a hanging indent under their text, lettered
items ("(a) ...") are indented by four spaces, and everything else that is
longer than 70 columns is wrapped flush left. Table rows, rules and headings
are copied unchanged.
"""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'rider-rules.src.txt')
OUT = os.path.join(HERE, '..', 'docs', 'RIDER-RULES')
WIDTH = 70

out = []
for line in open(SRC, encoding='utf-8').read().splitlines():
    if not line.strip() or line.startswith(('+', '|', '=')):
        out.append(line.rstrip())
        continue
    m = re.match(r'^(\d+\.\d+) ', line)
    if m:
        indent = ' ' * (len(m.group(1)) + 1)
        out.extend(textwrap.wrap(line, WIDTH, subsequent_indent=indent,
                                 break_on_hyphens=False))
        continue
    if re.match(r'^\([a-z]\) ', line):
        out.extend(textwrap.wrap(line, WIDTH, initial_indent='    ',
                                 subsequent_indent='        ', break_on_hyphens=False))
        continue
    out.extend(textwrap.wrap(line, WIDTH, break_on_hyphens=False) or [''])

with open(OUT, 'w', encoding='utf-8') as f:
    f.write('\n'.join(out) + '\n')
