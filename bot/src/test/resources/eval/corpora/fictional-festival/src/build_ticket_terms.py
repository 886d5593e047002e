#!/usr/bin/env python3
"""Builds docs/TICKET_TERMS (plain text, wrapped at 78 columns) from src/ticket_terms.src."""
import re, sys, textwrap
W = 78
src = open(sys.argv[1], encoding='utf-8').read()
out, raw, para = [], False, []

def flush():
    global para
    if not para:
        return
    text = ' '.join(l.strip() for l in para)
    para = []
    m = re.match(r'^(\d+\.\d+)\s+(.*)$', text)
    if m:
        num, body = m.groups()
        first = num.ljust(6)
        out.extend(textwrap.wrap(body, W, initial_indent=first, subsequent_indent=' ' * 6,
                                 break_on_hyphens=False))
    elif re.match(r'^\([a-z]\)\s', text):
        lab, body = text.split(' ', 1)
        out.extend(textwrap.wrap(body, W, initial_indent=' ' * 6 + lab + ' ',
                                 subsequent_indent=' ' * 10, break_on_hyphens=False))
    elif re.match(r'^\d+\. [A-Z]', text):
        out.append(text)
        out.append('-' * len(text))
    else:
        out.extend(textwrap.wrap(text, W, break_on_hyphens=False))
    out.append('')

for line in src.split('\n'):
    if line == '@@RAW':
        flush(); raw = True; continue
    if line == '@@END':
        raw = False; out.append(''); continue
    if raw:
        out.append(line); continue
    if line.strip() == '':
        flush()
    else:
        para.append(line)
flush()
while out and out[-1] == '':
    out.pop()
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out).replace('~', ' ') + '\n')
