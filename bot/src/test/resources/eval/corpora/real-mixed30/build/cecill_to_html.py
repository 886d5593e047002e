#!/usr/bin/env python3
"""Turn the CeCILL-C text (as unfolded from cimg-dev's Debian copyright file) into HTML for pandoc.
Only layout is interpreted: headings, bullet items, numbered items, paragraphs. No word is changed."""
import html, re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out, para, items, kind = [], [], [], None
def flush_para():
    global para
    if para:
        out.append('<p>' + html.escape(' '.join(l.strip() for l in para)) + '</p>')
        para = []
def flush_items():
    global items, kind
    if items:
        tag = 'ul' if kind == 'ul' else 'ol'
        out.append(f'<{tag}>' + ''.join('<li>' + html.escape(' '.join(i)) + '</li>' for i in items) + f'</{tag}>')
        items, kind = [], None
for line in lines:
    s = line.strip()
    if not s:
        flush_para()
        continue
    if re.match(r'^CeCILL-C FREE SOFTWARE LICENSE AGREEMENT$', s):
        flush_para(); flush_items(); out.append('<h1>' + html.escape(s) + '</h1>'); continue
    if line.startswith('    ') and (s in ('Notice', 'Preamble') or re.match(r'^Article \d+ - ', s)):
        flush_para(); flush_items(); out.append('<h2>' + html.escape(s) + '</h2>'); continue
    if re.match(r'^\d+\.\d+(\.\d+)? [A-Z][A-Za-z ]+$', s) and s.split(' ', 1)[1].replace('CeCILL', 'CECILL').isupper():
        flush_para(); flush_items(); out.append('<h3>' + html.escape(s) + '</h3>'); continue
    m = re.match(r'^\s+\* (.*)$', line)
    n = re.match(r'^\s+\d+\. (.*)$', line)
    if m or n:
        flush_para()
        k = 'ul' if m else 'ol'
        if kind and kind != k:
            flush_items()
        kind = k
        items.append([(m or n).group(1).strip()])
        continue
    if items and line.startswith('      ') and not para:
        items[-1].append(s); continue
    flush_items()
    para.append(line)
flush_para(); flush_items()
print('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CeCILL-C Free Software License Agreement</title></head><body>')
print('\n'.join(out))
print('</body></html>')
