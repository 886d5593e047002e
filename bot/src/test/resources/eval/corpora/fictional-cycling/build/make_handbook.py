#!/usr/bin/env python3
"""Wraps src/CLUB_HANDBOOK.src at 74 columns into docs/CLUB_HANDBOOK (plain text, no extension).
Lines starting with two spaces (tables) are kept as written; '- ' bullets and 'Q. '/'A. '
lines get hanging continuation lines; other long lines are wrapped as paragraphs."""
import os, textwrap
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, '..', 'src', 'CLUB_HANDBOOK.src')
out = os.path.join(here, '..', 'docs', 'CLUB_HANDBOOK')
W = 74
res = []
for line in open(src, encoding='utf-8').read().splitlines():
    if line.startswith('  ') or len(line) <= W:
        res.append(line.rstrip())
    elif line.startswith('- '):
        res.extend(textwrap.wrap(line, W, subsequent_indent='  ', break_on_hyphens=False))
    elif line[:3] in ('Q. ', 'A. '):
        res.extend(textwrap.wrap(line, W, subsequent_indent='   ', break_on_hyphens=False))
    else:
        res.extend(textwrap.wrap(line, W, break_on_hyphens=False))
open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')
