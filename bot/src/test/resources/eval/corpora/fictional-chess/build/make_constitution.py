#!/usr/bin/env python3
"""Builds docs/CLUB_CONSTITUTION (plain text, no extension, wrapped at 72 columns)
from src/CLUB_CONSTITUTION.src.

Source markup: blocks are separated by blank lines.
  @@pre ... @@end      kept exactly as written (title block, table, schedule heading)
  "6. TITLE"           clause heading, kept as it is
  "6.1 text" / "S1.1"  sub-clause: number in a 6-column gutter, hanging indent of 6
  "(ii) text"          item: indented 6, marker in a 6-column gutter, hanging indent of 12
  anything else        paragraph indented 6
"""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src', 'CLUB_CONSTITUTION.src')
OUT = os.path.join(HERE, '..', 'docs', 'CLUB_CONSTITUTION')
WIDTH = 72


def wrap(text, first, rest):
    return textwrap.fill(' '.join(text.split()), width=WIDTH, initial_indent=first,
                         subsequent_indent=rest, break_on_hyphens=False, break_long_words=False)


out, pre, block = [], False, []


def flush():
    if not block:
        return
    text = ' '.join(l.strip() for l in block)
    block.clear()
    m_head = re.match(r'^\d+\. [A-Z][A-Z ,\-]+$', text)
    m_sub = re.match(r'^(S?\d+\.\d+) (.*)$', text)
    m_item = re.match(r'^(\([ivx]+\)) (.*)$', text)
    if m_head:
        out.append(text)
    elif m_sub:
        out.append(wrap(m_sub.group(2), m_sub.group(1).ljust(6), ' ' * 6))
    elif m_item:
        out.append(wrap(m_item.group(2), ' ' * 6 + m_item.group(1).ljust(6), ' ' * 12))
    else:
        out.append(wrap(text, ' ' * 6, ' ' * 6))
    out.append('')


for line in open(SRC, encoding='utf-8').read().splitlines():
    if line.strip() == '@@pre':
        flush()
        pre = True
        continue
    if line.strip() == '@@end':
        pre = False
        out.append('')
        continue
    if pre:
        out.append(line.rstrip())
        continue
    if not line.strip():
        flush()
    else:
        block.append(line)
flush()
while out and out[-1] == '':
    out.pop()
text = '\n'.join(out) + '\n'
# collapse runs of blank lines
text = re.sub(r'\n{3,}', '\n\n', text)
open(OUT, 'w', encoding='utf-8').write(text)
print(OUT, len(text.split()), 'words, longest line', max(len(l) for l in text.splitlines()))
