#!/usr/bin/env python3
"""Build the four documents of real-mixed35 from the originals in build/originals/.

Sources (see README.md):
  - CERN-OHL-S-2.0 text: npm package spdx-license-list 6.12.0 (spdx-full.json)
  - PuTTY manual, Appendix B: Debian package putty-doc 0.78-2+deb12u2
  - Contributing to Python-Markdown: Debian package python-markdown-doc 3.4.1-2+deb12u1
  - TiddlyWiki code-of-conduct.md, contributing.md, licenses/cla-individual.md:
    npm package tiddlywiki 5.4.1

Needs: pandoc, weasyprint (Debian packages).
Run from anywhere: python3 build/make_docs.py
"""
import html
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ORIG = os.path.join(HERE, "originals")
DOCS = os.path.join(SET, "docs")
os.makedirs(DOCS, exist_ok=True)


def read(*p):
    with open(os.path.join(ORIG, *p), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- 1. LICENCE
def make_licence():
    d = json.loads(read("spdx-license-list", "CERN-OHL-S-2.0.json"))
    text = d["CERN-OHL-S-2.0"]["licenseText"]
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    out = "\n".join(lines).strip("\n") + "\n"
    with open(os.path.join(DOCS, "LICENCE"), "w", encoding="utf-8") as f:
        f.write(out)


# ------------------------------------------------------- 2. PuTTY feedback HTML
PUTTY_DROP = ["feedback-feature-priority", "feedback-webadmin", "feedback-mirrors"]  # B.5, B.7 and B.9 trimmed


def make_putty():
    src = read("putty-doc", "AppendixB.html")
    start = src.index("<h1>")
    end = src.index("<hr>")
    body = src[start:end]
    # split into sections at <h2>
    parts = re.split(r"(?=<h2>)", body)
    kept = []
    for p in parts:
        m = re.match(r'<h2><a name="([^"]+)"', p)
        if m and m.group(1) in PUTTY_DROP:
            continue
        kept.append(p)
    body = "".join(kept)
    # drop index anchors (<a name="i0"></a>) but keep section anchors as ids
    body = re.sub(r'<a name="i\d+"></a>', "", body)
    body = re.sub(r'<a name="(S|A)B[\d.]*"></a>', "", body)
    body = re.sub(r'<(h[123])><a name="([^"]+)"></a>', r'<\1 id="\2">', body)

    nav_items = []
    for m in re.finditer(r'<h([23]) id="([^"]+)">(.*?)</h\1>', body):
        lvl, ident, title = m.groups()
        title = re.sub(r"<[^>]+>", "", title)
        nav_items.append((lvl, ident, title))
    nav = "\n".join(
        '      <li class="lvl%s"><a href="#%s">%s</a></li>' % (lvl, ident, title)
        for lvl, ident, title in nav_items
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PuTTY: Feedback and bug reporting</title>
<style>
  body {{ font-family: Georgia, "DejaVu Serif", serif; margin: 0; color: #222; background: #fafaf7; line-height: 1.5; }}
  header {{ background: #1d3557; color: #fff; padding: 1.2em 2em; }}
  header p {{ margin: 0.2em 0 0; color: #d8e2ef; }}
  .wrap {{ display: flex; gap: 2em; padding: 1.5em 2em; }}
  nav {{ flex: 0 0 17em; font-size: 0.9em; }}
  nav ul {{ list-style: none; padding-left: 0; }}
  nav li.lvl3 {{ padding-left: 1.2em; }}
  main {{ flex: 1; max-width: 46em; }}
  main h1 {{ font-size: 1.6em; }}
  main h2 {{ border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.6em; }}
  code {{ font-family: "DejaVu Sans Mono", monospace; }}
  footer {{ border-top: 1px solid #ccc; padding: 1em 2em; font-size: 0.85em; color: #555; }}
</style>
</head>
<body>
<header>
  <strong>PuTTY User Manual</strong>
  <p>Appendix B, as shipped in Debian PuTTY release 0.78-2+deb12u2</p>
</header>
<div class="wrap">
  <nav aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
  <main>
{body.strip()}
  </main>
</div>
<footer>
  <p>PuTTY is copyright 1997-2022 Simon Tatham and distributed under the MIT licence.</p>
</footer>
</body>
</html>
"""
    with open(os.path.join(DOCS, "putty-feedback.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ------------------------------------------- 3. Python-Markdown contributing DOCX
def make_markdown_contributing():
    src = read("python-markdown-doc", "contributing.html")
    start = src.index('<div class="body" role="main">') + len('<div class="body" role="main">')
    end = src.index('<div class="sphinxsidebar"') if '<div class="sphinxsidebar"' in src else src.index("Table Of Contents")
    body = src[start:end]
    # cut at the end of the main div: last </div> before the sidebar markers
    body = body[: body.rfind("</div>")]
    body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", body)
    body = re.sub(r"(?s)<style>.*?</style>", "", body)
    # trim the whole "Development Environment" section (up to "Versions")
    a = body.index('<h2 id="development-environment">')
    b = body.index('<h2 id="versions">')
    body = body[:a] + body[b:]
    full = "<html><head><meta charset='utf-8'></head><body>" + body + "</body></html>"
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, "in.html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(full)
        out = os.path.join(DOCS, "python-markdown-contributing.docx")
        subprocess.run(["pandoc", "-f", "html", "-t", "docx", hp, "-o", out], check=True)


# --------------------------------------------------------- 4. TiddlyWiki PDF
def md_cla_to_html(md):
    """Convert cla-individual.md (Markdown) up to the contributor names."""
    cut = md.index("## Contributors")
    md = md[:cut]
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "cla.md")
        with open(p, "w", encoding="utf-8") as f:
            f.write(md)
        r = subprocess.run(["pandoc", "-f", "markdown-smart-fancy_lists", "-t", "html", p],
                           check=True, capture_output=True, text=True)
    h = r.stdout
    # demote headings by one level (document h1 is the cover title)
    for n in (3, 2, 1):
        h = re.sub(r"<h%d([ >])" % n, r"<h%d\1" % (n + 1), h)
        h = h.replace("</h%d>" % n, "</h%d>" % (n + 1))
    return h


def make_tiddlywiki():
    coc = read("tiddlywiki", "code-of-conduct.md")
    contrib = read("tiddlywiki", "contributing.md")
    cla = read("tiddlywiki", "cla-individual.md")
    # contributing.md: demote h1 -> h2, h2 -> h3
    c = contrib.replace("<h2", "<h3").replace("</h2>", "</h3>")
    c = c.replace("<h1", "<h2").replace("</h1>", "</h2>")
    cla_html = md_cla_to_html(cla)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>TiddlyWiki5: Code of Conduct, Contributing and Individual CLA</title>
<style>
  @page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
          @bottom-center {{ content: "Page " counter(page) " of " counter(pages);
                            font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #555; }} }}
  body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; hyphens: manual; }}
  h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 19pt; margin: 0 0 4mm; }}
  h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 14pt; margin-top: 7mm; }}
  h3, h4 {{ font-family: "DejaVu Sans", sans-serif; font-size: 11.5pt; }}
  .part {{ page-break-before: always; }}
  .part:first-of-type {{ page-break-before: auto; }}
  .partlabel {{ font-family: "DejaVu Sans", sans-serif; color: #666; font-size: 9pt; text-transform: uppercase; }}
  table {{ border-collapse: collapse; width: 100%; margin: 3mm 0; }}
  td, th {{ border: 1px solid #999; padding: 2mm 3mm; vertical-align: top; }}
  td:first-child {{ font-weight: bold; width: 24mm; }}
  code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9.5pt; }}
  a {{ color: #1a4b8c; text-decoration: none; }}
</style></head>
<body>
<h1>TiddlyWiki5 community documents</h1>
<section class="part">
<p class="partlabel">Part 1 of 3: code-of-conduct.md</p>
<h2>Code of Conduct</h2>
{coc}
</section>
<section class="part">
<p class="partlabel">Part 2 of 3: contributing.md</p>
{c}
</section>
<section class="part">
<p class="partlabel">Part 3 of 3: licenses/cla-individual.md</p>
{cla_html}
</section>
</body></html>
"""
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, "tw.html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(HERE, "tiddlywiki-print.html"), "w", encoding="utf-8") as f:
            f.write(page)
        subprocess.run(["weasyprint", hp, os.path.join(DOCS, "tiddlywiki-community-documents.pdf")], check=True)


if __name__ == "__main__":
    make_licence()
    make_putty()
    make_markdown_contributing()
    make_tiddlywiki()
    print("built:", sorted(os.listdir(DOCS)))
