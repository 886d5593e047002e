#!/usr/bin/env python3
"""Hard-wraps src/security-and-incident-policy.src.txt into docs/SECURITY-AND-INCIDENT-POLICY.

Paragraphs are one logical line each. Lines starting with '+' or '|' (the ASCII
tables), headings in capitals and the header block are copied as they are.
Clauses such as "4.2 ..." get a hanging indent of 4; items such as "(a) ..."
are indented 4 with a hanging indent of 8.
"""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, 'security-and-incident-policy.src.txt'), encoding='utf-8').read()
out = []
for line in src.split('\n'):
    if re.match(r'\d+\.\d+ ', line):                      # clause: hanging indent
        out += textwrap.wrap(line, 70, subsequent_indent='    ', break_on_hyphens=False)
    elif re.match(r'\([a-z]\) ', line):                     # lettered item
        out += textwrap.wrap(line, 70, initial_indent='    ', subsequent_indent='        ', break_on_hyphens=False)
    elif (not line.strip() or line.startswith(('+', '|')) or line.isupper()
          or len(line) <= 70 and not line.endswith('.')):
        out.append(line.rstrip())                            # tables, headings, header block
    else:                                                    # loose paragraph inside a clause
        out += textwrap.wrap(line, 70, initial_indent='    ', subsequent_indent='    ', break_on_hyphens=False)
open(os.path.join(HERE, '..', 'docs', 'SECURITY-AND-INCIDENT-POLICY'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
