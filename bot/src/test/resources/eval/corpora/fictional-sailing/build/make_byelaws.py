#!/usr/bin/env python3
"""Build docs/CLUB_BYELAWS (plain text, no extension, wrapped at 72 columns)
from src/CLUB_BYELAWS.src.

Source format: blocks between "=RAW" and "=END" are copied verbatim;
every other blank-line-separated paragraph starts with a label
("1.1" for a sub-clause, "(i)" for an item) and is wrapped with a
hanging indent so that continuation lines line up with the text."""
import re, sys, textwrap, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WIDTH = 72

def wrap(label, text, indent):
    first = ' ' * indent + label.ljust(6)
    # keep "GBP 45" and "Byelaw 17" on one line
    text = re.sub(r'\b(GBP|Byelaw) (\d)', '\\1\x00\\2', ' '.join(text.split()))
    return textwrap.fill(text, width=WIDTH,
                         initial_indent=first,
                         subsequent_indent=' ' * len(first),
                         break_on_hyphens=False).replace('\x00', ' ')

out = []
src = open(os.path.join(ROOT, 'src', 'CLUB_BYELAWS.src')).read().splitlines()
i = 0
para = []
def flush():
    global para
    if not para:
        return
    text = ' '.join(l.strip() for l in para)
    m = re.match(r'^(\d+\.\d+)\s+(.*)$', text)
    if m:
        out.append(wrap(m.group(1), m.group(2), 0))
    else:
        m = re.match(r'^(\([ivx]+\))\s+(.*)$', text)
        if not m:
            sys.exit('unlabelled paragraph: ' + text[:60])
        out.append(wrap(m.group(1), m.group(2), 6))
    out.append('')
    para = []

while i < len(src):
    line = src[i]
    if line == '=RAW':
        flush()
        i += 1
        while src[i] != '=END':
            out.append(src[i].rstrip())
            i += 1
        out.append('')
    elif line.strip() == '':
        flush()
    else:
        para.append(line)
    i += 1
flush()
while out and out[-1] == '':
    out.pop()
text = '\n'.join(out) + '\n'
for n, l in enumerate(text.splitlines(), 1):
    if len(l) > WIDTH:
        sys.exit('line %d too long: %r' % (n, l))
open(os.path.join(ROOT, 'docs', 'CLUB_BYELAWS'), 'w').write(text)
print('docs/CLUB_BYELAWS: %d lines, %d words' % (len(text.splitlines()), len(text.split())))
