#!/usr/bin/env python3
"""Print two h5py documentation pages (Debian package python-h5py-doc 3.7.0-8:
html/contributing.html "Bug Reports & Contributions" and html/faq.html "FAQ") as one PDF
with weasyprint. The main text of each Sphinx page is kept as shipped, except that the
whole section "How to Modify h5py" (with its three subsections) is left out to keep the
excerpt within length. Sphinx's permalink marks and navigation are dropped."""
import os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, 'originals', 'python-h5py-doc')

def main_text(name):
    t = open(os.path.join(ORIG, name), encoding='utf-8').read()
    start = t.index('<div class="body" role="main">') + len('<div class="body" role="main">')
    end = t.index('<div class="sphinxsidebar"')
    b = t[start:end]
    b = b[:b.rindex('</section>') + len('</section>')]  # cut the wrapper divs' closing tags
    b = re.sub(r'<a class="headerlink"[^>]*>¶</a>', '', b)
    return b

contrib = main_text('contributing.html')
i = contrib.index('<section id="how-to-modify-h5py">')
# find the matching </section>
depth, pos = 0, i
for m in re.finditer(r'<section\b|</section>', contrib[i:]):
    depth += 1 if m.group(0).startswith('<section') else -1
    if depth == 0:
        pos = i + m.end(); break
contrib = contrib[:i] + contrib[pos:]
faq = main_text('faq.html')

CSS = """
@page { size: A4; margin: 2.2cm 2cm 2.5cm 2cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #555; }
  @top-right { content: "h5py: Bug Reports & Contributions; FAQ"; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #888; } }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; }
h1, h2, h3 { font-family: "DejaVu Sans", sans-serif; color: #1a4a7a; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 11.5pt; }
section#faq { page-break-before: always; }
pre { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; background: #f3f3f3; padding: 6pt; white-space: pre-wrap; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
table { border-collapse: collapse; margin: 8pt 0; font-size: 9pt; width: 100%; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { background: #e6eef6; }
a { color: #1a4a7a; text-decoration: none; }
"""
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" />
<title>h5py: Bug Reports &amp; Contributions and FAQ</title>
<style>{CSS}</style></head>
<body>
{contrib}
{faq}
</body></html>
"""
src = os.path.join(HERE, 'h5py-contributing-and-faq.html')
open(src, 'w', encoding='utf-8').write(html)
out = os.path.join(HERE, '..', 'docs', 'h5py-contributing-and-faq.pdf')
subprocess.run(['weasyprint', src, out], check=True)
