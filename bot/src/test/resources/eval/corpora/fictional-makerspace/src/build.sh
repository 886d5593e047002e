#!/bin/sh
# Rebuilds docs/privacy-notice.docx and docs/safety-and-equipment-policy.pdf from the
# Markdown sources in this folder. Needs Debian packages pandoc and wkhtmltopdf
# (wkhtmltopdf runs headless with QT_QPA_PLATFORM=offscreen).
# CONSTITUTION, code-of-conduct.md and membership-fees-and-refunds.html are edited directly in docs/.
set -eu
cd "$(dirname "$0")"
pandoc -f markdown-smart -t docx -o ../docs/privacy-notice.docx privacy-notice.md
tmp=$(mktemp -d)
cp safety-and-equipment-policy.css "$tmp/safety.css"
pandoc -s -f markdown-smart -t html5 --css safety.css \
  --metadata pagetitle="Quillhammer: Safety and Equipment-Use Policy" \
  -o "$tmp/safety.html" safety-and-equipment-policy.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  --footer-center "Quillhammer Safety and Equipment-Use Policy v4.2 - page [page] of [topage]" --footer-font-size 8 \
  "$tmp/safety.html" "$tmp/safety.pdf" 2>/dev/null || true
test -s "$tmp/safety.pdf"
cp "$tmp/safety.pdf" ../docs/safety-and-equipment-policy.pdf
rm -rf "$tmp"
