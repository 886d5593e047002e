#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, wkhtmltopdf (run headless with QT_QPA_PLATFORM=offscreen), python3.
#   docs/openbmc-security-response-team-guidelines.html <- obmc-security-response-team-guidelines.md + openbmc-page-template.html
#   docs/homebrew-governance.pdf                        <- homebrew-governance.md + homebrew-governance.css
# docs/jupyter-trademark-policy.md and docs/Artistic are unchanged copies (see README).
set -eu
cd "$(dirname "$0")"
D=../docs
tmp=$(mktemp -d "$PWD/.build.XXXXXX")

# HTML page: GitHub-flavoured Markdown fragment inside a full page with site chrome.
pandoc -f gfm-smart -t html5 --wrap=none obmc-security-response-team-guidelines.md -o "$tmp/body.html"
python3 - "$tmp/body.html" <<'PY'
import sys
body = open(sys.argv[1], encoding='utf-8').read()
tpl = open('openbmc-page-template.html', encoding='utf-8').read()
open('../docs/openbmc-security-response-team-guidelines.html', 'w', encoding='utf-8').write(tpl.replace('{{CONTENT}}', body))
PY

# PDF: pandoc -> standalone HTML -> wkhtmltopdf (front matter dropped by pandoc's YAML reader)
cp homebrew-governance.css "$tmp/hb.css"
pandoc -s -f markdown-smart -t html5 --css hb.css \
  --metadata pagetitle="Homebrew Governance - Homebrew Documentation" \
  -o "$tmp/hb.html" homebrew-governance.md
QT_QPA_PLATFORM=offscreen wkhtmltopdf -q --enable-local-file-access -s A4 \
  -T 18mm -B 18mm -L 15mm -R 15mm \
  --footer-font-size 8 --footer-center "Homebrew Governance - page [page] of [topage]" \
  "$tmp/hb.html" "$tmp/hb.pdf" 2>/dev/null || true
test -s "$tmp/hb.pdf"
cp "$tmp/hb.pdf" $D/homebrew-governance.pdf
rm -rf "$tmp"
