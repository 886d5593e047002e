#!/usr/bin/env python3
"""Builds docs/PARENT_HANDBOOK (plain text, 72 columns) from src/parent_handbook.src.
Markup: '!' title line, '=' topic (underlined with =), '-Word' topic (underlined with -),
'|' verbatim line, 'N.N ' numbered paragraph, '- ' list item, blank line = break."""
import re, textwrap, os
HERE = os.path.dirname(os.path.abspath(__file__))
W = 72
src = open(os.path.join(HERE, 'parent_handbook.src'), encoding='utf-8').read().splitlines()
out, para = [], []

def flush():
    global para
    if not para:
        return
    text = ' '.join(para)
    para = []
    m = re.match(r'^(\d+\.\d+) (.*)$', text)
    if m:
        num = m.group(1).ljust(5)
        out.extend(textwrap.wrap(m.group(2), W, initial_indent=num, subsequent_indent=' ' * 5,
                                 break_on_hyphens=False))
    else:
        out.extend(textwrap.wrap(text, W, break_on_hyphens=False))

for line in src:
    if not line.strip():
        flush(); out.append(''); continue
    if line.startswith('!'):
        flush(); out.append(line[1:]); continue
    if line.startswith('|'):
        flush(); out.append(line[1:].rstrip()); continue
    if line.startswith('='):
        flush(); h = line[1:].upper(); out += [h, '=' * len(h)]; continue
    if re.match(r'^-\S', line):
        flush(); h = line[1:].upper(); out += [h, '-' * len(h)]; continue
    if line.startswith('- '):
        flush()
        out.extend(textwrap.wrap(line[2:], W, initial_indent='     - ', subsequent_indent=' ' * 7,
                                 break_on_hyphens=False))
        continue
    para.append(line.strip())
flush()
text = re.sub(r'\n{3,}', '\n\n', '\n'.join(out)).strip() + '\n'
open(os.path.join(HERE, '..', 'docs', 'PARENT_HANDBOOK'), 'w', encoding='utf-8').write(text)
