#!/usr/bin/env python3
"""Builds docs/DOJO_RULES (plain text, no extension) from src/DOJO_RULES.src.
Paragraphs starting "1.1" get a hanging indent of 5; items "a)" are indented 5
with a hanging indent of 8; =RAW ... =END blocks are copied as written."""
import os, re, textwrap
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = 70
src = open(os.path.join(ROOT, 'src/DOJO_RULES.src'), encoding='utf-8').read().split('\n')
out, para, raw = [], [], False

def flush():
    global para
    if not para:
        return
    text = ' '.join(para)
    # keep phone numbers and postcodes on one line
    text = re.sub(r'\b(01632|07700|TB\d) (\w+)', '\\1\x00\\2', text)
    para = []
    m = re.match(r'^(\d+\.\d+) (.*)$', text)
    n = re.match(r'^([a-z]\)) (.*)$', text)
    if m:
        first, rest, ind = m.group(1).ljust(5), m.group(2), ' ' * 5
    elif n:
        first, rest, ind = '     ' + n.group(1) + ' ', n.group(2), ' ' * 8
    else:
        first, rest, ind = '', text, ''
    out.extend(l.replace('\x00', ' ') for l in textwrap.wrap(
        rest, W, initial_indent=first, subsequent_indent=ind, break_on_hyphens=False))
    out.append('')

for line in src:
    if line == '=RAW':
        flush(); raw = True; continue
    if line == '=END':
        raw = False; out.append(''); continue
    if raw:
        out.append(line); continue
    if line.strip() == '':
        flush()
    else:
        para.append(line.strip())
flush()
text = re.sub(r'\n{3,}', '\n\n', '\n'.join(out)).strip('\n') + '\n'
open(os.path.join(ROOT, 'docs/DOJO_RULES'), 'w', encoding='utf-8').write(text)
