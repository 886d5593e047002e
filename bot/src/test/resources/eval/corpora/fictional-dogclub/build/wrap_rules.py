#!/usr/bin/env python3
"""Builds docs/CLUB_RULES from src/club-rules.src by wrapping at 72 columns.

Source format: blocks separated by blank lines. Text between a line "@verbatim"
and a line "@end" is copied as is (markers dropped). A one-line block in capitals
is a heading and gets a "-" underline. Any other block is one paragraph: its
leading spaces give the indent, and a leading label ("1.", "3.1", "(ii)")
gives a hanging indent so continuation lines align with the text.
"""
import re, sys, textwrap, os

here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, '..', 'src', 'club-rules.src'), encoding='utf-8').read()
out = []
verb = []
src = re.sub(r'@verbatim\n(.*?)\n@end\n',
             lambda m: verb.append(m.group(1)) or '@V%d\n' % (len(verb) - 1), src, flags=re.S)
for block in re.split(r'\n\s*\n', src.strip('\n')):
    lines = block.split('\n')
    if re.fullmatch(r'@V\d+', lines[0].strip()):
        out.append('\n'.join(l.rstrip() for l in verb[int(lines[0].strip()[2:])].split('\n')))
        continue
    text = ' '.join(l.strip() for l in lines)
    indent = len(lines[0]) - len(lines[0].lstrip())
    if re.fullmatch(r'[A-Z &]+', text):
        out.append(text + '\n' + '-' * len(text))
        continue
    m = re.match(r'(\d+\.\d+|\d+\.|\([ivx]+\))\s+', text)
    hang = indent + (len(m.group(1)) + 1 if m else 0)
    out.append(textwrap.fill(text, width=72, initial_indent=' ' * indent,
                             subsequent_indent=' ' * hang,
                             break_on_hyphens=False, break_long_words=False))
open(os.path.join(here, '..', 'docs', 'CLUB_RULES'), 'w', encoding='utf-8').write('\n\n'.join(out) + '\n')
