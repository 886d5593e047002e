#!/usr/bin/env python3
"""Print the Xapian 1.4.22 "Deprecation" document (xapian-core docs/deprecation.rst,
as HTML in the Debian package xapian-doc 1.4.22-1) to PDF with weasyprint.
Excerpt: everything from the title to the end of "Features currently marked for
deprecation" (with its three tables); the section "Features removed from Xapian"
and its table-of-contents entries are left out.
Output: docs/xapian-deprecation-policy.pdf"""
import pathlib, subprocess
from bs4 import BeautifulSoup, Comment
B = pathlib.Path(__file__).resolve().parent
SRC = B / "originals/xapian/deprecation.html"
OUT = B.parent / "docs" / "xapian-deprecation-policy.pdf"
HTML = B / "tmp" / "xapian-deprecation.html"
HTML.parent.mkdir(exist_ok=True)
soup = BeautifulSoup(SRC.read_text(encoding="utf-8"), "html.parser")
doc = soup.find("div", class_="document")
doc.find("div", id="features-removed-from-xapian").decompose()
for a in doc.find_all("a", href="#features-removed-from-xapian"):
    a.find_parent("li").decompose()
for c in doc.find_all(string=lambda s: isinstance(s, Comment)):
    c.extract()
for cg in doc.find_all("colgroup"):
    cols = cg.find_all("col")
    widths = {4: ["13%", "10%", "28%", "49%"], 5: ["13%", "10%", "11%", "24%", "42%"]}[len(cols)]
    for c, w in zip(cols, widths):
        del c["width"]
        c["style"] = f"width: {w}"
for a in doc.find_all("a", class_="toc-backref"):
    a.unwrap()
body = str(doc)
for a, b in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}.items():
    body = body.replace(a, b)
page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/>
<title>Xapian 1.4.22 documentation (excerpt): Deprecation</title>
<style>
@page {{ size: A4; margin: 22mm 18mm 24mm 18mm;
  @top-center {{ content: "Xapian 1.4.22 documentation (excerpt): Deprecation"; font: 8.5pt sans-serif; color: #666; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #444; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; }}
h1.title {{ font-family: sans-serif; font-size: 20pt; color: #163d5c; margin-bottom: 0; }}
p.note {{ font-size: 9pt; color: #444; border-left: 3px solid #9ab; padding-left: .6em; }}
h1 {{ font-family: sans-serif; font-size: 14pt; color: #163d5c; border-bottom: 1px solid #163d5c; margin-top: 1.4em; }}
h2 {{ font-family: sans-serif; font-size: 12pt; color: #2a5b80; }}
a {{ color: inherit; text-decoration: none; }}
tt, pre {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
pre {{ background: #f2f2f2; padding: .5em; }}
table.docutils {{ border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9pt; margin: .6em 0; }}
table.docutils td tt {{ overflow-wrap: anywhere; }}
table.docutils th, table.docutils td {{ border: 1px solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; }}
table.docutils thead {{ display: table-header-group; background: #dde6ee; }}
table.docutils tr {{ page-break-inside: avoid; }}
div.contents {{ background: #f5f7f9; border: 1px solid #ccd; padding: .3em 1em; }}
p.topic-title {{ font-weight: bold; }}
</style></head><body>
{body.replace('<h1 class="title">Deprecation</h1>', '<h1 class="title">Deprecation</h1><p class="note">Xapian 1.4.22 documentation (xapian-core docs/deprecation), as shipped in the Debian package xapian-doc 1.4.22-1. Excerpt: the section "Features removed from Xapian" is not included. Originally written by Richard Boulton; Copyright (C) 2007 Lemur Consulting Ltd; Copyright (C) 2007-2016 Olly Betts. Xapian is free software under the GNU General Public License, version 2 or later.</p>', 1)}
</body></html>
"""
HTML.write_text(page, encoding="utf-8")
subprocess.run(["weasyprint", str(HTML), str(OUT)], check=True)
t = subprocess.run(["pdftotext", "-layout", str(OUT), "-"], capture_output=True, text=True).stdout
print(OUT, len(t.split()), "words")
