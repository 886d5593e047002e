#!/usr/bin/env python3
"""Builds docs/RULES (plain text, wrapped at 72 columns) from src/RULES.src.

Source line prefixes:
  '|'    copy the rest of the line verbatim (headings, table rows)
  'H '   rule heading, e.g. 'H 12. Expulsion'  (copied verbatim)
  'P '   paragraph indented 4
  'S (n) text'  sub-rule: indent 4, continuation indent 8
  'L (a) text'  item: indent 8, continuation indent 12
  'M (a) text'  item directly under a rule: indent 4, continuation 8
  blank  blank line
"""
import sys, textwrap
W = 72
out = []
for raw in open(sys.argv[1], encoding='utf-8'):
    line = raw.rstrip('\n')
    if not line.strip():
        out.append('')
        continue
    tag, _, rest = line.partition(' ')
    if line.startswith('|'):
        out.append(line[1:].rstrip())
    elif tag == 'H':
        out.append(rest)
    elif tag == 'P':
        out += textwrap.wrap(rest, W, initial_indent='    ', subsequent_indent='    ', break_on_hyphens=False)
    elif tag in ('S', 'L', 'M'):
        label, _, text = rest.partition(' ')
        ind = {'S': 4, 'L': 8, 'M': 4}[tag]
        first = ' ' * ind + label.ljust(3) + ' '
        out += textwrap.wrap(text, W, initial_indent=first,
                             subsequent_indent=' ' * (ind + 4), break_on_hyphens=False)
    else:
        sys.exit('bad line: ' + line)
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out).rstrip() + '\n')
