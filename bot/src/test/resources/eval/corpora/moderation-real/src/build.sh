#!/bin/sh
# Rebuilds ../docs from the sources in this folder (fetched unchanged from GitHub).
# Needs the Debian packages pandoc and wkhtmltopdf (and poppler-utils to check the PDF).
set -e
cd "$(dirname "$0")"
mkdir -p ../docs
# Markdown: the Hachyderm page exactly as fetched (Hugo front matter kept)
cp hachyderm-actions-and-appeals.md ../docs/hachyderm-moderation-actions-and-appeals.md
# HTML: full page (head, header nav, sidebar, footer) with the policy in <main>; smart quotes off
pandoc -f markdown-smart -t html5 -s --wrap=none --template=psf-policies-page.html5 \
  --metadata pagetitle="Code of Conduct Enforcement Procedures" \
  -o ../docs/psf-coc-enforcement-procedures.html psf-coc-enforcement-procedures.md
# DOCX: smart quotes off (the source already has its own curly quotes)
pandoc -f markdown-smart -t docx -o ../docs/cnoe-antitrust-policy.docx cnoe-ANTITRUST-POLICY.md
# PDF: standalone HTML with a print stylesheet, then wkhtmltopdf (headless)
TMP=$(mktemp -d)
cp suricata-security.css "$TMP/"
pandoc -f markdown-smart -t html5 -s --css suricata-security.css \
  --metadata pagetitle="Suricata Security Policy" \
  -o "$TMP/suricata-security-policy.html" suricata-SECURITY.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf --quiet --enable-local-file-access -s A4 \
  "$TMP/suricata-security-policy.html" ../docs/suricata-security-policy.pdf
rm -rf "$TMP"
# Plain text without extension: the licence file is already plain text, copied unchanged
cp OFL.txt ../docs/OFL
