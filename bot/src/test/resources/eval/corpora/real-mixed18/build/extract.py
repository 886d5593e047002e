#!/usr/bin/env python3
"""Cuts the article out of the two Sphinx pages (shipped HTML) and inlines the SQLite stylesheet.
Text is not changed: only the Sphinx permalink marks (the pilcrow anchors) are dropped."""
import re, os
B = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(B, 'orig')

def article(path):
    t = open(path, encoding='utf-8').read()
    i = t.index('<section')
    # the outermost section closes at the last </section> of the page
    j = t.rindex('</section>') + len('</section>')
    body = t[i:j]
    body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', body, flags=re.S)
    return body

open(os.path.join(B, 'skimage-code-of-conduct.html'), 'w', encoding='utf-8').write(
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>scikit-image Code of Conduct</title></head>\n<body>\n'
    + article(os.path.join(O, 'skimage-code_of_conduct.html')) + '\n</body></html>\n')
open(os.path.join(B, 'linux-cve-body.html'), 'w', encoding='utf-8').write(
    article(os.path.join(O, 'linux-cve.html')) + '\n')

t = open(os.path.join(O, 'sqlite-copyright.html'), encoding='utf-8').read()
css = open(os.path.join(O, 'sqlite.css'), encoding='utf-8').read()
link = '<link href="sqlite.css" rel="stylesheet">'
assert t.count(link) == 1
t = t.replace(link, '<style>\n' + css + '\n</style>')
open(os.path.join(B, '..', 'docs', 'sqlite-copyright.html'), 'w', encoding='utf-8').write(t)
