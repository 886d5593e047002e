#!/usr/bin/env python3
"""Wraps the main body of pytest's shipped contributing.html (unedited) in a print page:
the page title, the body div as Sphinx wrote it, the page's own copyright footer line,
and a print stylesheet with running header and "Page N of M" footers. Output: stdout."""
import re, sys
src = open(sys.argv[1], encoding='utf-8').read()
start = src.index('<div class="body" role="main">')
end = src.index('<div class="clearer"></div>', start)
body = src[start:end] + '</div>'
footer = re.search(r'<div class="footer" role="contentinfo">(.*?)</div>', src, re.S).group(1).strip()
title = re.search(r'<title>(.*?)</title>', src, re.S).group(1).strip()
css = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-right { content: "pytest 7.2 documentation"; font: 8.5pt sans-serif; color: #666; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #444; } }
body { font: 10.5pt/1.45 "DejaVu Serif", serif; color: #111; }
h1 { font: bold 20pt "DejaVu Sans", sans-serif; margin: 0 0 10pt; }
h2 { font: bold 14pt "DejaVu Sans", sans-serif; margin: 16pt 0 6pt; page-break-after: avoid; }
h3 { font: bold 12pt "DejaVu Sans", sans-serif; margin: 12pt 0 4pt; page-break-after: avoid; }
a { color: #1a4f8b; text-decoration: none; }
a.headerlink { display: none; }
pre { font: 8.5pt/1.35 "DejaVu Sans Mono", monospace; background: #f4f4f4; padding: 6pt 8pt;
      white-space: pre-wrap; border-left: 3pt solid #ccc; }
code { font: 9pt "DejaVu Sans Mono", monospace; }
div.admonition { border: 1pt solid #bbb; background: #fafafa; padding: 4pt 10pt; margin: 8pt 0; }
p.admonition-title { font-weight: bold; margin: 2pt 0; }
blockquote { margin: 6pt 0 6pt 18pt; }
div.contents ul { margin-top: 2pt; }
.pagefooter { margin-top: 24pt; border-top: 0.5pt solid #999; padding-top: 4pt; font: 8.5pt sans-serif; color: #555; }
"""
print(f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
      f'<style>{css}</style></head><body>\n{body}\n<div class="pagefooter">{footer}</div>\n</body></html>')
