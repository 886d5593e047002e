#!/usr/bin/env python3
"""Build docs/black-stability-triage-release.pdf from the Markdown (MyST) sources of the
Black 23.1.0 documentation (Debian package python-black-doc 23.1.0-1,
/usr/share/doc/python-black-doc/html/_sources/; copies in build/originals/black/):
contributing/index.md (introduction), the_black_code_style/index.md (introduction and
Stability Policy), contributing/issue_triage.md and contributing/release_process.md
(the latter without its last section, Release workflows). Left out: the toctrees and the "Contents" list of the contributing index.
MyST-only markup is turned into plain Markdown; the list of label groups is set as a table.
pandoc (markdown without smart quotes) makes HTML, weasyprint prints it (A4, Page N of M)."""
import os, re, subprocess
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "originals", "black")
tmp = os.path.join(here, "tmp"); os.makedirs(tmp, exist_ok=True)
out_pdf = os.path.join(here, "..", "docs", "black-stability-triage-release.pdf")

def rd(n):
    return open(os.path.join(src, n), encoding="utf-8").read()

DOCS = {"current_style": "The Black Code Style: Current style",
        "future_style": "The Black Code Style: Future style",
        "/integrations/source_version_control": "Integrations: Version control integration",
        "/usage_and_configuration/the_basics": "Usage and Configuration: The basics"}

def myst(t):
    t = re.sub(r"```\{toctree\}.*?```\n", "", t, flags=re.S)
    t = re.sub(r"\(labels/[\w-]+\)=\n", "", t)
    t = re.sub(r"```\{rubric\} (.*?)\n\n```", r"### \1", t)
    def adm(m):
        kind, body = m.group(1), m.group(2).strip("\n")
        paras = body.split("\n\n")
        paras[0] = f"**{kind.capitalize()}:** " + paras[0]
        return "\n\n".join("> " + p.replace("\n", "\n> ") for p in paras) + "\n"
    t = re.sub(r"```\{(tip|note|important)\}\n(.*?)```\n", lambda m: adm(m).replace("\n\n", "\n>\n"), t, flags=re.S)
    t = re.sub(r"\{doc\}`([^`]+)`", lambda m: DOCS[m.group(1)], t)
    t = t.replace("](labels/stability-policy)", "](#stability-policy)")
    t = t.replace("[Supported platforms are documented in the FAQ](labels/mypyc-support)",
                  "Supported platforms are documented in the FAQ")
    return t

# Part 1: contributing index, without the Contents rubric and what follows it
ci = rd("contributing-index.md")
ci = ci[: ci.index("```{rubric} Contents")]
ci = myst(ci).replace("### Bird's eye view", "## Bird's eye view")
# Part 2: code style intro + stability policy
cs = myst(rd("the_black_code_style-index.md"))
# Part 3: issue triage; label groups as a table
it = myst(rd("issue_triage.md"))
groups = re.search(r"Our labels are divided up.*?\n\n((?:- \*\*.*\n)+)", it)
rows = re.findall(r"- \*\*(\w) - (\w[\w ]*)\*\*: (.*)", groups.group(1))
table = "| Prefix | Group | What it is for |\n|---|---|---|\n" + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in rows)
it = it.replace(groups.group(1), table)
# Part 4: release process
rp = myst(rd("release_process.md"))
# excerpt: leave out the technical "Release workflows" section (keep the link definitions)
rp = rp[: rp.index("## Release workflows")] + rp[rp.index("[black-actions]:"):]
rp = rp.replace("[release automation](#release-workflows)", "release automation")

def demote(t):  # make each source page a level-2 section under the document title
    return re.sub(r"^(#+) ", lambda m: "#" + m.group(1) + " ", t, flags=re.M)

md = ("# Black: Contributing, Stability Policy, Issue triage and Release process\n\n"
      "*Excerpt of the documentation of Black 23.1.0, the Python code formatter (psf/black), "
      "as shipped in the Debian package python-black-doc 23.1.0-1: the introduction of the "
      "Contributing section, the introduction and Stability Policy of The Black Code Style, and "
      "the complete page Issue triage, and the page Release process without its last section (Release workflows). Copyright 2018-2022 Łukasz Langa and "
      "the Black contributors; MIT (Expat) licence.*\n\n"
      + demote(ci) + "\n\n" + demote(cs) + "\n\n" + demote(it) + "\n\n" + demote(rp))
mdfile = os.path.join(tmp, "black.md")
open(mdfile, "w", encoding="utf-8").write(md)
body = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html5", "--wrap=none", mdfile],
                      capture_output=True, text=True, check=True).stdout
css = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; }
  @top-right { content: "Black 23.1.0 documentation (excerpt)"; font-size: 8pt; color: #777; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.45; font-variant-ligatures: none; hyphens: manual; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 1.4em; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; } h4 { font-size: 10.5pt; } h5 { font-size: 10pt; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 6px; font-size: 8.5pt; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
blockquote { border-left: 3px solid #3a7; margin-left: 0; padding-left: 10px; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; }
th, td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
a { color: #124; text-decoration: none; }
"""
html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Black: Contributing, Stability Policy, Issue triage and Release process</title>
<style>{css}</style></head><body>{body}</body></html>"""
htmlfile = os.path.join(tmp, "black.html")
open(htmlfile, "w", encoding="utf-8").write(html)
subprocess.run(["weasyprint", htmlfile, out_pdf], check=True)
print("wrote", out_pdf)
