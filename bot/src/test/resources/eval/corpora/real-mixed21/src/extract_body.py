#!/usr/bin/env python3
"""Cut the article body (from the first <section> to the last </section> inside
<div class="body" role="main">) out of a shipped Sphinx page and drop the
permalink anchors (the pilcrow signs); a lower-alpha list is marked
type="a" so that pandoc keeps its letters. The text itself is not changed."""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read()
body = src[src.index('<div class="body" role="main">'):]
body = body[body.index('<section'):body.rindex('</section>') + len('</section>')]
body = body.replace('<ol class="loweralpha">', '<ol class="loweralpha" type="a">')  # keep a), b), c) for pandoc
body = re.sub(r'<a class="headerlink"[^>]*>\u00b6</a>', '', body)
open(sys.argv[2], 'w', encoding='utf-8').write(body + '\n')
