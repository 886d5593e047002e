#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, wkhtmltopdf (run headless with QT_QPA_PLATFORM=offscreen), python3.
#   docs/go-security-policy.html          <- go-security-policy.md + go-page-template.html
#   docs/lets-encrypt-privacy-policy.docx <- lets-encrypt-privacy-policy.md
#   docs/scikit-learn-governance.pdf      <- scikit-learn-governance.md + scikit-learn-governance.css
#   docs/LEGALCODE                        <- cc-by-4.0-legalcode.src (make_legalcode.py)
# docs/write-the-docs-code-of-conduct.md is kept as it is (written by hand from the RST, see README).
set -eu
cd "$(dirname "$0")"
D=../docs

# HTML page: GitHub-flavoured Markdown fragment inside a full page with site chrome.
tmp=$(mktemp -d "$PWD/.build.XXXXXX")
sed '1,/^---$/{/^---$/!d};1,/^---$/d' go-security-policy.md > "$tmp/go.md"
pandoc -f gfm-smart -t html5 --wrap=none "$tmp/go.md" -o "$tmp/go-body.html"
python3 - "$tmp/go-body.html" <<'PY'
import sys
body = open(sys.argv[1], encoding='utf-8').read()
tpl = open('go-page-template.html', encoding='utf-8').read()
open('../docs/go-security-policy.html', 'w', encoding='utf-8').write(tpl.replace('{{CONTENT}}', body))
PY

# DOCX (markdown-smart keeps the quotes straight)
pandoc -f markdown-smart -t docx -o $D/lets-encrypt-privacy-policy.docx lets-encrypt-privacy-policy.md

# PDF: pandoc -> standalone HTML -> wkhtmltopdf
cp scikit-learn-governance.css "$tmp/skl.css"
pandoc -s -f markdown-smart -t html5 --css skl.css \
  --metadata pagetitle="Scikit-learn governance and decision-making - scikit-learn documentation" \
  -o "$tmp/skl.html" scikit-learn-governance.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  --footer-font-size 8 --footer-center "scikit-learn - Governance and decision-making - page [page] of [topage]" \
  "$tmp/skl.html" "$tmp/skl.pdf" 2>/dev/null || true
test -s "$tmp/skl.pdf"
cp "$tmp/skl.pdf" $D/scikit-learn-governance.pdf
rm -rf "$tmp"

# Plain text without extension
python3 make_legalcode.py
