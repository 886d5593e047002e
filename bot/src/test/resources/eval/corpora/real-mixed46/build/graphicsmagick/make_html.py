#!/usr/bin/env python3
"""Join six GraphicsMagick 1.3.40 project pages (Debian package graphicsmagick,
/usr/share/doc/graphicsmagick/www/) into one HTML page, words unchanged.
Changes of form only: the pages' site chrome is given once; each page's h1 becomes
an h2 (its sections h3/h4); the Project Information link list is shown as a table;
the 'PGP Public Key' section of security.html (a key block) is left out whole."""
import re, os
HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, '..', 'originals', 'graphicsmagick')
OUT = os.path.join(HERE, '..', '..', 'docs', 'graphicsmagick-project-policies.html')
PAGES = ['mission', 'project', 'process', 'contribute', 'security', 'bugs']

def body(name):
    t = open(os.path.join(ORIG, name + '.html'), encoding='utf-8').read()
    m = re.search(r'<div class="document" id="([^"]+)">(.*?)\n</div>\n\n\n<hr class="docutils">', t, re.S)
    assert m, name
    pid, b = m.group(1), m.group(2)
    b = re.sub(r'<!--.*?-->\n?', '', b, flags=re.S)
    if name == 'security':
        b = re.sub(r'<div class="section" id="pgp-public-key">.*?</pre>\n</div>\n?', '', b, flags=re.S)
        assert 'PGP' not in b
    # demote headings: h2 -> h4, h1 -> h3, title h1 -> h2
    b = b.replace('<h2', '<h4').replace('</h2>', '</h4>')
    b = re.sub(r'<h1 class="title">(.*?)</h1>', r'<h2 class="title">\1</h2>', b)
    b = b.replace('<h1>', '<h3>').replace('</h1>', '</h3>')
    if name == 'project':
        rows = re.findall(r'<p>(<a [^>]+>[^<]+</a>) - (.*?)</p>', b)
        assert len(rows) == 16
        table = '<table class="project-info">\n' + ''.join(
            f'<tr><td>{a}</td><td>- {d}</td></tr>\n' for a, d in rows) + '</table>'
        b = re.sub(r'(<p><a [^>]+>[^<]+</a> - .*?</p>\n?)+', table + '\n', b, flags=re.S)
    return f'<section class="document" id="{pid}">\n{b.strip()}\n</section>\n'

STYLE = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 0; color: #222; background: #fff; line-height: 1.45; }
.banner { background: #1a3b5c; color: #fff; padding: 12px 24px; }
.banner .title { font-size: 1.8em; font-weight: bold; letter-spacing: 0.02em; }
.navmenu { background: #dfe8f1; border-bottom: 1px solid #9ab; }
.navmenu ul { list-style: none; margin: 0; padding: 6px 24px; }
.navmenu li { display: inline; margin-right: 1.2em; }
.navmenu a { color: #1a3b5c; text-decoration: none; font-weight: bold; }
main { max-width: 52em; margin: 0 auto; padding: 12px 24px 24px; }
section.document { border-bottom: 1px solid #ccc; padding-bottom: 1em; margin-bottom: 1.5em; }
h2.title { color: #1a3b5c; border-bottom: 2px solid #1a3b5c; padding-bottom: 4px; }
h3 { color: #2b5680; margin-top: 1.4em; }
h4 { color: #2b5680; margin-bottom: 0.3em; }
blockquote { margin: 0.3em 0 0.8em 1.5em; }
cite { font-style: normal; font-family: "DejaVu Sans Mono", monospace; font-size: 0.92em; }
table.project-info { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
table.project-info td { border: 1px solid #b8c6d4; padding: 4px 8px; vertical-align: top; }
table.project-info tr:nth-child(odd) td { background: #f3f6f9; }
footer { border-top: 1px solid #9ab; color: #555; font-size: 0.9em; padding: 10px 24px; }
"""

html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>GraphicsMagick Mission Statement, Project Information, Development Process, Contributing, Security and Bugs</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<div class="banner"><span class="title">GraphicsMagick</span></div>
<nav class="navmenu">
<ul>
  <li><a href="index.html">Home</a></li>
  <li><a href="project.html">Project</a></li>
  <li><a href="download.html">Download</a></li>
  <li><a href="README.html">Install</a></li>
  <li><a href="Hg.html">Source</a></li>
  <li><a href="NEWS.html">News</a></li>
  <li><a href="utilities.html">Utilities</a></li>
  <li><a href="programming.html">Programming</a></li>
  <li><a href="reference.html">Reference</a></li>
</ul>
</nav>
</header>
<main>
{''.join(body(p) for p in PAGES)}</main>
<footer>
<p><a href="Copyright.html">Copyright</a> &copy; GraphicsMagick Group 2002 - 2023</p>
</footer>
</body>
</html>
"""
open(OUT, 'w', encoding='utf-8').write(html)
print('wrote', OUT)
