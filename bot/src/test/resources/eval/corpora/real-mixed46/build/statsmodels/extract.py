#!/usr/bin/env python3
"""Cut the main body (<section> ... </section>) out of the Sphinx HTML pages of
python-statsmodels-doc 0.13.5 and write them to body-*.html for pandoc -> Markdown."""
import re, os, sys
ORIG = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'originals', 'python-statsmodels-doc')
for name in ['dev/index', 'dev/get_involved', 'dev/maintainer_notes', 'faq']:
    t = open(os.path.join(ORIG, name + '.html'), encoding='utf-8').read()
    start = t.index('<section', t.index('<div class="body" role="main">'))
    end = t.rindex('</section>', 0, t.index('<div class="sphinxsidebar"')) + len('</section>')
    b = t[start:end]
    b = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', b)
    out = 'body-' + name.replace('/', '-') + '.html'
    open(out, 'w', encoding='utf-8').write(b)
    print(out, len(re.sub('<[^>]+>', ' ', b).split()))
