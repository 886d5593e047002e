#!/usr/bin/env python3
"""Build docs/wireshark-contributing-and-releases.html from the Wireshark
Developer's Guide (Debian wireshark-doc 4.0.17-0+deb12u3,
/usr/share/doc/wireshark/wsdg_html_chunked/): sections 1.5, 1.7 (intro and
1.7.8) and 3.10, copied as they are (DocBook HTML), wrapped in a new page."""
import os, re, copy, bs4
HERE = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(HERE, 'originals', 'wireshark')

def load(name):
    s = bs4.BeautifulSoup(open(os.path.join(O, name), encoding='utf-8').read(), 'html.parser')
    return s.find('div', class_='section')

KEEP_IDS = set()
def clean(sec):
    # drop images (the GitLab workflow diagram) but keep the figure caption
    for mo in sec.find_all('div', class_='mediaobject'):
        mo.decompose()
    for t in sec.find_all(True):
        for a in ('class', 'style', 'target', 'accesskey', 'summary', 'width', 'align'):
            if a in t.attrs and a != 'class':
                del t.attrs[a]
    # cross references to sections not reproduced here become plain text
    for a in sec.find_all('a', class_='xref'):
        href = a.get('href', '')
        frag = href.split('#')[-1] if '#' in href else href.replace('.html', '')
        if frag in KEEP_IDS:
            a['href'] = '#' + frag
        else:
            a.replace_with(a.get_text())
    # empty anchors <a name=...> -> ids on headings
    for a in sec.find_all('a'):
        if a.get('name') and not a.get_text(strip=True):
            h = a.find_parent(['h2', 'h3', 'h4'])
            if h is not None:
                h['id'] = a['name']
            a.decompose()
    # unwrap DocBook titlepage wrappers
    for d in sec.find_all('div', class_='titlepage'):
        d.unwrap()
    for d in sec.find_all('div'):
        if not d.attrs.get('class'):
            d.unwrap()
    return sec

rel = load('ChIntroReleases.html')
hlp = load('ChIntroHelp.html')
con = load('ChSrcContribute.html')
for sec in (rel, hlp, con):
    for a in sec.find_all('a'):
        if a.get('name'):
            KEEP_IDS.add(a['name'])

# 1.7: keep the chapter intro paragraph plus 1.7.8 only
subs = hlp.find_all('div', class_='section', recursive=False)
for sub in subs:
    title = sub.find(['h3']).get_text()
    if not title.startswith('1.7.8.'):
        for a in sub.find_all('a'):
            if a.get('name'):
                KEEP_IDS.discard(a['name'])
        sub.decompose()

parts = [clean(rel), clean(hlp), clean(con)]
# the sentence naming incompatible licences: its licence names are links in
# the original; keep them as plain words so the sentence reads as one string
for p in con.find_all('p'):
    if 'Notable incompatible licenses' in p.get_text():
        for a in p.find_all('a'):
            a.unwrap()
        p.smooth()
body = '\n'.join(str(p) for p in parts)
# headings: h2 -> h2, h3 -> h3, h4 -> h4 (already sensible)
toc = []
for p in parts:
    for h in p.find_all(['h2', 'h3']):
        if h.get('id'):
            toc.append((h.name, h['id'], h.get_text(' ', strip=True)))
nav = '\n'.join('<li class="%s"><a href="#%s">%s</a></li>' % (n, i, t) for n, i, t in toc if n == 'h2')

page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wireshark Developer's Guide: Releases, Reporting Problems and Contributing Your Changes</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #1b1b1b; line-height: 1.5; }}
header {{ background: #1679a7; color: #fff; padding: 1em 2em; }}
header p {{ margin: 0.2em 0 0 0; }}
nav {{ background: #eef5f9; padding: 0.5em 2em; border-bottom: 1px solid #c8dbe6; }}
nav ul {{ list-style: none; margin: 0; padding: 0; display: flex; gap: 1.5em; flex-wrap: wrap; }}
main {{ max-width: 58em; padding: 1em 2em; }}
pre {{ background: #f4f4f4; padding: 0.6em; overflow-x: auto; }}
.warning, .note, .tip {{ border-left: 4px solid #d08a00; padding: 0.3em 1em; background: #fff8e6; }}
footer {{ border-top: 1px solid #ccc; padding: 1em 2em; font-size: 0.85em; color: #555; }}
</style>
</head>
<body>
<header>
<h1>Wireshark Developer's Guide</h1>
<p>Releases, reporting problems and contributing your changes (excerpt)</p>
</header>
<nav aria-label="Contents">
<ul>
{nav}
</ul>
</nav>
<main>
{body}
</main>
<footer>
<p>Excerpt of the Wireshark Developer's Guide (sections 1.5, 1.7.8 and 3.10), as shipped for Wireshark 4.0.
Copyright Gerald Combs and contributors, distributed under the GNU General Public License version 2 or later.</p>
</footer>
</body>
</html>
'''
dst = os.path.join(HERE, '..', 'docs', 'wireshark-contributing-and-releases.html')
open(dst, 'w', encoding='utf-8').write(page)
s = bs4.BeautifulSoup(page, 'html.parser')
for t in s(['script', 'style', 'head']): t.decompose()
print(dst, len(s.get_text(' ').split()), 'words')
