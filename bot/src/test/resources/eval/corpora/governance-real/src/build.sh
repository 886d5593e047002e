#!/bin/sh
# Rebuilds the four documents in ../docs from the sources in this folder.
# Needs the Debian packages pandoc and wkhtmltopdf (and poppler-utils to check the PDF).
set -e
cd "$(dirname "$0")"
DOCS=../docs
mkdir -p "$DOCS"

# 1. Markdown, as fetched
cp nixos-constitution.md "$DOCS/nix-governance-constitution.md"

# 2. Full HTML page: pandoc converts the reStructuredText; the template adds
#    head (style, script), nav, sidebar and footer, with the text inside <main>
pandoc -f rst -t html5 -s --template=openstack-tc-charter.template.html \
  --metadata pagetitle="OpenStack Technical Committee Charter" \
  -o "$DOCS/openstack-tc-charter.html" openstack-tc-charter.rst

# 3. PDF: pandoc to standalone HTML with a print stylesheet, then wkhtmltopdf (headless)
TMP=$(mktemp -d)
cp openjs-cpc-charter.css "$TMP/"
pandoc -f gfm -t html5 -s --css openjs-cpc-charter.css \
  --metadata pagetitle="Cross Project Council (CPC) Charter" \
  -o "$TMP/openjs-cpc-charter.html" openjs-cpc-charter.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf --quiet --enable-local-file-access -s A4 \
  "$TMP/openjs-cpc-charter.html" "$DOCS/openjs-cpc-charter.pdf"
rm -rf "$TMP"

# 4. Plain text, no extension, hard-wrapped at 72 columns (straight quotes kept)
pandoc -f markdown-smart -t plain --columns=72 -o "$DOCS/FHISO-TSC-CHARTER" fhiso-tsc-charter.md
