#!/usr/bin/env python3
"""Builds docs/CONSTITUTION (plain text, no extension, wrapped at 70 columns)
from src/constitution.src. Clause numbers sit at column 0 with continuation
lines indented under the text; (i) items are indented by a further 6 columns."""
import re, textwrap, sys, os

W = 70
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, 'constitution.src'), encoding='utf-8').read().splitlines()
out = []
in_table = False
expect_title = False
for line in src:
    if in_table:
        if line == '@ENDTABLE':
            in_table = False
        else:
            out.append(line.rstrip())
        continue
    if line == '@TABLE':
        in_table = True
        continue
    if line.startswith('@CENTER '):
        out.append(line[8:].center(W).rstrip())
        continue
    if line == '@BLANK':
        out.append('')
        continue
    if line == '@RULE':
        out.append('=' * W)
        continue
    if not line.strip():
        out.append('')
        continue
    if re.match(r'ARTICLE \d+$', line):
        if out and out[-1] != '':
            out.append('')
        out.append(line)
        expect_title = True
        continue
    if expect_title:
        out.append(line)
        out.append('')
        expect_title = False
        continue
    m = re.match(r'(\d+\.\d+(?:\.\d+)?) (.*)', line)
    if m:
        num, text = m.groups()
        out.extend(textwrap.wrap(text, W, initial_indent=num.ljust(6), subsequent_indent=' ' * 6, break_on_hyphens=False))
        continue
    m = re.match(r'(\([ivx]+\)) (.*)', line)
    if m:
        num, text = m.groups()
        out.extend(textwrap.wrap(text, W, initial_indent=' ' * 6 + num.ljust(6), subsequent_indent=' ' * 12, break_on_hyphens=False))
        continue
    out.extend(textwrap.wrap(line, W, break_on_hyphens=False))
open(os.path.join(here, '..', 'docs', 'CONSTITUTION'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
