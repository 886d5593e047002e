#!/bin/sh
# Rebuilds docs/ of the real-mixed32 set from the published packages.
# Needs: apt-get (Debian 12 sources), npm, dpkg-deb, tar, python3, pandoc, weasyprint.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
DOCS="$SET/docs"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cd "$W"

# 1. fetch, exactly these versions
apt-get download neutron-doc=2:21.0.0-7+deb12u1 \
                 python-django-doc=3:3.2.25-0+deb12u7 \
                 sqlite3-doc=3.40.1-2+deb12u2
npm pack stream-chat-react@14.12.0
for deb in neutron-doc_*.deb python-django-doc_*.deb sqlite3-doc_*.deb; do
  d="x-${deb%%_*}"; mkdir -p "$d"; dpkg-deb -x "$deb" "$d"
done
tar xzf stream-chat-react-14.12.0.tgz package/LICENSE

mkdir -p "$DOCS"

# 2. plain text, renamed without extension: the licence as the npm package ships it
cp package/LICENSE "$DOCS/LICENSE"

# 3. html page as neutron-doc ships it (header, navigation, sidebar, footer kept)
cp x-neutron-doc/usr/share/doc/neutron-doc/html/contributor/policies/blueprints.html \
   "$DOCS/neutron-blueprints-and-specs.html"

# 4. docx made with pandoc from the article body of python-django-doc's html page
python3 "$HERE/extract_section.py" --drop-headerlinks \
  x-python-django-doc/usr/share/doc/python-django-doc/html/internals/contributing/writing-code/submitting-patches.html \
  s-submitting-patches "Submitting patches | Django documentation" > django-body.html
pandoc -f html -t docx -o "$DOCS/django-submitting-patches.docx" django-body.html

# 5. pdf printed with weasyprint from sqlite3-doc's html page, with its own sqlite.css
#    plus print.css (A4, "Page N of M" footers)
weasyprint -s "$HERE/print.css" x-sqlite3-doc/usr/share/doc/sqlite3/qmplan.html \
  "$DOCS/sqlite-quality-management.pdf"

ls -l "$DOCS"
