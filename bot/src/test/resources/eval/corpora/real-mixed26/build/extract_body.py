#!/usr/bin/env python3
"""Cut the article body out of a Sphinx HTML page, unchanged except that the
pilcrow "headerlink" anchors (navigation marks, not text) are dropped and
relative image paths are made absolute. Writes a small standalone HTML file.

    extract_body.py PAGE.html START_MARKER END_MARKER TITLE OUT.html [CSS]

TITLE "-" writes no <title> (pandoc would otherwise add it as a second title).
"""
import os, re, sys

page, start, end, title, out = sys.argv[1:6]
css = sys.argv[6] if len(sys.argv) > 6 else None
src = open(page, encoding='utf-8').read()
i = src.index(start) + len(start)
j = src.index(end, i)
body = src[i:j]
body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', body, flags=re.S)
base = os.path.dirname(os.path.abspath(page))
body = re.sub(r'(<img[^>]*\bsrc=")(?!https?:|/)([^"]+)"',
              lambda m: m.group(1) + 'file://' + os.path.normpath(os.path.join(base, m.group(2))) + '"',
              body)
head = '<meta charset="utf-8">' + (f'<title>{title}</title>' if title != '-' else '')
if css:
    head += f'<link rel="stylesheet" href="file://{os.path.abspath(css)}">'
with open(out, 'w', encoding='utf-8') as f:
    f.write(f'<!DOCTYPE html>\n<html lang="en"><head>{head}</head><body>\n{body}\n</body></html>\n')
