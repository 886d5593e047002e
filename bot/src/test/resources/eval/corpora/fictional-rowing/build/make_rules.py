#!/usr/bin/env python3
"""Builds docs/CLUB_RULES (plain text, 74 columns) from src/CLUB_RULES.src.
Markup: '=' verbatim line; 'P' paragraph; 'S 9(3) text' sub-rule (hanging
indent 6); 'L (a) text' lettered item (indent 6, continuation 10);
'T'..'END' verbatim table; 'RULE' lines verbatim; blank lines kept."""
import sys, textwrap
W = 74
src, out = sys.argv[1], sys.argv[2]
res, table = [], False
for line in open(src, encoding='utf-8').read().splitlines():
    if table:
        if line == 'END':
            table = False
        else:
            res.append(line.rstrip())
        continue
    if line == 'T':
        table = True
    elif line.startswith('='):
        res.append(line[1:].rstrip())
    elif line.startswith('RULE') or not line.strip():
        res.append(line.rstrip())
    elif line.startswith('P '):
        res += textwrap.wrap(line[2:], W, break_on_hyphens=False)
    elif line.startswith('S '):
        label, text = line[2:].split(' ', 1)
        res += textwrap.wrap(text, W, initial_indent=label.ljust(6),
                             subsequent_indent=' ' * 6, break_on_hyphens=False)
    elif line.startswith('L '):
        label, text = line[2:].split(' ', 1)
        res += textwrap.wrap(text, W, initial_indent=' ' * 6 + label + ' ',
                             subsequent_indent=' ' * 10, break_on_hyphens=False)
    else:
        sys.exit('bad line: ' + line)
open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')
