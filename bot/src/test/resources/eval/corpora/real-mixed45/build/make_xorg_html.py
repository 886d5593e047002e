#!/usr/bin/env python3
"""Join the X.Org README and Versions HTML pages (Debian package xorg-docs 1:1.7.1-1.2)
into one HTML page. The body of each page is kept as shipped; only the package's long
shared stylesheet is replaced by a short one, and a header/nav/footer is added."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, 'originals', 'xorg-docs')

def body(name):
    t = open(os.path.join(ORIG, name), encoding='utf-8').read()
    return re.search(r'<body[^>]*>(.*)</body>', t, re.S).group(1)

readme, versions = body('README.html'), body('Versions.html')
ids_r = set(re.findall(r'id="([^"]+)"', readme)); ids_v = set(re.findall(r'id="([^"]+)"', versions))
assert not (ids_r & ids_v), ids_r & ids_v

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; line-height: 1.5; }
header.site { background: #1d3557; color: #fff; padding: 0.8em 2em; }
header.site a { color: #fff; }
header.site .brand { font-weight: bold; font-size: 1.2em; }
nav.site a { margin-right: 1.2em; }
main { max-width: 52em; margin: 0 auto; padding: 1em 2em 3em; }
section.doc { border-bottom: 2px solid #ccc; padding-bottom: 2em; margin-bottom: 2em; }
h1, h2, h3 { color: #1d3557; }
pre, code { font-family: "DejaVu Sans Mono", monospace; }
pre { background: #f4f4f4; padding: 0.8em; overflow-x: auto; }
table.variablelist { border-collapse: collapse; margin: 1em 0; }
table.variablelist td { border: 1px solid #bbb; padding: 0.2em 0.8em; vertical-align: top; }
table.variablelist td p { margin: 0.2em 0; }
footer.site { background: #eee; padding: 1em 2em; font-size: 0.9em; }
"""

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>README for X11R7.7 and X.Org Version Numbering Schemes - The X.Org Foundation</title>
<style>{CSS}</style>
</head>
<body>
<header class="site">
<div class="brand">The X.Org Foundation</div>
<nav class="site"><a href="#readme">README for X11R7.7</a> <a href="#versions">X.Org Version Numbering Schemes</a></nav>
</header>
<main>
<section class="doc" id="readme">
{readme}
</section>
<section class="doc" id="versions">
{versions}
</section>
</main>
<footer class="site">
<p>The X.Org Foundation</p>
</footer>
</body>
</html>
"""
open(os.path.join(HERE, '..', 'docs', 'xorg-readme-and-versions.html'), 'w', encoding='utf-8').write(page)
