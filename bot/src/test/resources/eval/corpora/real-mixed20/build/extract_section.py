#!/usr/bin/env python3
"""Cut the article (its outermost <section>) out of a Sphinx-built page and drop the
pilcrow heading links, so that pandoc sees only the text of the document."""
import re, sys
src, section_id, out = sys.argv[1:4]
page = open(src, encoding='utf-8').read()
start = page.index(f'<section id="{section_id}">')
depth, i = 0, start
for m in re.finditer(r'<(/?)section\b', page[start:]):
    depth += -1 if m.group(1) else 1
    if depth == 0:
        end = page.index('>', start + m.start()) + 1
        break
body = page[start:end]
body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', body, flags=re.S)
open(out, 'w', encoding='utf-8').write(body + '\n')
