#!/bin/sh
# Rebuild the four documents in ../docs from the sources in this folder.
set -e
cd "$(dirname "$0")"
D=../docs
mkdir -p "$D"
# docs/RULES is written by hand (its build copy was dropped as a byte-identical duplicate)
# docs/auditions-attendance-dress.html is written by hand (its build copy was dropped as a byte-identical duplicate)
pandoc -f markdown-smart -t docx -o "$D/safeguarding-young-voices.docx" safeguarding-young-voices.md
weasyprint privacy-and-discord-rules.html "$D/privacy-and-discord-rules.pdf"
echo built
