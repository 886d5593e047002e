#!/usr/bin/env python3
"""Builds docs/privacy-and-photos.pdf: wraps src/privacy-and-photos.html (the
notice's body) in a page with print CSS ("Page N of M" footers) and prints it
with weasyprint."""
import os, subprocess, tempfile
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '..')
body = open(os.path.join(root, 'src', 'privacy-and-photos.html'), encoding='utf-8').read()
css = '''
@page { size: A4; margin: 22mm 22mm 25mm 22mm;
  @bottom-left { content: "Harrowfold & District DTC - Privacy and Photos Notice"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; }
h1 { font-size: 20pt; color: #2f5d3a; margin-bottom: 2pt; }
h2 { font-size: 13pt; color: #2f5d3a; margin-top: 16pt; }
.meta { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #888; padding: 4pt 6pt; text-align: left; vertical-align: top; }
th { background: #e3ebe0; }
'''
page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
        '<title>Privacy and Photos Notice</title><style>' + css + '</style></head><body>'
        + body + '</body></html>')
with tempfile.NamedTemporaryFile('w', suffix='.html', delete=False, encoding='utf-8') as f:
    f.write(page)
subprocess.run(['weasyprint', f.name, os.path.join(root, 'docs', 'privacy-and-photos.pdf')], check=True)
os.unlink(f.name)
