#!/usr/bin/env python3
"""Rebuild the four documents of real-mixed36 from build/originals (run from anywhere)."""
import re, subprocess, os, html
B = os.path.dirname(os.path.abspath(__file__)); O = os.path.join(B, 'originals'); D = os.path.join(B, '..', 'docs')
os.makedirs(D, exist_ok=True)

def run(*a, **k): subprocess.run(a, check=True, **k)

# 1. Plain text: Debian Developer's Reference 5.8.5 (lines 2787-3057 of developers-reference.txt)
lines = open(os.path.join(O, 'developers-reference.txt')).read().split('\n')
i = next(n for n, l in enumerate(lines) if l.startswith('5.8.5. Handling security-related bugs'))
j = next(n for n, l in enumerate(lines) if l.startswith('5.9. Moving, removing'))
head = ("Debian Developer's Reference, version 12.18\n"
        "Section 5.8.5: Handling security-related bugs\n"
        "(from the Debian package developers-reference 12.18; GPL-2+; see /usr/share/doc/developers-reference/copyright)\n"
        "=====================================================================================\n\n")
open(os.path.join(D, 'SECURITY-BUGS'), 'w').write(head + '\n'.join(lines[i:j]).rstrip() + '\n')

# helper: Debian Administrator's Handbook section -> markdown
def handbook_md(name, keep):
    md = subprocess.run(['pandoc', '-f', 'html', '-t',
        'markdown-raw_html-native_divs-native_spans-fenced_divs-bracketed_spans-link_attributes-header_attributes-smart',
        '--wrap=none', os.path.join(O, name)], capture_output=True, text=True, check=True).stdout
    md = md[md.index('\n## '):]
    md = re.sub(r'\{\.[^}]*\}', '', md)
    md = re.sub(r'(?m)^!\[.*$', '', md)
    # drop trailing navigation after the content
    md = re.split(r'(?m)^-   \[\*\*Prev\*\*\]', md)[0]
    parts = re.split(r'(?m)^(#+ .*)$', md)
    out = []
    for k in range(1, len(parts), 2):
        num = parts[k].split()[1]
        if keep(num): out.append(parts[k] + parts[k+1])
    return ''.join(out)

CSS = """
body{font-family:'DejaVu Serif',Georgia,serif;margin:0;color:#222;line-height:1.5}
header{background:#a80030;color:#fff;padding:1em 2em} header p{margin:.2em 0}
nav{background:#f2f2f2;padding:.6em 2em;border-bottom:1px solid #ccc} nav a{margin-right:1.2em;color:#a80030}
main{max-width:50em;margin:1em auto;padding:0 2em} footer{border-top:1px solid #ccc;padding:1em 2em;font-size:.85em;color:#555}
table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #999;padding:.3em .6em;text-align:left;vertical-align:top}
code{font-family:'DejaVu Sans Mono',monospace;font-size:.9em}
"""

def page(title, sub, body_md, info_rows, footer, pdf=False):
    body = subprocess.run(['pandoc', '-f', 'markdown', '-t', 'html'], input=body_md,
                          capture_output=True, text=True, check=True).stdout
    heads = re.findall(r'<h([23]) id="([^"]+)">(.*?)</h\1>', body)
    navl = ''.join(f'<a href="#{i}">{re.sub("<[^>]+>","",t)}</a>' for lv, i, t in heads if lv in '23')
    table = '<table><caption>Document information</caption>' + ''.join(
        f'<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>' for a, b in info_rows) + '</table>'
    extra = ''
    if pdf:
        extra = """@page{size:A4;margin:2cm 2cm 2.5cm 2cm;@bottom-center{content:"Page " counter(page) " of " counter(pages);font-size:9pt;color:#555}}
        body{font-size:11pt} main{max-width:none;margin:0;padding:0} header,nav,footer{padding:.6em 0}"""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}{extra}</style></head>
