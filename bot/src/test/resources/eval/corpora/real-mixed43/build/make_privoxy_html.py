#!/usr/bin/env python3
"""Build docs/privoxy-faq-support-and-licence.html from the Privoxy 3.0.34 FAQ shipped in the
Debian package privoxy (/usr/share/doc/privoxy/faq/general.html, contact.html, copyright.html).
Whole sections: 1.13, 1.14, 1.17 (1.17.1, 1.17.2), 1.18, chapter 6 and chapter 7.
The DocBook markup is simplified; the words are unchanged. The sponsor-level list of 1.18 is
shown as a table (same words)."""
import os, re, html
from bs4 import BeautifulSoup, NavigableString, Tag

HERE = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(HERE, 'originals', 'privoxy')

def soup(name):
    return BeautifulSoup(open(os.path.join(O, name), encoding='latin-1').read(), 'html.parser')

def norm(s):
    return re.sub(r'\s+', ' ', s)

def slug(h):
    m = re.match(r'([\d.]+)', h)
    return 'sec-' + m.group(1).strip('.').replace('.', '-') if m else 'sec'

def conv(node, level_shift):
    """Return clean HTML for a bs4 node."""
    if isinstance(node, NavigableString):
        if node.__class__.__name__ == 'Comment':
            return ''
        return html.escape(norm(str(node)), quote=False)
    name = node.name.lower()
    kids = ''.join(conv(c, level_shift) for c in node.children)
    cls = ' '.join(node.get('class', []) or []).upper()
    if name == 'p' and 'LITERALLAYOUT' in cls:
        # literal layout with &nbsp; and <br>
        parts = []
        for c in node.descendants:
            if isinstance(c, NavigableString):
                parts.append(str(c))
            elif c.name == 'br':
                parts.append('\n')
        txt = ''.join(parts).replace('\xa0', ' ')
        txt = re.sub(r'\n\s*\n', '\n', txt).strip('\n')
        return '<pre>' + html.escape(txt, quote=False) + '</pre>\n'
    if name in ('h1', 'h2', 'h3', 'h4'):
        text = norm(node.get_text(' ', strip=True)).replace(' ?', '?').replace('" ', '"').strip()
        text = re.sub(r'"\s+', '"', text)
        m = re.search(r'SECT(\d)', cls)
        lvl = int(m.group(1)) + 1 if m else min(int(name[1]) + level_shift, 4)
        return f'<h{lvl} id="{slug(text)}">{html.escape(text, quote=False)}</h{lvl}>\n'
    if name == 'div' and 'VARIABLELIST' in cls and 'Gold' in node.get_text():
        rows = []
        for dt in node.find_all('dt'):
            dd = dt.find_next_sibling('dd')
            lvlname = norm(dt.get_text(' ', strip=True))
            m = re.match(r'(\w+) \((.*)\)', lvlname)
            rows.append('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (
                html.escape(m.group(1)), html.escape(m.group(2)),
                ''.join(conv(c, level_shift) for c in dd.find('p').children).strip()))
        return ('<table class="levels"><thead><tr><th>Sponsor level</th><th>Price</th>'
                '<th>What the sponsor gets</th></tr></thead><tbody>\n' + '\n'.join(rows) +
                '\n</tbody></table>\n')
    if name == 'a':
        href = node.get('href')
        if href and not href.startswith('#'):
            if href.startswith('../'):
                href = 'https://www.privoxy.org/user-manual/' + href[len('../user-manual/'):] if 'user-manual' in href else 'https://www.privoxy.org/' + href[3:]
            elif not re.match(r'(https?|mailto):', href):
                href = 'https://www.privoxy.org/faq/' + href
            return f'<a href="{html.escape(href)}">{kids}</a>'
        return kids
    if name in ('p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre'):
        k = kids.strip()
        return f'<{name}>{k}</{name}>\n' if k else ''
    if name in ('tt', 'code', 'kbd'):
        return f'<code>{kids}</code>'
    if name in ('i', 'em'):
        return f'<em>{kids}</em>'
    if name in ('b', 'strong'):
        return f'<strong>{kids}</strong>'
    if name == 'span' and 'QUOTE' in cls:
        return kids
    if name == 'br':
        return '<br>'
    return kids  # div, span, etc: unwrap

