#!/usr/bin/env python3
"""Builds docs/octave-contributing-and-bugs.pdf from pages of the GNU Octave 7.3.0 manual as shipped
in the Debian 12 package octave-doc 7.3.0-2 (/usr/share/doc/octave/octave.html/*.html; the pages
used are kept in build/originals/octave-doc/).

Each page's section is taken whole, in the manual's order. Only the navigation is removed: the
"Next/Previous/Up [Contents][Index]" bars, the horizontal rules, the lists of links to subsections
(some of which are not included) and the pilcrow anchors of the definition of `citation`. Links to
pages that are not included are made plain text (their words are kept). The words are not changed.

Writes build/octave/octave-contributing-and-bugs.html and prints it with weasyprint:
A4, a running header, "Page N of M" footers.
"""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
ORIG = os.path.join(ROOT, 'build', 'originals', 'octave-doc')

PAGES = ['Preface', 'How-You-Can-Contribute-to-Octave', 'Distribution',
         'Obsolete-Functions',
         'Trouble', 'Reporting-Bugs', 'Bug-Criteria', 'Bug-Tracker', 'Sending-Patches',
         'How-To-Get-Help-with-Octave']


def end_of(src, start, tag='div'):
    depth = 0
    for m in re.finditer(rf'<{tag}\b|</{tag}>', src[start:]):
        depth += 1 if m.group(0) == f'<{tag}' else -1
        if depth == 0:
            return start + m.end()
    raise ValueError('unbalanced')


def body_of(name):
    src = open(os.path.join(ORIG, name + '.html'), encoding='utf-8').read()
    s = src.index('<div', src.index('<body'))
    div = src[s:end_of(src, s)]
    while '<div class="header">' in div:
        h = div.index('<div class="header">')
        div = div[:h] + div[end_of(div, h):]
    div = re.sub(r'<ul class="section-toc">.*?</ul>', '', div, flags=re.S)
    div = re.sub(r'<hr>', '', div)
    div = re.sub(r"<a href='#index-[^']*' class='copiable-anchor'> &para;</a>", '', div)
    div = re.sub(r'<a href="[A-Za-z0-9_.-]+\.html(#[^"]*)?"[^>]*>(.*?)</a>', r'<span class="xref">\2</span>', div, flags=re.S)
    return div


CSS = """
@page {
  size: A4;
  margin: 2.2cm 2cm 2.4cm 2cm;
  @top-center { content: "GNU Octave 7.3.0 manual (excerpt): Preface, Obsolete Functions, Known Causes of Trouble"; font-size: 8.5pt; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #333; }
}
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 17pt; margin: 0 0 .3em 0; }
p.sub { font-family: "DejaVu Sans", sans-serif; color: #444; margin: 0 0 1.5em 0; font-size: 9.5pt; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
h3 { font-family: "DejaVu Sans", sans-serif; font-size: 12pt; margin-top: 1.2em; }
h4 { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; }
div.appendix { page-break-before: always; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
thead { display: table-header-group; }
th { background: #e8e8e8; }
tr { page-break-inside: avoid; }
code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
pre { white-space: pre-wrap; }
blockquote { margin-left: 2em; }
dl.def dt { font-weight: normal; }
a { color: #1a4f8b; text-decoration: none; }
"""

parts = [body_of(p) for p in PAGES]
page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>GNU Octave 7.3.0 manual (excerpt): Preface, Obsolete Functions and Known Causes of Trouble</title>
<style>{CSS}</style>
</head>
<body>
<h1>GNU Octave</h1>
<p class="sub">Manual for GNU Octave version 7.3.0 (excerpt): the Preface with two of its sections, Appendix C, and parts of Appendix D</p>
{''.join(parts)}
</body>
</html>
"""
html_path = os.path.join(HERE, 'octave-contributing-and-bugs.html')
open(html_path, 'w', encoding='utf-8').write(page)
subprocess.run(['weasyprint', html_path, os.path.join(ROOT, 'docs', 'octave-contributing-and-bugs.pdf')], check=True)
