#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs the Debian packages pandoc and wkhtmltopdf, and python3.
set -e
cd "$(dirname "$0")"
# DOCX: smart quotes off so that quotes stay straight in the extracted text
pandoc -f markdown-smart -t docx -o ../docs/acceptable-use-policy.docx acceptable-use-policy.md
# PDF: standalone HTML with a print stylesheet, then wkhtmltopdf (headless)
pandoc -f markdown-smart -t html5 -s --css billing-and-refunds.css --metadata pagetitle="Billing and Refunds Policy" \
  -o /tmp/billing-and-refunds.html billing-and-refunds.md
cp billing-and-refunds.css /tmp/
QT_QPA_PLATFORM=offscreen wkhtmltopdf --quiet --enable-local-file-access -s A4 \
  /tmp/billing-and-refunds.html ../docs/billing-and-refunds.pdf
# plain text: hard-wrapped at 70 columns
python3 wrap_text.py
