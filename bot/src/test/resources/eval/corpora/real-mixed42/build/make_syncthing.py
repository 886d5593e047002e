#!/usr/bin/env python3
"""Render Syncthing's syncthing-security(7) and syncthing-faq(7) man pages
(Debian syncthing 1.19.2~ds1-1, man pages v1.19.1) to plain text and join them:
the whole security page, then the FAQ's NAME line and General section, plus two
questions of its Troubleshooting section. Output: docs/SYNCTHING-SECURITY"""
import gzip, subprocess, re, pathlib
B = pathlib.Path(__file__).resolve().parent
OUT = B.parent / "docs" / "SYNCTHING-SECURITY"

def render(name):
    src = gzip.open(B / "originals/syncthing" / f"{name}.7.gz", "rt", encoding="utf-8").read()
    # left-adjust, no hyphenation (so no words are split at line ends)
    src = re.sub(r'^(\.TH .*)$', r'\1\n.ad l\n.nh', src, count=1, flags=re.M)
    src = src.replace('.ad l\n.nh', '.ad l\n.nh\n.de hy\n..\n.de ad\n..', 1)
    p = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-rLL=78n", "-rHY=0"],
                       input=src.encode(), capture_output=True, check=True)
    t = subprocess.run(["col", "-bx"], input=p.stdout, capture_output=True, check=True).stdout.decode("utf-8")
    for a, b in {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-",
                 "\u2014": "--", "\u2026": "..."}.items():
        t = t.replace(a, b)
    return t

sec = render("syncthing-security").rstrip() + "\n"
faq = render("syncthing-faq")
lines = faq.split("\n")
def idx(pred, start=0):
    for i in range(start, len(lines)):
        if pred(lines[i]):
            return i
    raise SystemExit("not found")
head_end = idx(lambda l: l.strip() == "syncthing-faq - Frequently Asked Questions") + 1
g0 = idx(lambda l: l == "GENERAL")
t0 = idx(lambda l: l == "TROUBLESHOOTING")
def question(title):
    i = idx(lambda l: l.strip() == title and l.startswith("   ") and not l.startswith("    "), t0)
    j = idx(lambda l: (l.startswith("   ") and not l.startswith("    ") and l.strip() != "") or (l and not l.startswith(" ")), i + 1)
    return lines[i:j]
header = lines[:head_end]
general = lines[g0:t0]
trouble = ["TROUBLESHOOTING (excerpt: two of its questions)"] + \
    question("Why is the setup more complicated than BitTorrent/Resilio Sync?") + \
    question("Why does Syncthing connect to this unknown/suspicious address?")
footer = [l for l in lines if l.startswith("v1.19.1")]
faq_part = "\n".join(header + [""] + general + trouble + ["", ""] + footer) + "\n"

title = ("Syncthing v1.19.1 manual pages (excerpt): syncthing-security(7) \"Security Principles\"\n"
         "and syncthing-faq(7) \"Frequently Asked Questions\" (General section and two\n"
         "Troubleshooting questions), as shipped in the Debian syncthing package\n"
         "(1.19.2~ds1-1). Copyright 2014-2019, The Syncthing Authors.\n\n\n")
text = title + sec + "\n\n" + faq_part
text = re.sub(r"\n{4,}", "\n\n\n", text)
OUT.parent.mkdir(exist_ok=True)
OUT.write_text(text, encoding="utf-8")
print(OUT, len(text.split()), "words")
