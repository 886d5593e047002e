"""Builds the plain-text document docs/LEGALCODE (no extension) from
src/cc-by-4.0-legalcode.src.

Source format: blocks separated by blank lines. A line starting with "%" is
written as it is (without the "%"): title block, section headings, rules.
Any other block is one paragraph: its leading spaces and list marker
("a.", "1.", "A.", "iv.", "*") give the indent, and the paragraph is wrapped
at 72 columns with a hanging indent under the text."""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'cc-by-4.0-legalcode.src')
OUT = os.path.join(os.path.dirname(HERE), 'docs', 'LEGALCODE')
W = 72
MARK = re.compile(r'^( *)((?:[a-z]|[A-Z]|[0-9]+|[ivx]+)\.|\*)? ?(.*)$')


def main():
    out = []
    for block in open(SRC, encoding='utf-8').read().split('\n\n'):
        lines = block.strip('\n').split('\n')
        if not lines or lines == ['']:
            continue
        if lines[0].startswith('%'):
            out += [l[1:] for l in lines]
            out.append('')
            continue
        text = ' '.join(l.strip() for l in lines)
        m = MARK.match(lines[0])
        lead, mark = m.group(1), m.group(2)
        if mark:
            body = text[len(mark):].strip()
            first = lead + mark + ' '
            sub = ' ' * len(first)
        else:
            body = text
            first = sub = lead
        out.append(textwrap.fill(body, W, initial_indent=first, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False))
        out.append('')
    text = '\n'.join(out).rstrip('\n') + '\n'
    text = re.sub(r'\n{3,}', '\n\n', text)
    open(OUT, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    main()
