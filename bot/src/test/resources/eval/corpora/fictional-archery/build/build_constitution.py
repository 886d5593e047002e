#!/usr/bin/env python3
"""Builds docs/CONSTITUTION (plain text, wrapped at 74 columns) from src/CONSTITUTION.src.
Markup: blocks between <<< and >>> are copied as they are; a paragraph starting
"N. " is a clause (hanging indent 5), "(N) " a sub-clause (indent 5, hanging 9),
"(a) " an item (indent 9, hanging 13); other paragraphs are indented 5
inside a clause and start at column 0 elsewhere."""
import os, re, textwrap
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(root, 'src', 'CONSTITUTION.src'), encoding='utf-8').read()
out = []
W = 74
in_clause = False
parts = re.split(r'^<<<\n(.*?)^>>>\n', src, flags=re.S | re.M)
for i, part in enumerate(parts):
    if i % 2 == 1:
        out.append(part.rstrip('\n'))
        continue
    for para in re.split(r'\n\s*\n', part.strip('\n')):
        para = ' '.join(para.split())
        if not para:
            continue
        if re.match(r'^(SECTION [A-F]|SCHEDULE)', para):
            out.append(para + '\n' + ('-' * len(para) if para.startswith('SECTION') else '=' * len(para)))
            in_clause = False
            continue
        m = re.match(r'^(\d+\.) (.*)$', para)
        if m:
            in_clause = True
            out.append(textwrap.fill(para, W, initial_indent='', subsequent_indent=' ' * 5).replace(m.group(1) + ' ', m.group(1).ljust(5), 1))
            continue
        if re.match(r'^\(\d+\) ', para):
            out.append(textwrap.fill(para, W, initial_indent=' ' * 5, subsequent_indent=' ' * 9))
            continue
        if re.match(r'^\([a-z]\) ', para):
            out.append(textwrap.fill(para, W, initial_indent=' ' * 9, subsequent_indent=' ' * 13))
            continue
        ind = ' ' * 5 if in_clause else ''
        out.append(textwrap.fill(para, W, initial_indent=ind, subsequent_indent=ind))
text = '\n\n'.join(out) + '\n'
open(os.path.join(root, 'docs', 'CONSTITUTION'), 'w', encoding='utf-8').write(text)
