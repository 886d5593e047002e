#!/bin/sh
# Rebuilds the four documents in ../docs from the sources in this folder.
set -e
cd "$(dirname "$0")"
python3 make_constitution.py
weasyprint training-races-safety.html ../docs/training-races-and-safety.pdf
pandoc -f markdown-smart privacy-and-discord-rules.md -o ../docs/privacy-notice-and-discord-rules.docx
# docs/juniors-section.html is written by hand (its build copy was dropped as a byte-identical duplicate)
