#!/bin/sh
# Rebuild docs/ from build/orig/ (run fetch.sh first: the repository keeps no copy of the two texts docs/ holds as
# shipped, pip-contributing.rst and cinder-contributing.html; SHA256SUMS still lists them). Needs: pandoc, pod2html (perl), weasyprint, python3.
set -eu
cd "$(dirname "$0")"
D=../docs
mkdir -p "$D" tmp
# 1. plain text without extension: pip's "Contributing", reST exactly as shipped (gunzipped by fetch.sh)
cp orig/pip-contributing.rst "$D/CONTRIBUTING"
# 2. html page as shipped: Cinder "So You Want to Contribute..."
cp orig/cinder-contributing.html "$D/cinder-contributing.html"
# 3. docx: Mojolicious::Guides::Contributing, POD -> HTML (pod2html) -> DOCX (pandoc)
pod2html --noindex --title "Mojolicious::Guides::Contributing - Contributing to Mojolicious" \
  --infile orig/Mojolicious-Guides-Contributing.pod --outfile tmp/mojolicious-contributing.html
python3 pod_fix.py tmp/mojolicious-contributing.html
pandoc -f html -t docx -o "$D/mojolicious-contributing.docx" tmp/mojolicious-contributing.html
# 4. pdf: Breezy "Release Cycles", main body of the shipped page printed with WeasyPrint
python3 breezy_print.py orig/breezy-cycle.html tmp/breezy-release-cycles.html
weasyprint tmp/breezy-release-cycles.html "$D/breezy-release-cycles.pdf"
rm -f pod2htmd.tmp pod2htmi.tmp
rm -rf tmp