<body><header><h1>{html.escape(title)}</h1><p>{html.escape(sub)}</p></header>
<nav aria-label="Sections">{navl}</nav>
<main>{table}{body}</main>
<footer>{footer}</footer></body></html>"""

LIC = ("Copyright 2003-2015 Rapha\u00ebl Hertzog, Roland Mas, Freexian SARL. Licensed under the GNU GPL version 2 or later, "
       "or Creative Commons Attribution-ShareAlike 3.0 Unported. Taken from the Debian package debian-handbook 11.20220922.")

# 2. HTML: Debian Administrator's Handbook 1.3 (sections 1.3, 1.3.1, 1.3.2, 1.3.2.1, 1.3.2.2)
md = handbook_md('sect.debian-internals.html', lambda n: n.rstrip('.') in ('1.3', '1.3.1', '1.3.2', '1.3.2.1', '1.3.2.2'))
open(os.path.join(D, 'debian-inner-workings.html'), 'w').write(page(
    "The Inner Workings of the Debian Project",
    "The Debian Administrator's Handbook, Chapter 1, Section 1.3 (excerpt: sections 1.3 to 1.3.2.2)",
    md, [("Source", "The Debian Administrator's Handbook (Debian package debian-handbook 11.20220922)"),
         ("Section", "1.3. The Inner Workings of the Debian Project"),
         ("Left out", "1.3.2.3 to 1.3.3.3"), ("Licence", "GPL-2.0+ or CC-BY-SA-3.0")], LIC))

# 3. PDF: Debian Administrator's Handbook 1.6 Lifecycle of a Release (whole section)
md = handbook_md('sect.release-lifecycle.html', lambda n: True)
h = page("Lifecycle of a Release", "The Debian Administrator's Handbook, Chapter 1, Section 1.6",
         md, [("Source", "The Debian Administrator's Handbook (Debian package debian-handbook 11.20220922)"),
              ("Section", "1.6. Lifecycle of a Release (complete)"), ("Licence", "GPL-2.0+ or CC-BY-SA-3.0")], LIC, pdf=True)
open(os.path.join(B, 'release-lifecycle-print.html'), 'w').write(h)
run('weasyprint', os.path.join(B, 'release-lifecycle-print.html'), os.path.join(D, 'debian-release-lifecycle.pdf'))

# 4. DOCX: Introduction to the Debian mailing lists (intro, subscription, user lists, advertising policy)
t = open(os.path.join(O, 'mailing-lists.txt')).read().split('\n')
def idx(s): return next(n for n, l in enumerate(t) if l.startswith(s))
def paras(block):
    out, cur = [], []
    for l in block:
        if l.strip(): cur.append(l.strip())
        elif cur: out.append(' '.join(cur)); cur = []
    if cur: out.append(' '.join(cur))
    return out
mdl = ['---', 'title: "Introduction to the Debian mailing lists"', '---', '',
       '*From the Debian package doc-debian 11.3+nmu1 (/usr/share/doc/debian/mailing-lists.txt). Excerpt: the introduction, '
       'Subscription / Unsubscription, User lists and the advertising policy; the development, translation, ports, bug tracking, '
       'miscellaneous and hosted lists are left out.*', '', '# 1. Introduction', '']
intro = paras(t[2:idx('Subscription / Unsubscription')])
mdl += [p + '\n' for p in intro]
mdl += ['# 2. Subscription / Unsubscription', '']
for p in paras(t[idx('Subscription / Unsubscription')+2:idx('User lists')]):
    p = p.replace('`', '\\`')
    if p.startswith('<listname>'): p = '`' + p + '`'
    mdl.append(p + '\n')
mdl += ['# 3. User lists', '']
ul = t[idx('User lists')+1:idx('Development lists')]
k = 0; intro_ul = []
while not ul[k].strip().endswith('@lists.debian.org'):
    intro_ul.append(ul[k]); k += 1
mdl += [p + '\n' for p in paras(intro_ul)]
entries = []; cur = None; field = None
for l in ul[k:]:
    s = l.strip()
    if (s.endswith('@lists.debian.org') or s.startswith('debian-')) and ' ' not in s and ':' not in s:
        cur = {'name': s}; entries.append(cur); field = None; continue
    m = re.match(r'\s+(Description|Moderated|Subscription|Language)\s*:\s*(.*)$', l)
    if m: field = m.group(1); cur[field] = m.group(2).strip(); continue
    if s and field: cur[field] += ' ' + s
mdl += ['| List | Description | Language | Moderated | Subscription |', '|---|---|---|---|---|']
for e in entries:
    mdl.append('| ' + ' | '.join(x.replace('|', '/') for x in [e['name'], e.get('Description', ''), e.get('Language', ''),
               e.get('Moderated', ''), e.get('Subscription', '')]) + ' |')
mdl += ['', '# 4. Debian mailing list advertising policy', '']
ad = t[idx('Debian mailing list advertising policy')+2:idx('-- ')]
txt = '\n'.join(ad)
a, rest = txt.split('The act of posting')
mdl += [p + '\n' for p in paras(a.split('\n'))]
b, c = rest.split('Our liability')
bl = b.split('*')
mdl.append('The act of posting ' + ' '.join(bl[0].split()) + '\n')
mdl += ['- ' + ' '.join(x.split()) for x in bl[1:]] + ['']
mdl += [p + '\n' for p in paras(('Our liability' + c).split('\n'))]
mdl += ['', '*Online HTML version of this document is available at https://www.debian.org/MailingLists/subscribe*', '']
open(os.path.join(B, 'mailing-lists.md'), 'w').write('\n'.join(mdl))
run('pandoc', '-f', 'markdown-smart', os.path.join(B, 'mailing-lists.md'), '-o', os.path.join(D, 'debian-mailing-lists.docx'))
print('ok')
