#!/usr/bin/env python3
"""Builds docs/GOVERNING_DOCUMENT from src/GOVERNING_DOCUMENT.src.

Blocks are separated by blank lines. "=PRE" ... "=END" blocks are copied as written.
A block starting "4.1 " becomes a numbered paragraph wrapped at 76 columns with a hanging
indent of 6; a block starting "(a) " becomes an item indented 6 with a hanging indent of 10.
"""
import os, re, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
src = open(os.path.join(ROOT, 'src', 'GOVERNING_DOCUMENT.src'), encoding='utf-8').read()
out, pre, buf = [], False, []
def flush():
    if not buf:
        return
    text = ' '.join(l.strip() for l in buf)
    buf.clear()
    m = re.match(r'^((?:\d+|S)\.\d+)\s+(.*)$', text)
    if m:
        out.extend(textwrap.wrap(m.group(2), 76, initial_indent=m.group(1).ljust(6),
                                 subsequent_indent=' ' * 6, break_on_hyphens=False))
    else:
        m = re.match(r'^(\([a-z]\))\s+(.*)$', text)
        assert m, text
        out.extend(textwrap.wrap(m.group(2), 76, initial_indent=' ' * 6 + m.group(1).ljust(4),
                                 subsequent_indent=' ' * 10, break_on_hyphens=False))
    out.append('')
for line in src.splitlines():
    if line == '=PRE':
        flush(); pre = True; continue
    if line == '=END':
        pre = False; out.append(''); continue
    if pre:
        out.append(line.rstrip()); continue
    if line.strip() == '':
        flush()
    else:
        buf.append(line)
flush()
text = '\n'.join(out).rstrip('\n') + '\n'
text = re.sub(r'\n{3,}', '\n\n', text)
open(os.path.join(ROOT, 'docs', 'GOVERNING_DOCUMENT'), 'w', encoding='utf-8').write(text)
