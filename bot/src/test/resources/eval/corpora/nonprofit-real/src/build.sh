#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, wkhtmltopdf (run headless with QT_QPA_PLATFORM=offscreen).
set -eu
cd "$(dirname "$0")"
# DOCX: Kubernetes community membership (one table)
pandoc -f markdown-smart -t docx -o ../docs/kubernetes-community-membership.docx kubernetes-community-membership.md
# HTML: Django's security policies with docs.djangoproject.com-like chrome
python3 build_django_security.py
# PDF: CNCF Code of Conduct incident resolution procedures
tmp=$(mktemp -d)
cp cncf-procedures.css "$tmp/cncf.css"
pandoc -s -f markdown-smart -t html5 --css cncf.css \
  --metadata pagetitle="CNCF Code of Conduct - Incident Resolution Procedures" \
  -o "$tmp/cncf.html" cncf-coc-incident-resolution-procedures.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 20mm -B 20mm -L 15mm -R 15mm --footer-center "[page] / [topage]" --footer-font-size 8 \
  "$tmp/cncf.html" "$tmp/cncf.pdf" 2>/dev/null || true
cp "$tmp/cncf.pdf" ../docs/cncf-coc-incident-resolution-procedures.pdf
rm -rf "$tmp"
