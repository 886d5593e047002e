#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, wkhtmltopdf (run headless with QT_QPA_PLATFORM=offscreen), python3.
#   docs/dmca-takedown-policy.html       <- dmca-takedown-policy.md + dmca-page-template.html
#   docs/github-acceptable-use-policies.docx <- github-acceptable-use-policies.md
#   docs/psf-privacy-notice.pdf          <- psf-privacy-notice.md + psf-privacy-notice.css
#   docs/COMMUNITY_PARTICIPATION_GUIDELINES <- community-participation-guidelines.md (md2txt.py)
# docs/github-community-guidelines.md is kept as is (copied by hand, see README).
set -eu
cd "$(dirname "$0")"
D=../docs

# HTML page: GitHub-flavoured Markdown fragment inside a full page with site chrome.
pandoc -f gfm-smart -t html5 --wrap=none dmca-takedown-policy.md -o /tmp/dmca-body.html
python3 - <<'PY'
body = open('/tmp/dmca-body.html', encoding='utf-8').read()
tpl = open('dmca-page-template.html', encoding='utf-8').read()
open('../docs/dmca-takedown-policy.html', 'w', encoding='utf-8').write(tpl.replace('{{CONTENT}}', body))
PY
rm -f /tmp/dmca-body.html

# DOCX
pandoc -f markdown-smart -t docx -o $D/github-acceptable-use-policies.docx github-acceptable-use-policies.md

# PDF: pandoc -> standalone HTML -> wkhtmltopdf
tmp=$(mktemp -d)
cp psf-privacy-notice.css "$tmp/psf.css"
pandoc -s -f markdown-smart -t html5 --css psf.css \
  --metadata pagetitle="PSF Privacy Notice - Python Software Foundation Policies" \
  -o "$tmp/psf.html" psf-privacy-notice.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  --footer-font-size 8 --footer-center "Python Software Foundation Policies - PSF Privacy Notice - page [page] of [topage]" \
  "$tmp/psf.html" "$tmp/psf.pdf" 2>/dev/null || true
test -s "$tmp/psf.pdf"
cp "$tmp/psf.pdf" $D/psf-privacy-notice.pdf
rm -rf "$tmp"

# Plain text without extension
python3 md2txt.py
