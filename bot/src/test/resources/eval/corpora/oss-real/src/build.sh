#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, wkhtmltopdf (run headless with QT_QPA_PLATFORM=offscreen).
set -eu
cd "$(dirname "$0")"
# DOCX: curl vulnerability disclosure policy
pandoc -f markdown-smart -t docx -o ../docs/curl-vulnerability-disclosure-policy.docx curl-vulnerability-disclosure-policy.md
# HTML: PEP 13 with peps.python.org-like chrome
python3 build_pep13.py
# PDF: Git trademark policy
tmp=$(mktemp -d)
cp git-trademark-policy.css "$tmp/tm.css"
pandoc -s -f markdown-smart -t html5 --css tm.css \
  --metadata subtitle="Git Project, a member project of Software Freedom Conservancy - https://git-scm.com/about/trademark" \
  --metadata pagetitle="Git - Trademark Policy" \
  -o "$tmp/tm.html" git-trademark-policy.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 20mm -B 20mm -L 15mm -R 15mm "$tmp/tm.html" "$tmp/tm.pdf" 2>/dev/null || true
cp "$tmp/tm.pdf" ../docs/git-trademark-policy.pdf
rm -rf "$tmp"
