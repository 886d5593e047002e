#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs python3 and the Debian packages pandoc and wkhtmltopdf
# (wkhtmltopdf runs headless with QT_QPA_PLATFORM=offscreen).
#   CHARTER                              <- charter.src via make_charter.py (72 columns)
#   membership-and-donations-policy.docx <- membership-and-donations-policy.md (pandoc -f markdown-smart -t docx)
#   wyrmcon-code-of-conduct.pdf          <- wyrmcon-code-of-conduct.md (pandoc -> HTML + CSS -> wkhtmltopdf)
# moderation-and-enforcement-policy.md and privacy-notice.html are edited directly in docs/.
set -eu
cd "$(dirname "$0")"
python3 make_charter.py
pandoc -f markdown-smart -t docx -o ../docs/membership-and-donations-policy.docx membership-and-donations-policy.md
tmp=$(mktemp -d)
cp wyrmcon-code-of-conduct.css "$tmp/wyrmcon.css"
pandoc -s -f markdown-smart -t html5 --css wyrmcon.css \
  --metadata pagetitle="WyrmCon Code of Conduct and Event Policy" \
  -o "$tmp/wyrmcon.html" wyrmcon-code-of-conduct.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  --footer-center "WyrmCon Code of Conduct and Event Policy v5 - page [page] of [topage]" --footer-font-size 8 \
  "$tmp/wyrmcon.html" "$tmp/wyrmcon.pdf" 2>/dev/null || true
test -s "$tmp/wyrmcon.pdf"
cp "$tmp/wyrmcon.pdf" ../docs/wyrmcon-code-of-conduct.pdf
rm -rf "$tmp"
