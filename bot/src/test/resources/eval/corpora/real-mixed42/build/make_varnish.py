#!/usr/bin/env python3
"""Join four pages of the Varnish Cache 7.1.1 documentation (Debian varnish-doc
7.1.1-2+deb12u1): dev-guide/index.html, dev-guide/policy_vmods.html,
installation/help.html and installation/bugs.html, into one web page.
The body of each page is kept as Sphinx rendered it (permalink marks dropped,
typographic quotes made plain). Output: docs/varnish-developers-guide-help-bugs.html"""
import pathlib, re
from bs4 import BeautifulSoup
B = pathlib.Path(__file__).resolve().parent
SRC = B / "originals/varnish/html"
OUT = B.parent / "docs" / "varnish-developers-guide-help-bugs.html"
pages = [("dev-guide/index.html", "The Varnish Developers Guide"),
         ("dev-guide/policy_vmods.html", "Bundling VMODs with the Varnish distribution"),
         ("installation/help.html", "Getting help"),
         ("installation/bugs.html", "Reporting bugs")]
parts, nav = [], []
for path, label in pages:
    soup = BeautifulSoup((SRC / path).read_text(encoding="utf-8"), "html.parser")
    body = soup.find("div", class_="body")
    for a in body.find_all("a", class_="headerlink"):
        a.decompose()
    for a in body.find_all("a", href=True):
        h = a["href"]
        if h == "policy_vmods.html":
            a["href"] = "#bundling-vmods-with-the-varnish-distribution"
        elif not h.startswith(("http", "#")):
            # pages that are not part of this excerpt: keep the link text only
            a.unwrap()
    top = body.find("div", class_="section")
    sec_id = top.get("id")
    nav.append(f'<li><a href="#{sec_id}">{label}</a></li>')
    # demote headings by one level: h1 -> h2 ...
    for lvl in (4, 3, 2, 1):
        for h in body.find_all(f"h{lvl}"):
            h.name = f"h{lvl+1}"
    html = "".join(str(c) for c in top.parent.contents if getattr(c, "name", None) or str(c).strip())
    html = re.sub(r'<div class="clearer"></div>', '', html)
    parts.append(f'<section class="page" data-source="{path}">\n{html}\n</section>')
main = "\n<hr/>\n".join(parts)
for a, b in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u2013": "-", "\u2014": "--"}.items():
    main = main.replace(a, b)
page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<title>Varnish Cache 7.1 documentation (excerpt): Developers Guide, Bundling VMODs, Getting help, Reporting bugs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<style>
body {{ font-family: Georgia, "DejaVu Serif", serif; margin: 0; color: #222; background: #fafafa; }}
header {{ background: #1d4e6b; color: #fff; padding: 1.2em 2em; }}
header h1 {{ margin: 0; font-size: 1.6em; }}
header p {{ margin: .3em 0 0; font-size: .95em; }}
nav {{ background: #e8eef2; padding: .6em 2em; border-bottom: 1px solid #c8d3da; }}
nav ul {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 1.5em; }}
nav a {{ color: #1d4e6b; text-decoration: none; font-family: sans-serif; font-size: .9em; }}
main {{ max-width: 52em; margin: 1.5em auto; background: #fff; padding: 1em 2.5em 2em; border: 1px solid #ddd; }}
h2 {{ color: #1d4e6b; border-bottom: 2px solid #1d4e6b; padding-bottom: .2em; }}
h3 {{ color: #2d6a8b; }}
pre {{ background: #f3f3f3; padding: .6em; overflow-x: auto; font-size: .85em; }}
dt {{ font-weight: bold; margin-top: .5em; }}
footer {{ text-align: center; font-size: .8em; color: #555; padding: 1.5em; }}
hr {{ border: 0; border-top: 1px dashed #bbb; margin: 2em 0; }}
</style>
</head>
<body>
<header>
<h1>Varnish Cache 7.1 documentation (excerpt)</h1>
<p>The Varnish Developers Guide, Bundling VMODs with the Varnish distribution, Getting help, and Reporting bugs</p>
</header>
<nav aria-label="Sections">
<ul>
{chr(10).join(nav)}
</ul>
</nav>
<main>
{main}
</main>
<footer>
<p>From the Varnish Cache 7.1.1 documentation as shipped in the Debian package varnish-doc 7.1.1-2+deb12u1.</p>
<p>Copyright (c) 2010-2019 Varnish Software AS. SPDX-License-Identifier: BSD-2-Clause.</p>
</footer>
</body>
</html>
"""
OUT.write_text(page, encoding="utf-8")
txt = BeautifulSoup(page, "html.parser")
for s in txt(["style", "script"]):
    s.decompose()
print(OUT, len(txt.get_text(" ").split()), "words")
