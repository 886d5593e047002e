#!/usr/bin/env python3
"""Join sudo's README.md, docs/SECURITY.md, docs/CONTRIBUTING.md and docs/HISTORY.md
(Debian sudo 1.9.13p3-1+deb12u4, /usr/share/doc/sudo) into one Markdown file and
convert it to docx with pandoc. The only change of form: the README's
"Mailing lists" subsections are laid out as a table (same words).
Output: docs/sudo-readme-security-contributing-history.docx"""
import pathlib, re, subprocess
B = pathlib.Path(__file__).resolve().parent
S = B / "originals/sudo"
OUT = B.parent / "docs" / "sudo-readme-security-contributing-history.docx"
MD = B / "tmp" / "sudo.md"
MD.parent.mkdir(exist_ok=True)

readme = (S / "README.md").read_text()
# Mailing lists section -> table
m = re.search(r"## Mailing lists\n(.*?)\nTo subscribe to a list", readme, re.S)
block = m.group(1)
rows = re.findall(r"#### (\S+)\n\n(.*?)(https://\S+)\n", block, re.S)
assert len(rows) == 5, rows
tbl = ["| List | What it is for | Subscription page |", "|---|---|---|"]
for name, desc, url in rows:
    tbl.append(f"| {name} | {' '.join(desc.split())} | {url} |")
readme = readme.replace(block, "\n" + "\n".join(tbl) + "\n")

def setext_to_atx(t):
    return re.sub(r"^(.+)\n=+\n", r"# \1\n", t, flags=re.M)

md = "\n\n".join([
    "---\ntitle: \"Sudo 1.9.13 documentation: README, Sudo Security Policy, Contributing to Sudo and A Brief History of Sudo\"\n---",
    "*Four files of the sudo distribution joined (README.md, docs/SECURITY.md, docs/CONTRIBUTING.md and docs/HISTORY.md), "
    "as shipped in the Debian package sudo 1.9.13p3-1+deb12u4. Copyright 1994-1996, 1998-2023 Todd C. Miller; "
    "sudo is distributed under an ISC-style license.*",
    "# README\n\n" + readme.strip(),
    setext_to_atx((S / "SECURITY.md").read_text()).strip(),
    setext_to_atx((S / "CONTRIBUTING.md").read_text()).strip(),
    setext_to_atx((S / "HISTORY.md").read_text()).strip(),
]) + "\n"
MD.write_text(md)
subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", str(OUT), str(MD)], check=True)
import docx
d = docx.Document(str(OUT))
words = sum(len(p.text.split()) for p in d.paragraphs) + sum(len(c.text.split()) for t in d.tables for r in t.rows for c in r.cells)
print(OUT, words, "words")
