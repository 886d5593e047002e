#!/usr/bin/env python3
"""Build the four documents of the real-mixed40 set from the Debian originals.

Run from anywhere:  python3 build/make_docs.py
Needs: build/originals/ (made by build/fetch.sh), python3-bs4, pandoc, weasyprint.
Writes docs/BIOPYTHON-CONTRIBUTING, docs/pelican-contributing.html,
docs/nim-contributing-excerpt.docx, docs/numba-contributing.pdf.
Only temporary files are written outside docs/ (in a temp dir, removed).
"""
import gzip
import html
import os
import re
import subprocess
import tempfile

from bs4 import BeautifulSoup, NavigableString

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
ORIG = os.path.join(HERE, "originals")
DOCS = os.path.join(SET, "docs")
os.makedirs(DOCS, exist_ok=True)


def words(text):
    return len(text.split())


# ---------------------------------------------------------------------------
# 1. Biopython: plain text, no extension
# ---------------------------------------------------------------------------
def build_biopython():
    contributing = open(os.path.join(ORIG, "biopython", "CONTRIBUTING.rst"), encoding="utf-8").read()
    tut = gzip.open(os.path.join(ORIG, "biopython", "Tutorial.txt.gz"), "rt", encoding="utf-8").read()
    lines = tut.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("Chapter 22  Where to go from here"))
    end = next(i for i, l in enumerate(lines) if l.startswith("Chapter 23  Appendix"))
    chapter = "\n".join(l.rstrip() for l in lines[start:end]).strip("\n")
    dep = gzip.open(os.path.join(ORIG, "biopython", "DEPRECATED.rst.gz"), "rt", encoding="utf-8").read()
    dlines = dep.split("\n")
    dend = next(i for i, l in enumerate(dlines) if l.startswith("Bio.Seq.Seq.tostring()"))
    deprecated = "\n".join(dlines[:dend]).rstrip("\n")

    bar = "=" * 78
    out = f"""BIOPYTHON 1.80 -- CONTRIBUTING TO BIOPYTHON
Three texts of the Biopython project joined into one document:
  Part 1  CONTRIBUTING.rst (complete)
  Part 2  Biopython Tutorial and Cookbook, Chapter 22
          "Where to go from here -- contributing to Biopython" (complete chapter)
  Part 3  DEPRECATED.rst (excerpt: the introduction, the Python versions,
          and the first module entries up to "Bio.Seq sequence equality")
Source: Debian packages python3-biopython and python-biopython-doc,
version 1.80+dfsg-4 (files /usr/share/doc/python3-biopython/CONTRIBUTING.rst,
/usr/share/doc/python3-biopython/DEPRECATED.rst.gz and
/usr/share/doc/python-biopython-doc/Doc/Tutorial.txt.gz).
Copyright 1999-2022 Biopython contributors; see the Biopython licence.

{bar}
PART 1. CONTRIBUTING.rst
{bar}

{contributing.strip()}


{bar}
PART 2. BIOPYTHON TUTORIAL AND COOKBOOK, CHAPTER 22
{bar}

{chapter}


{bar}
PART 3. DEPRECATED.rst (EXCERPT)
{bar}

{deprecated}

[... the remaining entries of DEPRECATED.rst are not included in this excerpt ...]
"""
    path = os.path.join(DOCS, "BIOPYTHON-CONTRIBUTING")
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    print("BIOPYTHON-CONTRIBUTING", words(out), "words")


# ---------------------------------------------------------------------------
# helpers for Sphinx / Nim HTML
# ---------------------------------------------------------------------------
def clean_fragment(node, keep_external_links=True):
    """Remove header links, unwrap relative links, drop ids/classes noise."""
    for a in node.find_all("a", class_="headerlink"):
        a.decompose()
    for a in node.find_all("a"):
        href = a.get("href", "")
        if keep_external_links and re.match(r"https?://", href):
            a.attrs = {"href": href}
        else:
            a.unwrap()
    for t in node.find_all(True):
        for attr in list(t.attrs):
            if attr not in ("href", "id", "colspan", "rowspan"):
                del t.attrs[attr]
    for sp in node.find_all("span"):
        sp.unwrap()
    return node


# ---------------------------------------------------------------------------
# 2. Pelican: complete HTML page
# ---------------------------------------------------------------------------
PELICAN_CSS = """
body { font-family: Georgia, 'DejaVu Serif', serif; margin: 0; color: #222; background: #fafafa; }
header.site { background: #2c3e50; color: #fff; padding: 1em 2em; }
header.site p { margin: 0; font-size: 0.9em; color: #cfd8dc; }
header.site .brand { font-size: 1.4em; font-weight: bold; color: #fff; }
.layout { display: flex; max-width: 72em; margin: 0 auto; }
nav.toc { width: 16em; padding: 1em; font-size: 0.9em; border-right: 1px solid #ddd; }
nav.toc ul { list-style: none; padding-left: 0.8em; }
main { flex: 1; padding: 1em 2em; background: #fff; }
pre { background: #f4f4f4; padding: 0.6em; overflow-x: auto; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.92em; }
footer.site { border-top: 1px solid #ccc; padding: 1em 2em; font-size: 0.85em; color: #555; }
"""