def clean_paragraph_spaces(h):
    h = re.sub(r'<p>\s+', '<p>', h)
    h = re.sub(r'\s+</p>', '</p>', h)
    h = re.sub(r'<li>\s+', '<li>', h)
    h = re.sub(r'\s+</li>', '</li>', h)
    pres = re.findall(r'<pre>.*?</pre>', h, flags=re.S)
    h = re.sub(r' {2,}', ' ', h)
    for p in pres:
        h = h.replace(re.sub(r' {2,}', ' ', p), p, 1)
    return h

parts = []
g = soup('general.html')
for d in g.find_all('div', class_='SECT2'):
    hh = d.find(['h2', 'h3'])
    if hh is None:
        continue
    h = hh.get_text(' ', strip=True)
    if re.match(r'1\.(13|14|17|18)\.', h):
        parts.append(conv(d, 1))
c = soup('contact.html')
parts.append(conv(c.find('div', class_='SECT1'), 1))
cp = soup('copyright.html')
parts.append(conv(cp.find('div', class_='SECT1'), 1))
main = clean_paragraph_spaces(''.join(parts))

toc = re.findall(r'<h([23]) id="([^"]+)">([^<]+)</h\1>', main)
nav = '\n'.join(f'<li class="l{l}"><a href="#{i}">{html.escape(html.unescape(t))}</a></li>' for l, i, t in toc)

page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privoxy FAQ: Helping, Donations, Sponsors, Support, Bug Reporting, Copyright and Licence</title>
<style>
 body {{ font-family: Georgia, "DejaVu Serif", serif; margin: 0; background: #f4f4ef; color: #222; line-height: 1.5; }}
 header {{ background: #2d4a22; color: #fff; padding: 1.2em 2em; }}
 header h1 {{ margin: 0; font-size: 1.6em; }}
 header p {{ margin: .3em 0 0; font-size: .95em; }}
 .wrap {{ display: flex; max-width: 72em; margin: 0 auto; }}
 nav {{ width: 17em; padding: 1em; font-size: .9em; }}
 nav ul {{ list-style: none; padding: 0; }}
 nav li.l3 {{ padding-left: 1em; }}
 main {{ flex: 1; background: #fff; padding: 1em 2.5em 2em; }}
 h2 {{ color: #2d4a22; border-bottom: 1px solid #ccc; }}
 pre {{ background: #eee; padding: .6em; overflow-x: auto; }}
 table {{ border-collapse: collapse; margin: 1em 0; }}
 th, td {{ border: 1px solid #999; padding: .4em .6em; vertical-align: top; text-align: left; }}
 th {{ background: #dfe8d8; }}
 footer {{ background: #ddd; padding: 1em 2em; font-size: .85em; }}
</style>
</head>
<body>
<header>
<h1>Privoxy Frequently Asked Questions (excerpt)</h1>
<p>Helping the project, donations and sponsors; contacting the developers, bug reporting and feature requests; copyright, licence and history. Privoxy 3.0.34.</p>
</header>
<div class="wrap">
<nav aria-label="Contents">
<h2>Contents</h2>
<ul>
{nav}
</ul>
</nav>
<main>
{main}
</main>
</div>
<footer>
<p>Source: Privoxy Frequently Asked Questions, sections 1.13, 1.14, 1.17, 1.18, 6 and 7, from the documentation of Privoxy 3.0.34 as shipped in the Debian package privoxy (3.0.34-1). Copyright &copy; 2001-2023 by Privoxy Developers. Privoxy and its documentation are free software under the GNU General Public License, version 2 or (at your option) any later version.</p>
</footer>
</body>
</html>
'''
out = os.path.join(HERE, '..', 'docs', 'privoxy-faq-support-and-licence.html')
open(out, 'w', encoding='utf-8').write(page)
txt = BeautifulSoup(page, 'html.parser')
for t in txt(['style', 'script']): t.decompose()
print('words', len(txt.get_text(' ').split()))
