#!/usr/bin/env python3
"""Builds docs/CONSTITUTION (plain text, no extension, wrapped at 70 columns)
from src/CONSTITUTION.src.  Markup: '#C' centred title line, '#P PART|TITLE',
'#A n|Title', '(1) ...' paragraph, '(a) ...' item, 'N. ...' schedule paragraph,
'#RAW' ... '#END' verbatim block."""
import os, re, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src', 'CONSTITUTION.src')
OUT = os.path.join(HERE, '..', 'docs', 'CONSTITUTION')
W = 70

def hang(prefix, text, indent):
    first = ' ' * indent + prefix
    rest = ' ' * (indent + len(prefix))
    return textwrap.fill(text, W, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False, break_long_words=False)

out, raw = [], False
for line in open(SRC, encoding='utf-8').read().splitlines():
    if raw:
        if line == '#END':
            raw = False
            out.append('')
        else:
            out.append(line.rstrip())
        continue
    if not line.strip():
        continue
    if line == '#RAW':
        raw = True
        out.append('')
        continue
    if line.startswith('#C'):
        out.append(line[3:].center(W).rstrip())
        continue
    if line.startswith('#P '):
        part, title = line[3:].split('|')
        out += ['', '', part, title, '']
        continue
    if line.startswith('#A '):
        n, title = line[3:].split('|')
        out += ['', f'Article {n}  {title}', '']
        continue
    m = re.match(r'(\(\d+\)) (.*)', line)
    if m:
        out.append(hang(m.group(1) + ' ', m.group(2), 2))
        continue
    m = re.match(r'(\([a-z]\)) (.*)', line)
    if m:
        out.append(hang(m.group(1) + ' ', m.group(2), 6))
        continue
    m = re.match(r'(\d+\.) (.*)', line)
    if m:
        out.append(hang(m.group(1) + ' ', m.group(2), 2))
        out.append('')
        continue
    out.append(hang('', line, 6))
text = '\n'.join(out).strip('\n') + '\n'
text = re.sub(r'\n{4,}', '\n\n\n', text)
open(OUT, 'w', encoding='utf-8').write(text)
print(OUT, len(text.split()), 'words')
