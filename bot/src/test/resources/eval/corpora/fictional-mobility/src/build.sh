#!/bin/sh
# Regenerates two of the four documents in ../docs from the sources in this folder; the Markdown
# document and the HTML page are written by hand in ../docs and are their own sources.
# Needs the Debian package pandoc, and python3.
set -e
cd "$(dirname "$0")"
mkdir -p ../docs
# 3. DOCX: smart quotes off so that quotes stay straight in the extracted text
pandoc -f markdown-smart -t docx -o ../docs/community-guidelines.docx community-guidelines.md
# 4. Plain text with no extension, hard-wrapped at 70 columns
python3 wrap_text.py
