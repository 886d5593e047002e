#!/usr/bin/env python3
"""Builds docs/MEMBERSHIP_TERMS (plain text, no extension, wrapped at 76 columns)
from src/membership_terms.src.  Markup: '# TITLE' = numbered section heading,
'N.N text' = numbered paragraph, '(a) text' = lettered item, '@RAW' .. '@END' =
copied as written, '@TITLE' .. '@END' = title block, '@TABLE' = membership table."""
import os, re, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 76

TABLE = [  # type, ages, price, includes
    ("Adult Season", "18 to 64", "£165 for the season",
     "Unlimited swims in the season; 10% off at the cafe"),
    ("Senior Season", "65 and over", "£120 for the season", "As Adult Season"),
    ("Concession Season", "18 and over", "£85 for the season",
     "As Adult Season; who qualifies is in 4.3"),
    ("Junior Season", "8 to 17", "£70 for the season",
     "Unlimited swims in the season; under-11s must be supervised (Pool Rules)"),
    ("Family Season", "2 adults and up to 3 children under 18", "£390 for the season",
     "Unlimited swims for everyone on the card; each extra child £45"),
    ("Pool and Gym", "16 and over", "£32 a month or £350 a year",
     "Season swims, the gym all year, one free guest pass each month"),
    ("Gym Only", "16 and over", "£22 a month", "The gym all year, after an induction"),
    ("Winter Dippers", "18 and over", "£60 for the winter",
     "Club sessions from October to April; the sauna after each dip"),
    ("Friend of the Lido", "any age", "£25 a year",
     "No swims; the newsletter, a vote at the AGM if 18 or over (see 13.1), "
     "your name on the supporters' wall"),
]
COLS = [("TYPE", 18), ("AGES", 12), ("PRICE", 13), ("WHAT IT INCLUDES", 25)]


def table():
    out = []
    head = "  " + "  ".join(h.ljust(w) for h, w in COLS)
    out.append(head.rstrip())
    out.append("  " + "  ".join("-" * w for _, w in COLS))
    for row in TABLE:
        cells = [textwrap.wrap(c, w) for c, (_, w) in zip(row, COLS)]
        n = max(len(c) for c in cells)
        for i in range(n):
            line = "  " + "  ".join((c[i] if i < len(c) else "").ljust(w)
                                     for c, (_, w) in zip(cells, COLS))
            out.append(line.rstrip())
        out.append("")
    return out[:-1]


def build():
    src = open(os.path.join(HERE, "membership_terms.src"), encoding="utf-8").read().splitlines()
    out, sec, i = [], 0, 0
    while i < len(src):
        line = src[i]
        if line in ("@RAW", "@TITLE"):
            j = src.index("@END", i)
            out.extend(src[i + 1:j])
            i = j + 1
            continue
        if line == "@TABLE":
            out.extend(table())
        elif line.startswith("# "):
            sec += 1
            head = f"{sec}. {line[2:]}"
            out += ["", head, "-" * len(head)]
        elif re.match(r"\d+\.\d+ ", line):
            num, text = line.split(" ", 1)
            out += textwrap.wrap(text, WIDTH, initial_indent=num.ljust(6),
                                 subsequent_indent=" " * 6, break_on_hyphens=False)
        elif re.match(r"\([a-z]\) ", line):
            lab, text = line.split(" ", 1)
            out += textwrap.wrap(text, WIDTH, initial_indent=" " * 6 + lab.ljust(5),
                                 subsequent_indent=" " * 11, break_on_hyphens=False)
        else:
            out.append(line)
        i += 1
    text = "\n".join(l.rstrip() for l in out).rstrip() + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    dest = os.path.join(HERE, "..", "docs", "MEMBERSHIP_TERMS")
    open(dest, "w", encoding="utf-8").write(text)
    print("wrote", os.path.normpath(dest), len(text.split()), "words,",
          max(len(l) for l in text.splitlines()), "max columns")


if __name__ == "__main__":
    build()
