#!/bin/sh
# Rebuilds the generated documents in ../docs from the sources in this folder.
# Needs Debian packages: pandoc, python3.
#   docs/opensearch-technical-charter.docx        <- opensearch-technical-charter.md
#   docs/matrix-law-enforcement-guidelines.html   <- matrix-law-enforcement-guidelines.md + matrix-page-template.html
# docs/SOCIAL-CONTRACT and docs/grafana-governance.md are unchanged copies (see README).
set -eu
cd "$(dirname "$0")"
D=../docs
tmp=$(mktemp -d "$PWD/.build.XXXXXX")

# DOCX: GitHub-flavoured Markdown as GitHub reads it ("a." stays text, "1." nested lists stay lists);
# smart quotes off so that the straight quotes of the source stay straight; autolink_bare_uris off because
# pandoc 2.17 otherwise nests a second link inside link texts that are themselves URLs.
pandoc -f gfm-smart-autolink_bare_uris -t docx \
  -o "$tmp/charter.docx" opensearch-technical-charter.md
cp "$tmp/charter.docx" $D/opensearch-technical-charter.docx

# HTML page: drop the Zola (TOML, +++) front matter as the site generator does, render the
# Markdown body with pandoc and place it into the page template.
python3 - "$tmp/body.md" <<'PY'
import re, sys
src = open('matrix-law-enforcement-guidelines.md', encoding='utf-8').read()
body = re.sub(r'\A\+\+\+\n.*?\n\+\+\+\n', '', src, flags=re.S)
open(sys.argv[1], 'w', encoding='utf-8').write(body)
PY
pandoc -f gfm-smart-autolink_bare_uris -t html5 --wrap=none "$tmp/body.md" -o "$tmp/body.html"
python3 - "$tmp/body.html" <<'PY'
import sys
body = open(sys.argv[1], encoding='utf-8').read()
tpl = open('matrix-page-template.html', encoding='utf-8').read()
open('../docs/matrix-law-enforcement-guidelines.html', 'w', encoding='utf-8').write(tpl.replace('{{CONTENT}}', body))
PY
rm -rf "$tmp"
