#!/bin/sh
# Rebuilds docs/ of real-mixed21 from the Debian 12 packages. Run from this src/ folder.
set -e
W=$(mktemp -d)
( cd "$W" && apt-get download developers-reference=12.18 qemu-system-common sphinx-doc=5.3.0-4 python-pytest-doc=7.2.1-2 \
  && for f in *.deb; do dpkg-deb -x "$f" x; done )
D=$W/x/usr/share/doc
# 1. plain text, no extension: chapter 2 of the plain-text Developer's Reference, whole, as shipped
zcat "$D/developers-reference/docs/developers-reference.txt.gz" | awk 'NR>=630' \
  | awk '/^3\. Debian Developer.s Duties/{exit} {print}' \
  | python3 -c 'import sys; sys.stdout.write(sys.stdin.read().rstrip("\n")+"\n")' > ../docs/new-maintainer
# 2. html page as the package ships it (byte-identical)
cp "$D/qemu-system-common/system/security.html" ../docs/qemu-security.html
# 3. docx: article body of the shipped Sphinx page, through pandoc
cp "$D/sphinx-doc/html/internals/code-of-conduct.html" sphinx-code-of-conduct.orig.html
python3 extract_body.py sphinx-code-of-conduct.orig.html sphinx-code-of-conduct.body.html
pandoc -f html -t docx sphinx-code-of-conduct.body.html -o ../docs/sphinx-code-of-conduct.docx
# 4. pdf: article body of the shipped pytest page, pandoc -s with a print stylesheet, then weasyprint
cp "$D/python-pytest-doc/html/backwards-compatibility.html" pytest-backwards-compatibility.orig.html
python3 extract_body.py pytest-backwards-compatibility.orig.html pytest-backwards-compatibility.body.html
{ echo '<style>'; cat print.css; echo '</style>'; } > print-header.html
pandoc -s -f html -t html5 --metadata pagetitle="Backwards Compatibility Policy - pytest documentation" \
  -H print-header.html pytest-backwards-compatibility.body.html -o pytest-backwards-compatibility.print.html
weasyprint pytest-backwards-compatibility.print.html ../docs/pytest-backwards-compatibility.pdf
rm -rf "$W"
