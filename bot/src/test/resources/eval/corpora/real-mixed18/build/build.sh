#!/bin/sh
# Rebuilds docs/ of real-mixed18 from the Debian 12 packages. Run from anywhere; needs
# apt-get (after apt-get update), dpkg-deb, python3, pandoc 2.17, weasyprint.
set -e
B=$(cd "$(dirname "$0")" && pwd); S=$(dirname "$B"); W=$(mktemp -d)
cd "$W"
apt-get download popularity-contest=1.76 sqlite3-doc=3.40.1-2+deb12u2 \
    python-skimage-doc=0.19.3-8 linux-doc-6.12=6.12.118-1~deb12u1
for d in *.deb; do dpkg-deb -x "$d" x; done
mkdir -p "$B/orig" "$S/docs"
cp x/usr/share/doc/popularity-contest/FAQ.gz                                  "$B/orig/popularity-contest-FAQ.gz"
cp x/usr/share/doc/sqlite3/copyright.html                                    "$B/orig/sqlite-copyright.html"
cp x/usr/share/doc/sqlite3/sqlite.css                                        "$B/orig/sqlite.css"
cp x/usr/share/doc/python-skimage-doc/html/conduct/code_of_conduct.html      "$B/orig/skimage-code_of_conduct.html"
cp x/usr/share/doc/python-skimage-doc/html/_sources/conduct/code_of_conduct.md.txt "$B/orig/skimage-code_of_conduct.md.txt"
cp x/usr/share/doc/linux-doc-6.12/html/process/cve.html                      "$B/orig/linux-cve.html"
zcat x/usr/share/doc/linux-doc-6.12/Documentation/process/cve.rst.gz          > "$B/orig/linux-cve.rst"
cd "$B"
# 1. plain text, no extension: the FAQ as shipped (only gunzipped)
zcat orig/popularity-contest-FAQ.gz > ../docs/FAQ
# 2. html page as shipped, its stylesheet inlined; 3./4. the article cut out of the Sphinx pages
python3 extract.py
# 3. docx with pandoc from the shipped html article
pandoc -f html -t docx skimage-code-of-conduct.html -o ../docs/skimage-code-of-conduct.docx
# 4. pdf: pandoc html page with print stylesheet, header and footer, then weasyprint
pandoc -s -f html -t html5 --metadata pagetitle="CVEs — The Linux Kernel documentation" \
    --css print.css -B linux-cve-header.html -A linux-cve-footer.html linux-cve-body.html -o linux-cve.html
weasyprint linux-cve.html ../docs/linux-kernel-cves.pdf
rm -rf "$W"
