#!/usr/bin/env python3
"""Build bottle-developer-notes.pdf from the Sphinx HTML of python-bottle-doc 0.12.23
(development.html and faq.html), words unchanged. Form-only changes: Sphinx chrome
(sidebar, permalink marks) dropped; the definition list of release kinds under
'Releases and Updates' is shown as a two-column table; printed with weasyprint with
'Page N of M' footers."""
import re, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, '..', 'originals', 'python-bottle-doc')
OUT_HTML = os.path.join(HERE, 'bottle-developer-notes.html')
OUT_PDF = os.path.join(HERE, '..', '..', 'docs', 'bottle-developer-notes.pdf')

def body(name):
    t = open(os.path.join(ORIG, name + '.html'), encoding='utf-8').read()
    start = t.index('<section', t.index('<div class="body" role="main">'))
    end = t.rindex('</section>', 0, t.index('<div class="sphinxsidebar"')) + len('</section>')
    b = t[start:end]
    b = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', b)
    return b

dev = body('development')
# Releases and Updates: definition list -> table (same words)
sec = re.search(r'(<section id="releases-and-updates">.*?)(<dl class="simple">.*?</dl>)', dev, re.S)
items = re.findall(r'<dt>(.*?)</dt><dd>(.*?)</dd>', sec.group(2), re.S)
assert len(items) == 4
table = '<table class="releases">\n' + ''.join(
    f'<tr><th scope="row">{dt}</th><td>{dd.strip()}</td></tr>\n' for dt, dd in items) + '</table>'
dev = dev.replace(sec.group(2), table)
faq = body('faq')

def keep_hyphenated(h):
    # pdftotext joins a word broken at a hyphen at the end of a line ('pull-' + 'request' ->
    # 'pullrequest'); keep hyphenated words on one line so the extracted text keeps the hyphen.
    out, in_pre = [], False
    for part in re.split(r'(<[^>]+>)', h):
        if part.startswith('<'):
            if re.match(r'<pre\b', part): in_pre = True
            if part.startswith('</pre'): in_pre = False
            out.append(part)
        elif in_pre:
            out.append(part)
        else:
            out.append(re.sub(r'[\w./:+#&;]*\w-\w[\w./:+#&;-]*', lambda m: '<span class="nw">' + m.group(0) + '</span>', part))
    return ''.join(out)
dev, faq = keep_hyphenated(dev), keep_hyphenated(faq)

CSS = """
@page { size: A4; margin: 20mm 18mm 22mm 18mm;
  @top-right { content: "Bottle 0.12.23 documentation"; font-size: 8pt; color: #777; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; } }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10pt; line-height: 1.4; color: #222; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 18pt; color: #1d3a5a; border-bottom: 1px solid #1d3a5a; padding-bottom: 3px; margin-top: 0; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 13pt; color: #1d3a5a; margin-top: 1.3em; }
h3 { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; color: #1d3a5a; }
p.rubric { font-weight: bold; margin-top: 1em; }
code, pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
pre { background: #f4f4f0; border: 1px solid #ddd; padding: 6px 8px; white-space: pre-wrap; }
table.releases { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }
table.releases th, table.releases td { border: 1px solid #b9c4cf; padding: 5px 7px; vertical-align: top; text-align: left; }
table.releases th { width: 24%; background: #eef2f6; font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
table.releases td p { margin: 0; }
table.releases tr { break-inside: avoid; }
dt { font-weight: bold; margin-top: 0.5em; }
dd { margin-left: 1.5em; }
section#frequently-asked-questions { break-before: page; }
a { color: #1d3a5a; text-decoration: none; }
span.nw { white-space: nowrap; }
"""
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bottle 0.12.23 documentation: Developer Notes and Frequently Asked Questions</title>
<style>{CSS}</style></head>
<body>
{dev}
{faq}
</body></html>
"""
open(OUT_HTML, 'w', encoding='utf-8').write(html)
subprocess.run(['weasyprint', OUT_HTML, OUT_PDF], check=True)
print('wrote', OUT_PDF)
