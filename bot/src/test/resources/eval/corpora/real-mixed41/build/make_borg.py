#!/usr/bin/env python3
"""Build docs/borg-support-and-development.html from the reStructuredText sources of the
BorgBackup 1.2.4 documentation chapters "Support" and "Development" (Debian package
borgbackup-doc 1.2.4-1, /usr/share/doc/borgbackup/html/_sources/support.rst.txt and
development.rst.txt; copies in build/originals/borgbackup/). Both chapters are complete.
Sphinx-only markup (include, highlight, labels, :ref:, :issue:, rubric) is turned into
plain text/headings first; pandoc (rst reader, no smart quotes) makes the HTML body."""
import os, re, subprocess, html
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "originals", "borgbackup")
out = os.path.join(here, "..", "docs", "borg-support-and-development.html")

def prep(text):
    lines = []
    for ln in text.splitlines():
        if re.match(r"^\.\. (include|highlight)::", ln) or re.match(r"^\.\. _[\w-]+:\s*$", ln):
            continue
        m = re.match(r"^\.\. rubric:: (.*)$", ln)
        if m:
            t = m.group(1)
            lines += [t, "~" * len(t)]
            continue
        lines.append(ln)
    t = "\n".join(lines) + "\n"
    t = t.replace(":ref:`as described before <git-installation>`", "as described before (see the Installation chapter, \"Using git\")")
    t = t.replace(":ref:`support`", "Support")
    t = t.replace(":ref:`releasing`", "Creating a new release")
    t = t.replace(":issue:`1633`", "issue #1633")
    t = t.replace("`Branching Model`_", "Branching model")
    return t

def pandoc(rst):
    return subprocess.run(["pandoc", "-f", "rst", "-t", "html5", "--shift-heading-level-by=1", "--wrap=none"],
                          input=rst, capture_output=True, text=True, check=True).stdout

support = pandoc(prep(open(os.path.join(src, "support.rst.txt"), encoding="utf-8").read()))
dev = pandoc(prep(open(os.path.join(src, "development.rst.txt"), encoding="utf-8").read()))

def ids(h):
    return re.findall(r'<h3 id="([^"]+)">(.*?)</h3>', h)

nav_items = "".join(f'<li><a href="#{i}">{re.sub("<[^>]+>", "", t)}</a></li>' for i, t in ids(support))
nav_dev = "".join(f'<li><a href="#{i}">{re.sub("<[^>]+>", "", t)}</a></li>' for i, t in ids(dev))

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BorgBackup 1.2.4 documentation: Support and Development</title>
<style>
  body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; line-height: 1.5; }}
  header {{ background: #00403f; color: #fff; padding: 1em 2em; }}
  header p {{ margin: 0.2em 0 0; font-size: 0.9em; }}
  .wrap {{ display: flex; }}
  nav {{ width: 16em; padding: 1em; background: #f0f4f4; font-size: 0.9em; }}
  nav ul {{ padding-left: 1.1em; }}
  main {{ flex: 1; padding: 1em 2em; max-width: 52em; }}
  pre {{ background: #f6f6f6; padding: 0.6em; overflow-x: auto; }}
  code {{ font-family: "DejaVu Sans Mono", monospace; }}
  footer {{ border-top: 1px solid #ccc; padding: 1em 2em; font-size: 0.85em; color: #555; }}
</style>
</head>
<body>
<header>
  <h1>Borg Documentation 1.2.4</h1>
  <p>Chapters "Support" and "Development" of the BorgBackup documentation (complete chapters)</p>
</header>
<div class="wrap">
<nav aria-label="Contents">
  <strong>On this page</strong>
  <ul>
    <li><a href="#support">Support</a><ul>{nav_items}</ul></li>
    <li><a href="#development">Development</a><ul>{nav_dev}</ul></li>
  </ul>
</nav>
<main>
<section id="support-chapter">
{support}
</section>
<section id="development-chapter">
{dev}
</section>
</main>
</div>
<footer>
  <p>Text: BorgBackup documentation, copyright 2015-2023 The Borg Collective (see AUTHORS),
  licensed under the BSD 3-clause licence. Taken from the Debian package borgbackup-doc 1.2.4-1.</p>
</footer>
</body>
</html>
"""
with open(out, "w", encoding="utf-8") as f:
    f.write(page)
print("wrote", out)
