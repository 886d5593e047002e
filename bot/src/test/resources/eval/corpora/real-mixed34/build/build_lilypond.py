#!/usr/bin/env python3
"""Build docs/CONTRIBUTOR-GUIDE (plain text, no extension) from the LilyPond
Contributor's Guide as shipped in Debian 12 (lilypond-doc 2.24.1-2, info format).

Kept unchanged: the whole of chapter 1 "Introduction to contributing" (nodes
1, 1.1-1.4) and the whole of chapter 8 "Issues" (nodes 8, 8.1-8.4), plus the
manual's title/copyright lines and the opening paragraphs of the Top node.
Only the info navigation lines ("File: ..., Node: ...") and the ^_ node
separators are dropped.
"""
import gzip, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, 'orig', 'lilypond-contributor')
OUT = os.path.join(HERE, '..', 'docs', 'CONTRIBUTOR-GUIDE')

text = ''
for part in ('lilypond-contributor.info-1.gz', 'lilypond-contributor.info-2.gz'):
    with gzip.open(os.path.join(ORIG, part), 'rt', encoding='utf-8') as f:
        text += f.read()

nodes = text.split('\x1f')
by_name = {}
for n in nodes:
    m = re.search(r'^File: [^,]+,\s+Node: ([^,\n]+)', n.lstrip('\n'), re.M)
    if m:
        by_name[m.group(1)] = n

def body(name):
    n = by_name[name].lstrip('\n')
    lines = n.split('\n')
    assert lines[0].startswith('File: ')
    return '\n'.join(lines[1:]).strip('\n') + '\n'

# preamble: title/copyright lines of the manual (without the INFO-DIR entry)
pre = nodes[0]
pre = pre.split('INFO-DIR-SECTION')[0].strip('\n')
pre = pre.replace('This is lilypond-contributor.info, produced by makeinfo version 6.8 from\ncontributor.texi.\n\n', '')

top = body('Top')
top = top.split('* Menu:')[0].rstrip() + '\n'

chapters = [
    'Introduction to contributing', 'Help us', 'Overview of work flow',
    'Summary for experienced developers', 'Mentors',
    'Issues', 'Introduction to issues', 'Triaging bugs',
    'Issue classification', 'Adding issues to the tracker',
]
parts = [top, pre + '\n']
for c in chapters:
    parts.append(body(c))
out = '\n\n'.join(p.rstrip('\n') for p in parts) + '\n'
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(out)
print(OUT, len(out.split()), 'words')
