#!/bin/sh
# Regenerates the four documents in ../docs from the sources in this folder.
# Needs the Debian package pandoc, and python3.
set -e
cd "$(dirname "$0")"
mkdir -p ../docs
# 1. Markdown with YAML front matter: copied as written
cp membership-and-pricing.md ../docs/membership-and-pricing.md
# 2. Full HTML page: copied as written
cp privacy-notice.html ../docs/privacy-notice.html
# 3. DOCX: smart quotes off so that quotes stay straight in the extracted text
pandoc -f markdown-smart -t docx -o ../docs/community-guidelines.docx community-guidelines.md
# 4. Plain text with no extension, hard-wrapped at 70 columns
python3 wrap_text.py
