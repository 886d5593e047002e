#!/bin/sh
# Rebuilds ../docs from the sources in this folder.
# Needs the Debian packages pandoc, wkhtmltopdf and python3 (poppler-utils to check the PDF).
set -e
cd "$(dirname "$0")"
mkdir -p ../docs

# Plain text, no extension: the ODbL exactly as fetched (mledoze/countries LICENSE)
cp fetched/mledoze-countries/LICENSE ../docs/LICENSE

# Markdown: Envoy's SECURITY.md exactly as fetched
cp fetched/envoyproxy-envoy/SECURITY.md ../docs/envoy-security-release-process.md

# DOCX: Kubernetes steering committee elections, smart quotes off so quotes stay as in the source
pandoc -f markdown-smart -t docx -o ../docs/kubernetes-steering-committee-elections.docx \
  fetched/kubernetes-steering/elections.md

# HTML page (Django template resolved into site chrome) and the Rust privacy notice as standalone HTML
TMP=$(mktemp -d)
python3 render.py "$TMP/rust-privacy-notice.html"
cp rust-privacy.css "$TMP/"

# PDF: wkhtmltopdf, headless
QT_QPA_PLATFORM=offscreen wkhtmltopdf --quiet --enable-local-file-access -s A4 \
  "$TMP/rust-privacy-notice.html" ../docs/rust-privacy-notice.pdf
rm -r "$TMP"
