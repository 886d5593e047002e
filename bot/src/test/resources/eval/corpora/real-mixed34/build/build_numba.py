#!/usr/bin/env python3
"""Build docs/numba-contributing.html from the page as shipped in Debian 12
(numba-doc 0.56.4+dfsg-2, /usr/share/doc/numba-doc/html/developer/contributing.html).

The article body (div itemprop="articleBody", i.e. the whole page
"Contributing to Numba" as rendered by Sphinx) is copied unchanged.  The
Read-the-Docs sidebar (a 3,000-word table of contents of the whole manual),
scripts and theme files are replaced by a small self-contained page shell:
head + style, header, an in-page nav built from the page's own headings,
main, footer.
"""
import html, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'orig', 'numba-contributing', 'contributing.html')
OUT = os.path.join(HERE, '..', 'docs', 'numba-contributing.html')

t = open(SRC, encoding='utf-8').read()
m = re.search(r'<div itemprop="articleBody">(.*?)</div>\s*</div>\s*<footer', t, re.S)
body = m.group(1).strip()
# drop the empty permalink anchors (no visible text)
body = re.sub(r'<a class="headerlink"[^>]*>[^<]*</a>', '', body)  # icon-font glyph U+F0C1
# make the internal cross-reference links page-local or absolute
body = body.replace('href="../', 'href="https://numba.readthedocs.io/en/0.56.4/')

# in-page navigation from h2/h3 headings of the article
nav = []
for mm in re.finditer(r'<section id="([^"]+)">\s*(?:<span[^>]*></span>)?<h([23])>(.*?)</h[23]>', body, re.S):
    sec_id, level, title = mm.group(1), mm.group(2), re.sub(r'<[^>]+>', '', mm.group(3))
    nav.append((level, sec_id, title))
nav_html = ['<ul>']
for level, sec_id, title in nav:
    cls = ' class="sub"' if level == '3' else ''
    nav_html.append(f'<li{cls}><a href="#{sec_id}">{title}</a></li>')
nav_html.append('</ul>')

page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Contributing to Numba &mdash; Numba 0.56.4 documentation</title>
<link rel="canonical" href="https://numba.readthedocs.io/en/stable/developer/contributing.html">
<style>
body {{ margin: 0; font-family: "Lato", "Helvetica Neue", Arial, sans-serif; color: #404040; background: #edf0f2; line-height: 1.5; }}
header.site {{ background: #00A3E0; color: #fff; padding: 0.8em 1.5em; }}
header.site a {{ color: #fff; text-decoration: none; font-weight: bold; font-size: 1.3em; }}
header.site .crumbs {{ font-size: 0.9em; margin-top: 0.2em; }}
.wrap {{ display: flex; align-items: flex-start; }}
nav.toc {{ width: 260px; flex: none; background: #343131; color: #d9d9d9; padding: 1em; font-size: 0.9em; position: sticky; top: 0; }}
nav.toc ul {{ list-style: none; margin: 0; padding: 0; }}
nav.toc li {{ margin: 0.25em 0; }}
nav.toc li.sub {{ padding-left: 1em; }}
nav.toc a {{ color: #d9d9d9; text-decoration: none; }}
main {{ flex: 1; background: #fff; padding: 1.5em 3em; max-width: 900px; }}
h1, h2, h3, h4 {{ font-family: "Roboto Slab", Georgia, serif; color: #2b2b2b; }}
code, pre {{ font-family: Consolas, "Courier New", monospace; font-size: 0.9em; }}
pre {{ background: #f8f8f8; border: 1px solid #e1e4e5; padding: 0.6em; overflow-x: auto; }}
code.literal {{ color: #e74c3c; background: #fff; border: 1px solid #e1e4e5; padding: 0 3px; }}
.admonition {{ background: #e7f2fa; padding: 0.6em 1em; margin: 1em 0; }}
.admonition-title {{ font-weight: bold; background: #6ab0de; color: #fff; margin: -0.6em -1em 0.6em; padding: 0.3em 1em; }}
footer.site {{ background: #343131; color: #bbb; font-size: 0.85em; padding: 1em 1.5em; }}
footer.site a {{ color: #ddd; }}
</style>
</head>
<body>
<header class="site">
<a href="https://numba.readthedocs.io/en/0.56.4/index.html">Numba 0.56</a>
<div class="crumbs">Developer Manual &raquo; Contributing to Numba</div>
</header>
<div class="wrap">
<nav class="toc" aria-label="On this page">
{chr(10).join(nav_html)}
</nav>
<main>
{body}
</main>
</div>
<footer class="site">
<p>&copy; Copyright 2012-2023, Anaconda, Inc. and others. Built with Sphinx using a theme provided by Read the Docs.</p>
<p>Page as shipped in the Debian 12 package numba-doc 0.56.4+dfsg-2 (file /usr/share/doc/numba-doc/html/developer/contributing.html), licensed BSD-2-Clause.</p>
</footer>
</body>
</html>
'''
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(page)
print(OUT, len(page))
