#!/usr/bin/env python3
"""Wrap the main body of Breezy's "Release Cycles" page (as brz-doc ships it) in a
print page for WeasyPrint. The text of the document is copied unchanged; only the
page chrome (header link, sidebar table of contents, search box, footer) is left out,
and a running header and "Page N of M" footers are added by the print stylesheet."""
import re, sys
src, out = sys.argv[1], sys.argv[2]
page = open(src, encoding='utf-8').read()
start = page.index('<div class="body" role="main">')
end = page.index('<div class="sphinxsidebar"') if '<div class="sphinxsidebar"' in page else page.index('<div class="clearer">', start)
body = page[start:end]
# drop the trailing closing tags of the wrappers that we cut through
body = re.sub(r'(\s*</div>)+\s*$', '', body) + '\n</div>\n'
body = body.replace('<a class="headerlink"', '<a class="headerlink" style="display:none"')
css = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-left { content: "Breezy 3.3.2 documentation"; font: 8.5pt sans-serif; color: #555; }
  @top-right { content: "Developer Document Catalog"; font: 8.5pt sans-serif; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #333; } }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-family: "DejaVu Sans", sans-serif; font-size: 20pt; margin-top: 0; }
h2 { font-family: "DejaVu Sans", sans-serif; font-size: 14pt; margin-top: 1.3em; }
pre { font-size: 8.5pt; background: #f4f4f4; padding: 6pt; }
dl.field-list dt { font-weight: bold; float: left; margin-right: .5em; }
dt { font-weight: bold; }
a { color: #1a4f8b; text-decoration: none; }
"""
html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/>
<title>Breezy Release Cycles &#8212; Breezy 3.3.2 documentation</title>
<style>{css}</style></head>
<body>
{body}
</body></html>
"""
open(out, 'w', encoding='utf-8').write(html)