def build_pelican():
    src = open(os.path.join(ORIG, "pelican", "contribute.html"), encoding="utf-8").read()
    soup = BeautifulSoup(src, "html.parser")
    main = soup.find(attrs={"role": "main"}) or soup.find("div", class_="body")
    sec = main.find("section") or main.find("div", class_="section")
    clean_fragment(sec)
    # headings for the nav
    heads = []
    for h in sec.find_all(["h1", "h2", "h3"]):
        par = h.find_parent(["section", "div"])
        hid = par.get("id") if par is not None else None
        if hid:
            h["id"] = hid
        heads.append((h.name, h.get("id"), h.get_text(" ", strip=True)))
    nav_items = []
    for name, hid, text in heads[1:]:
        pad = "" if name == "h2" else " style=\"padding-left:1em\""
        nav_items.append(f'<li{pad}><a href="#{hid}">{html.escape(text)}</a></li>')
    body = "".join(str(c) for c in sec.contents)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contributing and feedback guidelines - Pelican 4.8.0 documentation</title>
<style>{PELICAN_CSS}</style>
</head>
<body>
<header class="site">
<div class="brand">Pelican 4.8.0 documentation</div>
<p>Pelican is a static site generator, written in Python.</p>
</header>
<div class="layout">
<nav class="toc" aria-label="On this page">
<strong>On this page</strong>
<ul>
{chr(10).join(nav_items)}
</ul>
</nav>
<main>
{body}
</main>
</div>
<footer class="site">
<p>Source: Pelican documentation, page "Contributing and feedback guidelines" (docs/contribute.rst),
as shipped in the Debian package pelican-doc 4.8.0+dfsg-1 (/usr/share/doc/pelican/html/contribute.html).</p>
<p>Copyright 2010 - present, Justin Mayer, Alexis Metaireau, and contributors. Licensed under the AGPL-3.</p>
</footer>
</body>
</html>
"""
    path = os.path.join(DOCS, "pelican-contributing.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    vis = BeautifulSoup(page, "html.parser")
    for t in vis(["script", "style", "head"]):
        t.decompose()
    print("pelican-contributing.html", words(vis.get_text(" ")), "words")


# ---------------------------------------------------------------------------
# 3. Nim: DOCX (excerpt) via pandoc from HTML
# ---------------------------------------------------------------------------
NIM_SECTIONS = ["Deprecation", "The git stuff", "Evolving the stdlib", "Breaking Changes"]


def build_nim():
    src = open(os.path.join(ORIG, "nim", "contributing.html"), encoding="utf-8").read()
    soup = BeautifulSoup(src, "html.parser")
    content = soup.find("div", id="content")
    toc = content.find("div", id="tocRoot")
    if toc:
        toc.decompose()
    # Nim's doc generator nests <p> inside <p class="module-desc">; html.parser keeps it.
    container = content.find("p", class_="module-desc") or content
    for tt in content.find_all("tt"):
        tt.name = "code"
    for pre in content.find_all("pre"):
        txt = pre.get_text()
        pre.clear()
        pre.append(NavigableString(txt))
    clean_fragment(content)
    # walk the flat sequence: intro paragraphs, then h1 sections
    intro, sections, cur = [], {}, None
    for el in list(container.children):
        name = getattr(el, "name", None)
        if name == "h1":
            cur = el.get_text(" ", strip=True)
            sections[cur] = []
            continue
        if cur is None:
            intro.append(el)
        else:
            sections[cur].append(el)

    def render(els):
        out = []
        for el in els:
            if getattr(el, "name", None) == "h2":
                el.name = "h3"
            elif getattr(el, "name", None) == "h3":
                el.name = "h4"
            for h in getattr(el, "find_all", lambda *_: [])(["h2", "h3"]):
                h.name = "h3" if h.name == "h2" else "h4"
            out.append(str(el))
        return "".join(out)

    parts = [
        "<h1>Contributing to Nim (excerpt)</h1>",
        "<p>Excerpt from the Nim documentation page \u201cContributing\u201d (doc/contributing.md), "
        "Nim 1.6.10. It contains the opening rules and the sections Deprecation, The git stuff, "
        "Evolving the stdlib and Breaking Changes; the sections on writing and running tests, "
        "documentation, best practices and documentation style are left out.</p>",
        "<table><thead><tr><th>Item</th><th>Details</th></tr></thead><tbody>"
        "<tr><td>Project</td><td>Nim programming language</td></tr>"
        "<tr><td>Original page</td><td>Contributing (contributing.html)</td></tr>"
        "<tr><td>Debian package</td><td>nim-doc 1.6.10-2</td></tr>"
        "<tr><td>Copyright</td><td>2006-2022 Andreas Rumpf and Nim contributors</td></tr>"
        "<tr><td>Licence</td><td>Expat (MIT)</td></tr>"
        "</tbody></table>",
        "<h2>Introduction</h2>",
        render(intro),
    ]
    for name in NIM_SECTIONS:
        parts.append(f"<h2>{html.escape(name)}</h2>")
        parts.append(render(sections[name]))
    doc_html = ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
                "<title>Contributing to Nim (excerpt)</title></head><body>"
                + "".join(parts) + "</body></html>")
    # flatten <p> nested in <p> (module-desc) which pandoc would otherwise mangle
    doc_html = re.sub(r"<p>\s*<p>", "<p>", doc_html)
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, "nim.html")
        open(hp, "w", encoding="utf-8").write(doc_html)
        out = os.path.join(DOCS, "nim-contributing-excerpt.docx")
        subprocess.run(["pandoc", "-f", "html", "-t", "docx", "-o", out,
                        "--metadata", "title=Contributing to Nim (excerpt)", hp], check=True)
    from docx import Document
    d = Document(out)
    t = " ".join(p.text for p in d.paragraphs) + " " + " ".join(
        c.text for tb in d.tables for r in tb.rows for c in r.cells)
    print("nim-contributing-excerpt.docx", words(t), "words")


# ---------------------------------------------------------------------------
# 4. Numba: PDF via weasyprint
# ---------------------------------------------------------------------------
NUMBA_CSS = """
@page { size: A4; margin: 2.2cm 2cm 2.4cm 2cm;
  @top-center { content: "Numba 0.56 documentation - Contributing to Numba"; font-size: 8.5pt; color: #666; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 20pt; color: #00468b; }
h2 { font-size: 14pt; color: #00468b; margin-top: 1.2em; }
h3 { font-size: 12pt; color: #00468b; }
pre { background: #f3f3f3; padding: 6pt; font-size: 8.5pt; white-space: pre-wrap; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; }
table { border-collapse: collapse; margin: 0.6em 0; width: 100%; }
th, td { border: 1px solid #999; padding: 4pt 6pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
th { background: #e8eef5; }
td:first-child { white-space: nowrap; }
.note { border-left: 3pt solid #00468b; padding-left: 8pt; }
.meta { font-size: 9pt; color: #444; }
"""


def list_to_table(ul, header, splitter):
    """Turn a <ul> of 'key: description' items into a 2-column table."""
    rows = []
    for li in ul.find_all("li", recursive=False):
        left, right = splitter(li)
        rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
    return BeautifulSoup(
        f"<table><thead><tr><th>{header[0]}</th><th>{header[1]}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>", "html.parser")


def build_numba():
    src = open(os.path.join(ORIG, "numba", "contributing.html"), encoding="utf-8").read()
    soup = BeautifulSoup(src, "html.parser")
    main = soup.find(attrs={"role": "main"}) or soup.find("div", class_="body")
    sec = main.find("section") or main.find("div", class_="section")
    for div in sec.find_all("div", class_="admonition"):
        div["class"] = ["note"]
    for pre in sec.find_all("pre"):
        txt = pre.get_text()
        pre.clear()
        pre.append(NavigableString(txt))
    # Gitter channels list -> table
    chat = sec.find(id="real-time-chat")
    ul = chat.find("ul")

    def chan_split(li):
        t = li.get_text(" ", strip=True)
        k, v = t.split(":", 1)
        return html.escape(k.strip()), html.escape(v.strip())
    ul.replace_with(list_to_table(ul, ("Channel", "Purpose"), chan_split))
    # build_ext options list -> table
    bn = sec.find(id="building-numba")
    for ul in bn.find_all("ul"):
        if "--noopt" in ul.get_text():
            def opt_split(li):
                t = li.get_text(" ", strip=True)
                k, v = t.split(":", 1)
                return html.escape(k.strip()), html.escape(v.strip())
            ul.replace_with(list_to_table(ul, ("Option", "Effect"), opt_split))
            break
    keep_classes = {"note"}
    for t in sec.find_all(True):
        cls = t.get("class")
        if cls and not (set(cls) & keep_classes):
            del t["class"]
    clean_fragment(sec)
    for t in sec.find_all(True):
        if t.name == "div" and t.find("p", string=re.compile(r"^Note$")):
            t["class"] = ["note"]
    body = "".join(str(c) for c in sec.contents)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Contributing to Numba</title>
<style>{NUMBA_CSS}</style></head>
<body>
<p class="meta">Numba 0.56.4 documentation, Developer Manual. Source: Debian package numba-doc 0.56.4+dfsg-2
(/usr/share/doc/numba-doc/html/developer/contributing.html). Copyright 2012-2017 Continuum Analytics, Inc.;
BSD-2-Clause licence. The lists of chat channels and of build options are shown as tables.</p>
{body}
</body></html>
"""
    with tempfile.TemporaryDirectory() as td:
        hp = os.path.join(td, "numba.html")
        open(hp, "w", encoding="utf-8").write(page)
        out = os.path.join(DOCS, "numba-contributing.pdf")
        subprocess.run(["weasyprint", hp, out], check=True)
    txt = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    print("numba-contributing.pdf", words(txt), "words")


if __name__ == "__main__":
    build_biopython()
    build_pelican()
    build_nim()
    build_numba()
