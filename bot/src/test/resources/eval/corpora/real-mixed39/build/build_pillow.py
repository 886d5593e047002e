#!/usr/bin/env python3
"""Build docs/pillow-versioning-and-deprecations.pdf from three pages of the
Pillow 9.4.0 documentation (Debian python-pil-doc 9.4.0-1.1+deb12u1,
/usr/share/doc/python-pil-doc/html/): about.html, releasenotes/versioning.html
and deprecations.html. The main text of each page is copied as it is (Sphinx
HTML, minus the pilcrow links), joined into one HTML file and printed with
weasyprint on A4 with 'Page N of M' footers."""
import os, subprocess, bs4
HERE = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(HERE, 'originals', 'pillow')

def main_of(name):
    s = bs4.BeautifulSoup(open(os.path.join(O, name), encoding='utf-8').read(), 'html.parser')
    m = s.find(attrs={'role': 'main'}) or s.find(attrs={'itemprop': 'articleBody'})
    sec = m.find('section') or m.find('div', class_='section')
    for a in sec.find_all('a', class_='headerlink'):
        a.decompose()
    for a in sec.find_all('a'):
        a.attrs = {k: v for k, v in a.attrs.items() if k == 'href'}
        if not a['href'].startswith('http'):
            a.unwrap()
    return sec

parts = [main_of('about.html'), main_of('versioning.html'), main_of('deprecations.html')]
body = '\n'.join(str(p) for p in parts)
html = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Pillow: About, Versioning, and Deprecations and removals</title>
<style>
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; }}
  @top-right {{ content: "Pillow 9.4.0 documentation (excerpt)"; font-size: 8pt; color: #777; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; }}
h1 {{ font-size: 17pt; color: #11557c; margin-top: 1.2em; }}
h2 {{ font-size: 13pt; color: #11557c; }}
h3 {{ font-size: 11pt; }}
pre {{ background: #f3f3f3; padding: 6px; font-size: 8.5pt; white-space: pre-wrap; }}
code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
table {{ border-collapse: collapse; margin: 0.6em 0; width: 100%; }}
th, td {{ border: 1px solid #999; padding: 3px 6px; text-align: left; vertical-align: top; font-size: 9pt; }}
th {{ background: #e8eef3; }}
.admonition {{ border-left: 4px solid #11557c; background: #f2f6f9; padding: 4px 10px; margin: 0.6em 0; }}
.admonition-title {{ font-weight: bold; margin: 0; }}
.versionchanged, .deprecated {{ font-style: italic; }}
.cover {{ border-bottom: 2px solid #11557c; margin-bottom: 1em; }}
.cover p {{ color: #444; }}
</style></head>
<body>
<div class="cover">
<p>Pillow (PIL Fork) 9.4.0 documentation, three pages joined: About; Versioning; Deprecations and removals.
Pillow is licensed under the open source HPND License.</p>
</div>
{body}
</body></html>
'''
hp = os.path.join(HERE, 'pillow.html')
open(hp, 'w', encoding='utf-8').write(html)
dst = os.path.join(HERE, '..', 'docs', 'pillow-versioning-and-deprecations.pdf')
subprocess.run(['weasyprint', hp, dst], check=True)
print(dst)
