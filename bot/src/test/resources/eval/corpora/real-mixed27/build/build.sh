#!/bin/sh
# Rebuilds docs/ from the Debian 12 packages. Run from the set folder: sh build/build.sh
set -eu
cd "$(dirname "$0")/.."
mkdir -p build/pkgs docs
cd build/pkgs
for p in docutils-doc=0.19+dfsg-6 nova-doc=2:26.2.2-1~deb12u5 debian-faq=11.1 python-notebook-doc=6.4.12-2.2; do
  ls ${p%%=*}_*.deb >/dev/null 2>&1 || apt-get download "$p"
done
rm -rf x && mkdir x
for f in docutils-doc_*.deb nova-doc_*.deb debian-faq_*.deb python-notebook-doc_*.deb; do dpkg-deb -x "$f" x; done
cd ../..
D=build/pkgs/x/usr/share/doc
# 1. plain text, renamed without extension (reStructuredText source as shipped)
cp "$D/docutils-doc/docs/dev/policies.txt" docs/POLICIES
# 2. html page exactly as the package ships it
cp "$D/nova-doc/html/contributor/how-to-get-involved.html" docs/nova-how-to-get-involved.html
# 3. docx made with pandoc from the package's html page (whole page)
pandoc -f html -t docx -o docs/debian-faq-archives.docx "$D/debian/FAQ/ftparchives.en.html"
# 4. pdf printed with weasyprint from the package's html page with its own stylesheets, plus page footers
weasyprint -s build/page-footer.css "$D/python-notebook-doc/html/security.html" docs/jupyter-notebook-security.pdf
