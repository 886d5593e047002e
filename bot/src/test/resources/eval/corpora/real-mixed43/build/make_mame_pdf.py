#!/usr/bin/env python3
"""Build docs/mame-legal-faq-and-contributing.pdf (A4, "Page N of M" footers) from the MAME 0.251
documentation shipped in the Debian package mame-doc (/usr/share/doc/mame/singlehtml/index.html).
Whole sections kept: "What is MAME" (I-V); from "Common Issues and Questions (FAQ)" the disclaimer and
ten questions (the question index list is left out); "Contributing to MAME", "Testing and reporting
bugs", "Contributing to MAME's source code" (without its sub-pages C++ Coding Guidelines and Guidelines
for Software Lists, and without the sentence that introduces them); "MAME and security concerns"; "The MAME License". Words unchanged; a contents
table is added."""
import os, re, html, subprocess
from bs4 import BeautifulSoup, NavigableString, Comment

HERE = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(HERE, 'originals', 'mame', 'mame-singlehtml-index.html')
S = BeautifulSoup(open(src, encoding='utf-8').read(), 'html.parser')

def norm(s):
    return re.sub(r'\s+', ' ', s)

def conv(node):
    if isinstance(node, Comment):
        return ''
    if isinstance(node, NavigableString):
        return html.escape(norm(str(node)), quote=False)
    n = node.name
    if n in ('section',):
        return ''           # nested sections are handled explicitly
    if n == 'a' and 'headerlink' in (node.get('class') or []):
        return ''
    kids = ''.join(conv(c) for c in node.children)
    if n in ('p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'blockquote'):
        return f'<{n}>{kids.strip()}</{n}>\n'
    if n == 'code':
        return f'<code>{kids}</code>'
    if n in ('em', 'strong'):
        return f'<{n}>{kids}</{n}>'
    if n == 'div' and 'highlight' in ' '.join(node.get('class') or []):
        return '<pre>' + html.escape(node.get_text()) + '</pre>\n'
    if n == 'a':
        href = node.get('href', '')
        if href.startswith('http'):
            return f'<a href="{html.escape(href)}">{kids}</a>'
        return kids
    return kids

def section(sid, level, skip_children=True, drop=None):
    sec = S.find('section', id=sid)
    h = sec.find(re.compile('^h[1-6]$'))
    title = norm(h.get_text(' ', strip=True)).replace(' ¶', '').replace('¶', '').strip()
    body = ''
    for c in sec.children:
        if c is h:
            continue
        if drop and drop(c):
            continue
        body += conv(c)
    return f'<h{level} id="{sid}">{html.escape(title, quote=False)}</h{level}>\n{body}', title

parts, toc = [], []
def add(sid, level, part, **kw):
    h, t = section(sid, level, **kw)
    parts.append(h)
    toc.append((part, t, level))

add('what-is-mame', 2, 'Introduction')
for sid in ['i-purpose', 'ii-cost', 'iii-software-image-files', 'iv-derivative-works', 'v-official-contact-information']:
    add(sid, 3, 'Introduction')
add('common-issues-and-questions-faq', 2, 'Getting MAME prepared',
    drop=lambda c: getattr(c, 'name', None) == 'ol')
faq_ids = [
    'why-is-my-non-official-mame-package-e-g-emucr-build-broken-why-is-my-official-update-broken',
    'how-do-i-legally-obtain-roms-or-disk-images-to-run-on-mame',
    'isn-t-copying-roms-a-legal-gray-area',
    'can-t-game-roms-be-considered-abandonware',
    'what-about-those-arcade-cabinets-on-ebay-that-come-with-all-the-roms',
    'what-about-those-guys-who-burn-dvds-of-roms-for-the-price-of-the-media',
    'but-isn-t-there-a-special-dmca-exemption-that-makes-rom-copying-legal',
    'but-isn-t-it-ok-to-download-and-try-roms-for-24-hours',
    'if-i-buy-a-cabinet-with-legitimate-roms-can-i-set-it-up-in-a-public-place-to-make-money',
    'but-i-ve-seen-ultracade-and-global-vr-classics-cabinets-out-in-public-places-why-can-they-do-it',
]
for sid in faq_ids:
    add(sid, 3, 'Getting MAME prepared')
add('contributing-to-mame', 2, 'Contributing to MAME')
add('testing-and-reporting-bugs', 3, 'Contributing to MAME')
add('contributing-to-mames-source-code', 3, 'Contributing to MAME',
    drop=lambda c: (getattr(c, 'name', None) == 'div' and c.find('section') is not None)
    or (getattr(c, 'name', None) == 'p' and c.get_text().startswith('We have guidelines for specific parts')))
add('mame-and-security-concerns', 2, 'MAME and security concerns')
add('the-mame-license', 2, 'The MAME License')

rows = '\n'.join(f'<tr><td>{html.escape(t)}</td><td>{html.escape(p)}</td></tr>' for p, t, l in toc if l == 2)
body = ''.join(parts)
page = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>MAME: Purpose, Licence, Legal FAQ on ROMs, Contributing and Security</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; }}
  @top-right {{ content: "MAME 0.251 documentation (excerpt)"; font-size: 8pt; color: #777; }} }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; }}
h1 {{ font-size: 19pt; margin-bottom: 4pt; }}
h2 {{ font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #999; }}
h3 {{ font-size: 11.5pt; margin-top: 12pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 10pt 0; }}
th, td {{ border: 1px solid #888; padding: 4pt 6pt; text-align: left; }}
th {{ background: #e4e4e4; }}
code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9.5pt; }}
.note {{ font-size: 9pt; color: #333; }}
</style></head>
<body>
<h1>MAME: Purpose, Licence, Legal FAQ on ROMs, Contributing and Security</h1>
<p class="note">Excerpt from the MAME Documentation, MAME 0.251 (Debian package mame-doc 0.251+dfsg.1-1). Copyright &copy; 1997-2022 Nicola Salmoria and the MAME team. The sections below are reproduced unchanged; other parts of the documentation are left out.</p>
<table><thead><tr><th>Section in this excerpt</th><th>Part of the MAME documentation</th></tr></thead>
<tbody>
{rows}
</tbody></table>
{body}
</body></html>
'''
hp = os.path.join(HERE, 'mame-excerpt.html')
open(hp, 'w', encoding='utf-8').write(page)
out = os.path.join(HERE, '..', 'docs', 'mame-legal-faq-and-contributing.pdf')
subprocess.run(['weasyprint', hp, out], check=True)
t = subprocess.run(['pdftotext', '-layout', out, '-'], capture_output=True, text=True).stdout
print('words', len(t.split()), 'pages', t.count('\f'))
