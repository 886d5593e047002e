"""Converts src/community-participation-guidelines.md to the plain-text document
docs/COMMUNITY_PARTICIPATION_GUIDELINES (no extension).

Layout: a centred title block, numbered section headings (1., 2., 2.1 ...),
paragraphs wrapped at 72 columns, bullets as "*", typographic quotes and dashes
turned into ASCII, links written as "text <url>"."""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'community-participation-guidelines.md')
OUT = os.path.join(os.path.dirname(HERE), 'docs', 'COMMUNITY_PARTICIPATION_GUIDELINES')
W = 72


def ascii_text(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace(' \u2014 ', ' -- ').replace('\u2014', '--').replace('\u2013', '-')
    s = re.sub(r'\[([^\]]+)\]\((https?://[^)]+)\)', r'\1 <\2>', s)
    s = re.sub(r'\*([^*]+)\*', r'\1', s)
    return s


def wrap(s, indent='', sub=''):
    return textwrap.fill(s, W, initial_indent=indent, subsequent_indent=sub,
                         break_long_words=False, break_on_hyphens=False)


def main():
    lines = open(SRC, encoding='utf-8').read().split('\n')
    out = []
    sec = sub = 0
    blocks, cur = [], []
    for ln in lines:
        if ln.strip() == '':
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    for b in blocks:
        first = b[0]
        if first.startswith('# '):
            title = ascii_text(first[2:]).upper()
            out.append(title.center(W).rstrip())
            continue
        if first.startswith('#### '):
            out.append(ascii_text(first[5:]).center(W).rstrip())
            out.append('')
            out.append('Source: https://www.mozilla.org/about/governance/policies/participation/')
            out.append('=' * W)
            out.append('')
            continue
        if first.startswith('## '):
            sec += 1
            sub = 0
            h = f'{sec}. {ascii_text(first[3:]).upper()}'
            out += ['', h, '-' * len(h), '']
            continue
        if first.startswith('### '):
            sub += 1
            h = f'{sec}.{sub} {ascii_text(first[4:])}'
            out += [h, '']
            continue
        if all(l.startswith('* ') for l in b):
            for l in b:
                out.append(wrap(ascii_text(l[2:]), '    * ', '      '))
            out.append('')
            continue
        if first.startswith('[1]'):
            out += ['-' * 20, wrap(ascii_text(' '.join(b))), '']
            continue
        out.append(wrap(ascii_text(' '.join(l.strip() for l in b))))
        out.append('')
    text = '\n'.join(out).rstrip('\n') + '\n'
    text = re.sub(r'\n{3,}', '\n\n', text)
    open(OUT, 'w', encoding='utf-8').write(text)


if __name__ == '__main__':
    main()
