#!/usr/bin/env python3
"""Build docs/modifying-latex.pdf from "Modifying LaTeX" (LaTeX Project Team,
12 December 1995), source modguide.tex as shipped in Debian 12
(texlive-latex-base-doc 2022.20230122-3, /usr/share/doc/texlive-doc/latex/base/modguide.tex.gz).

Steps: pandoc converts the LaTeX source to an HTML fragment; a few things
pandoc cannot render from this source are put back by hand exactly as they
appear in the shipped modguide.pdf (title block, table of contents,
abstract, the footnote, the \\LaTeXe logo written "LaTeX2e", the \\dump
command and the cross-reference "3"); then weasyprint prints the page (A4,
"Page N of M" footers).  The wording of the text is unchanged.
"""
import gzip, os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, 'orig', 'latex-modguide')
OUT = os.path.join(HERE, '..', 'docs', 'modifying-latex.pdf')
TMP = os.path.join(HERE, 'tmp')
os.makedirs(TMP, exist_ok=True)

tex = gzip.open(os.path.join(ORIG, 'modguide.tex.gz'), 'rt', encoding='utf-8').read()
src = os.path.join(TMP, 'modguide.tex')
open(src, 'w', encoding='utf-8').write(tex)
frag = subprocess.run(['pandoc', '-f', 'latex', '-t', 'html', '--wrap=none', src],
                      check=True, capture_output=True, text=True).stdout

fixes = [
    ('<p>[1995/12/01]</p>\n', ''),
    ('<em>Configuration options for</em> (<code>cfgguide.tex</code>)',
     '<em>Configuration options for</em> LaTeX2e (<code>cfgguide.tex</code>)'),
    ('just before the || of the', 'just before the <code>\\dump</code> of the'),
    ('prompted us to produce : the new', 'prompted us to produce LaTeX2e: the new'),
]
for a, b in fixes:
    assert a in frag, a
    frag = frag.replace(a, b)
frag, n = re.subn(r'<a href="#mcon:command"[^>]*>\[mcon:command\]</a>', '3', frag)
assert n == 1
assert 'produce :' not in frag and '||' not in frag

# the abstract is the first thing pandoc emits when it is inside the body
abstract = ('<section class="abstract"><h2 class="abstract-title">Abstract</h2>'
            '<p>This document was produced in response to suggestions that the '
            'modification and distribution conditions for the files constituting '
            'the New Standard LaTeX system should be similar to those implied by '
            'Version&nbsp;2 of the GNU General Public Licence, as published by the '
            'Free Software Foundation.</p></section>')
frag = re.sub(r'<div class="abstract">.*?</div>\s*', '', frag, flags=re.S)
if 'This document was produced in response' in frag:
    raise SystemExit('abstract still in fragment: check pandoc output')

# contents: the sections of the document with the page on which each starts
# in this printing (found by a first weasyprint pass, see below)
PAGES = globals().get('PAGES') or {}
toc_rows = [(t, PAGES.get(t, 0)) for t in ('Introduction', 'The system', 'Some examples',
            'Some assurances', 'Configuration possibilities',
            'Modification conditions', 'What do you think?')]
ids = re.findall(r'<h1 id="([^"]+)">([^<]+)</h1>', frag)
assert [t for _, t in ids] == [t for t, _ in toc_rows], ids
toc = ['<section class="toc"><h2>Contents</h2><table class="toc">']
for (sid, title), (_, page) in zip(ids, toc_rows):
    toc.append(f'<tr><td><a href="#{sid}">{title}</a></td><td class="pg">{page}</td></tr>')
toc.append('</table></section>')

page = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Modifying LaTeX</title>
<style>
@page {{ size: A4; margin: 25mm 25mm 28mm 25mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 9pt "DejaVu Serif", serif; color: #444; }}
  @bottom-left {{ content: "Modifying LaTeX"; font: 8pt "DejaVu Serif", serif; color: #777; }} }}
body {{ font: 11pt/1.45 "DejaVu Serif", Georgia, serif; color: #111; }}
.titleblock {{ text-align: center; margin: 2em 0 2.5em; }}
.titleblock h1.title {{ font-size: 22pt; font-weight: normal; margin: 0 0 0.8em; }}
.titleblock p {{ margin: 0.2em 0; }}
h1 {{ font-size: 15pt; margin: 1.6em 0 0.5em; page-break-after: avoid; }}
h2 {{ font-size: 12.5pt; page-break-after: avoid; }}
h3 {{ font-size: 11.5pt; font-weight: normal; page-break-after: avoid; }}
table.toc {{ width: 100%; border-collapse: collapse; margin-bottom: 1.5em; }}
table.toc td {{ padding: 3px 4px; border-bottom: 1px dotted #999; }}
table.toc td.pg {{ text-align: right; width: 3em; }}
table.toc a {{ color: #111; text-decoration: none; }}
section.abstract {{ margin: 0 3em 2em; font-size: 10.5pt; }}
section.abstract h2 {{ text-align: center; font-size: 11pt; }}
blockquote {{ margin: 0.8em 2.5em; }}
pre {{ font: 9.5pt "DejaVu Sans Mono", monospace; margin: 0.6em 2em; }}
code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9.5pt; }}
.sans-serif {{ font-family: "DejaVu Sans", sans-serif; }}
.footnotes {{ font-size: 9pt; border-top: 1px solid #999; margin-top: 3em; padding-top: 0.5em; }}
</style></head>
<body>
<header class="titleblock">
<h1 class="title">Modifying LaTeX</h1>
<p>&copy;&nbsp;Copyright 1995, LaTeX Project Team.</p>
<p>All rights reserved.<sup>*</sup></p>
<p>12 December 1995</p>
</header>
{''.join(toc)}
{abstract}
<main>
{frag}
</main>
<footer class="footnotes">
<p><sup>*</sup> This file may distributed and/or modified under the conditions of the LaTeX Project Public License, either version 1.3c of this license or (at your option) any later version. See the source textttmodguide.tex for full details.</p>
</footer>
</body></html>
'''
html_path = os.path.join(TMP, 'modifying-latex.html')
open(html_path, 'w', encoding='utf-8').write(page)
subprocess.run(['weasyprint', html_path, OUT], check=True)

if not globals().get('SECOND_PASS'):
    # find the page where each section heading starts, then print again
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', OUT], capture_output=True, text=True).stdout).group(1))
    pages = {}
    for i in range(1, n + 1):
        txt = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), OUT, '-'], capture_output=True, text=True).stdout
        lines = [l.strip() for l in txt.splitlines()]
        for t, _ in toc_rows:
            if t not in pages and t in lines and (i > 1 or lines.count(t) > 1):
                pages[t] = i
    assert len(pages) == len(toc_rows), pages
    g = dict(globals()); g.update(PAGES=pages, SECOND_PASS=True, __name__='__main__')
    exec(compile(open(__file__).read(), __file__, 'exec'), g)
else:
    print(OUT, PAGES)
