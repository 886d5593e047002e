#!/usr/bin/env python3
"""Build docs/gnupg-hacking-how-to-contribute.docx: excerpt of GnuPG's doc/HACKING
("A Hacker's Guide to GnuPG", GnuPG 2.2.40) -- the whole sections "How to contribute"
and "Windows" -- from the Debian package gnupg 2.2.40-1.1+deb12u2
(/usr/share/doc/gnupg/HACKING.gz; copy in build/originals/gnupg/HACKING).
The file is Org text; pandoc reads it as Org (no smart quotes) and writes DOCX.
Only change of form: the list of commit-summary keywords is set as a two-column table."""
import os, re, subprocess
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "originals", "gnupg", "HACKING")
out = os.path.join(here, "..", "docs", "gnupg-hacking-how-to-contribute.docx")
tmp = os.path.join(here, "tmp"); os.makedirs(tmp, exist_ok=True)

lines = open(src, encoding="utf-8").read().splitlines()
start = lines.index("* How to contribute")
end = lines.index("* Debug hints")
body = lines[start:end]

# keyword list -> org table
out_lines, i = [], 0
while i < len(body):
    ln = body[i]
    m = re.match(r"^ - (\w+)\s+:: (.*)$", ln)
    if m and body[i - 2].strip() == "are":
        rows = []
        while i < len(body) and re.match(r"^ - (\w+)\s+:: (.*)$", body[i]):
            k, v = re.match(r"^ - (\w+)\s+:: (.*)$", body[i]).groups()
            rows.append((k, v)); i += 1
        out_lines.append("")
        out_lines.append("| Keyword | Mainly affected subsystem |")
        out_lines.append("|---------+---------------------------|")
        for k, v in rows:
            out_lines.append(f"| {k} | {v} |")
        continue
    out_lines.append(ln); i += 1

org = """#+TITLE: A Hacker's Guide to GnuPG
#+OPTIONS: ^:{} toc:nil

Some notes on GnuPG internals. This is an excerpt of the file doc/HACKING of GnuPG
2.2.40 (the sections "How to contribute" and "Windows"), as installed by the Debian
package gnupg 2.2.40-1.1+deb12u2. GnuPG is free software, licensed under the GPLv3+.

""" + "\n".join(out_lines) + "\n"
orgfile = os.path.join(tmp, "gnupg-hacking.org")
open(orgfile, "w", encoding="utf-8").write(org)
subprocess.run(["pandoc", "-f", "org-smart", "-t", "docx", "-s", "-o", out, orgfile], check=True)
print("wrote", out)
