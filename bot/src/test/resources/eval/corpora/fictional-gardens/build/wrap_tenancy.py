#!/usr/bin/env python3
"""Wraps src/tenancy-agreement.src into docs/TENANCY_AGREEMENT at 70 columns.

Source format: blocks separated by blank lines.
  * a block whose lines start with '|' is copied verbatim (the '|' removed);
  * any other block is joined into one paragraph and wrapped; its leading
    spaces and label ("1.", "(1)", "(a)") with the spaces after it become the
    first-line prefix, and continuation lines are indented to the text
    column (a hanging indent).
"""
import re, sys, textwrap

WIDTH = 70
src, dst = sys.argv[1], sys.argv[2]
blocks = re.split(r'\n\s*\n', open(src, encoding='utf-8').read().strip('\n'))
out = []
for b in blocks:
    lines = b.split('\n')
    if lines[0].startswith('|'):
        out.append('\n'.join(l[1:].rstrip() for l in lines))
        continue
    m = re.match(r'^( *(?:\([a-z0-9]+\)|\d+\.)? *)', lines[0])
    prefix = m.group(1)
    lines[0] = lines[0][len(prefix):]
    body = ' '.join(l.strip() for l in lines)
    out.append(textwrap.fill(body, WIDTH, initial_indent=prefix,
                             subsequent_indent=' ' * len(prefix),
                             break_long_words=False, break_on_hyphens=False))
text = '\n\n'.join(out) + '\n'
for n, l in enumerate(text.split('\n'), 1):
    if len(l) > WIDTH:
        sys.exit(f'line {n} is {len(l)} columns: {l!r}')
open(dst, 'w', encoding='utf-8').write(text)
