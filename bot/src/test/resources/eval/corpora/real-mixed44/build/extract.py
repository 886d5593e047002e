#!/usr/bin/env python3
"""Extract the visible text of every document in docs/ (used by check.py and for grepping).

plain text: as is; html: without tags, scripts, styles; docx: python-docx paragraphs and table cells;
pdf: pdftotext -layout and pdftotext without -layout (both variants are returned).
Usage: python3 build/extract.py  -> writes build/work/text/<file>.txt (+ .raw.txt for pdf)
"""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def text_variants(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.html', '.htm'):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(open(path, encoding='utf-8').read(), 'html.parser')
        for x in soup(['script', 'style', 'head']):
            x.decompose()
        return [soup.get_text(' ')]
    if ext == '.docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ['\n'.join(parts)]
    if ext == '.pdf':
        a = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
        return [a, b]
    return [open(path, encoding='utf-8').read()]


def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()


if __name__ == '__main__':
    out = os.path.join(HERE, 'work', 'text')
    os.makedirs(out, exist_ok=True)
    for f in sorted(os.listdir(os.path.join(ROOT, 'docs'))):
        vs = text_variants(os.path.join(ROOT, 'docs', f))
        open(os.path.join(out, f + '.txt'), 'w').write(vs[0])
        if len(vs) > 1:
            open(os.path.join(out, f + '.raw.txt'), 'w').write(vs[1])
        n = len(re.findall(r"\w[\w'.-]*", vs[0]))
        print(f, n, 'words')
