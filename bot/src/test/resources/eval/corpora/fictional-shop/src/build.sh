#!/bin/sh
# Rebuilds docs/community-guidelines.docx and docs/privacy-notice.pdf from the
# Markdown sources in this folder. Needs Debian packages pandoc and wkhtmltopdf
# (wkhtmltopdf runs headless with QT_QPA_PLATFORM=offscreen).
set -eu
cd "$(dirname "$0")"
pandoc -f markdown-smart -t docx -o ../docs/community-guidelines.docx community-guidelines.md
tmp=$(mktemp -d)
cp privacy-notice.css "$tmp/pn.css"
pandoc -s -f markdown-smart -t html5 --css pn.css \
  --metadata pagetitle="Cardboard Kettle Ltd: Privacy Notice" \
  -o "$tmp/pn.html" privacy-notice.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 --disable-smart-shrinking \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  "$tmp/pn.html" "$tmp/pn.pdf" 2>/dev/null || true
test -s "$tmp/pn.pdf"
cp "$tmp/pn.pdf" ../docs/privacy-notice.pdf
rm -rf "$tmp"
