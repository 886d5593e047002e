#!/usr/bin/env python3
"""Build docs/R-FAQ (plain text, no extension) from the R FAQ shipped in r-base-core
(/usr/share/R/doc/FAQ). Whole sections are copied verbatim; only the selection changes."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, 'originals/r-faq/FAQ'), encoding='utf-8').read().split('\n')
body = src[115:]   # skip the table of contents; body starts at "1 Introduction"
idx = [i for i, l in enumerate(body)
       if re.match(r'^\d+(\.\d+)* \S', l) and i + 1 < len(body) and re.match(r'^[=*\-]+$', body[i + 1])]
sections = {}
for a, b in zip(idx, idx[1:] + [len(body)]):
    num = body[a].split(' ')[0]
    sections[num] = body[a:b]
KEEP = ['1', '1.1', '1.2', '1.3', '1.4', '1.5', '2', '2.3', '2.8', '2.9', '2.10', '2.11',
        '2.12', '2.13', '2.14', '5', '5.6', '9', '9.1', '9.2']
out = ['R FAQ', 'Frequently Asked Questions on R', 'Version 2022-09-08', 'Kurt Hornik and the R Core Team', '',
       '[Excerpt made for this collection: sections 1, 2.3, 2.8 to 2.14, 5.6 and 9 of',
       ' the R FAQ as shipped with R 4.2.2 (Debian package r-base-core); other',
       ' sections are left out, the text of the kept sections is unchanged.]', '', '']
for k in KEEP:
    lines = sections[k]
    while lines and lines[-1].strip() == '':
        lines = lines[:-1]
    out += lines + ['', '']
text = '\n'.join(out).rstrip() + '\n'
open(os.path.join(HERE, '..', 'docs', 'R-FAQ'), 'w', encoding='utf-8').write(text)
print('words', len(text.split()))
