#!/usr/bin/env python3
"""Turn the IPA Font License Agreement v1.0 (English) as Debian's copyright file
holds it (DEP-5 continuation lines: one leading space, "." for a blank line) into
pandoc Markdown. Only layout changes: heading marks, list markers followed by a
space, lines of one paragraph or item joined. The words are not changed."""
import re, sys
src, out = sys.argv[1], sys.argv[2]
lines = [l[1:] if l.startswith(' ') else l for l in open(src, encoding='utf-8').read().splitlines()]
lines = ['' if l.strip() == '.' else l.rstrip() for l in lines]
blocks = []          # (kind, indent, text)
cur = None
for l in lines:
    s = l.strip()
    if not s:
        cur = None
        continue
    ind = len(l) - len(l.lstrip())
    m1 = re.match(r'^(\d+)\.(.*)$', s)
    m2 = re.match(r'^\((\d+)\)(.*)$', s)
    m3 = re.match(r'^\(([a-z])\)(.*)$', s)
    if s == 'IPA Font License Agreement v1.0':
        blocks.append(['h1', 0, s]); cur = None
    elif re.match(r'^Article \d+ \(', s):
        blocks.append(['h2', 0, s]); cur = None
    elif m1 and ind <= 1:
        cur = ['l1', m1.group(1) + '.', m1.group(2).strip()]; blocks.append(cur)
    elif m2 and ind <= 4:
        cur = ['l2', '(' + m2.group(1) + ')', m2.group(2).strip()]; blocks.append(cur)
    elif m3:
        cur = ['l3', '(' + m3.group(1) + ')', m3.group(2).strip()]; blocks.append(cur)
    elif cur is not None:
        cur[2] += ' ' + s
    else:
        cur = ['p', 0, s]; blocks.append(cur)
md = []
prev = None
for kind, mark, text in blocks:
    text = re.sub(r'\s+', ' ', text).strip()
    if kind == 'h1':
        md += ['# ' + text, '']
    elif kind == 'h2':
        md += ['## ' + text, '']
    elif kind == 'p':
        md += [text, '']
    elif kind == 'l1':
        md += [mark + ' ' + text, '']
    elif kind == 'l2':
        md += ['    ' + mark + ' ' + text, '']
    elif kind == 'l3':
        md += ['        ' + mark + ' ' + text, '']
    prev = kind
open(out, 'w', encoding='utf-8').write('\n'.join(md))
