#!/usr/bin/env python3
"""Build docs/HOWTO-CONTRIBUTE: three util-linux documentation files joined verbatim.
Source: Debian package util-linux 2.38.1-5+deb12u3, /usr/share/doc/util-linux/
(howto-contribute.txt, release-schedule.txt, deprecated.txt); copied to build/originals/util-linux/."""
import os
here = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(here, "originals", "util-linux")
out = os.path.join(here, "..", "docs", "HOWTO-CONTRIBUTE")

def read(name):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        return f.read().rstrip("\n") + "\n"

header = """\
util-linux -- notes for contributors
====================================

How to contribute, Release schedule and Deprecated features
(util-linux 2.38.1: Documentation/howto-contribute.txt,
Documentation/release-schedule.txt and Documentation/deprecated.txt,
joined unchanged in this order)

Source: the Debian package util-linux 2.38.1-5+deb12u3, which installs
these files in /usr/share/doc/util-linux/. util-linux is free software;
see the copyright file of the Debian package.

"""
sep = "\n\n" + "=" * 76 + "\n"
parts = [
    ("PART 1. HOW TO CONTRIBUTE  (howto-contribute.txt)", read("howto-contribute.txt")),
    ("PART 2. RELEASE SCHEDULE  (release-schedule.txt)", read("release-schedule.txt")),
    ("PART 3. DEPRECATED COMMANDS AND FEATURES  (deprecated.txt)", read("deprecated.txt")),
]
text = header
for title, body in parts:
    text += sep + title + "\n" + "=" * 76 + "\n\n" + body
with open(out, "w", encoding="utf-8") as f:
    f.write(text)
print("wrote", out, len(text.split()), "words")
