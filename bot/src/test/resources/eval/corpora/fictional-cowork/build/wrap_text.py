#!/usr/bin/env python3
"""Wrap src/MEMBERSHIP_AGREEMENT.src into the plain-text document.

Source format (one block per paragraph, blocks separated by blank lines):
  * a line starting with "| " (or a lone "|") is copied verbatim, without
    the "| " marker: used for the title block, the tier table and the
    contacts table;
  * any other block is one paragraph: its lines are joined, and it is
    wrapped at 72 columns.  Leading spaces are kept as the indent, and a
    label at the start ("4.2", "(a)", "12.") gets a hanging indent, so
    continuation lines line up with the text after the label.

Usage: python3 build/wrap_text.py src/MEMBERSHIP_AGREEMENT.src docs/MEMBERSHIP_AGREEMENT
"""
import re
import sys
import textwrap

WIDTH = 72
LABEL = re.compile(r'^(\s*)((?:\d+\.\d+|\d+\.|\([a-z]\)|\([ivx]+\))\s+)?(.*)$')


def wrap_block(lines):
    first = lines[0]
    m = LABEL.match(first)
    indent, label, rest = m.group(1), m.group(2) or '', m.group(3)
    text = ' '.join([rest] + [l.strip() for l in lines[1:]])
    text = re.sub(r'\s+', ' ', text).strip()
    hang = ' ' * (len(indent) + len(label))
    return textwrap.fill(text, width=WIDTH, initial_indent=indent + label,
                         subsequent_indent=hang, break_long_words=False,
                         break_on_hyphens=False)


def main(src, dst):
    raw = open(src, encoding='utf-8').read().split('\n')
    out, block = [], []

    def flush():
        if block:
            out.append(wrap_block(block))
            block.clear()

    for line in raw:
        if line.startswith('|'):
            flush()
            out.append(line[2:] if line.startswith('| ') else '')
        elif line.strip() == '':
            flush()
            out.append('')
        else:
            block.append(line.rstrip())
    flush()
    text = '\n'.join(out)
    text = re.sub(r'\n{3,}', '\n\n', text).strip('\n') + '\n'
    for n, l in enumerate(text.split('\n'), 1):
        if len(l) > 76:
            sys.exit(f'line {n} too long ({len(l)}): {l}')
    open(dst, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
