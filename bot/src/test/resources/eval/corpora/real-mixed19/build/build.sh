#!/bin/sh
# Rebuilds docs/ from the Debian 12 packages. Run from the set's folder.
set -e
mkdir -p pkgs docs src build
cd pkgs
apt-get download git-doc python-django-doc fonts-ipafont-gothic sqlite3-doc
for f in *.deb; do d=${f%%_*}; mkdir -p x/$d; dpkg-deb -x "$f" x/$d; done
cd ..
X=pkgs/x
# 1. plain text, no extension (AsciiDoc source as git-doc ships it, renamed)
cp $X/git-doc/usr/share/doc/git-doc/ReviewingGuidelines.txt docs/ReviewingGuidelines
# 2. html page as python-django-doc ships it
cp $X/python-django-doc/usr/share/doc/python-django-doc/html/internals/contributing/bugs-and-features.html \
   docs/django-reporting-bugs-and-requesting-features.html
# 3. docx: English IPA Font License Agreement v1.0 from Debian's copyright file -> Markdown -> pandoc
F=$X/fonts-ipafont-gothic/usr/share/doc/fonts-ipafont-gothic/copyright
s=$(grep -n '^ IPA Font License Agreement v1.0' $F | cut -d: -f1)
e=$(grep -n 'construed under the laws of Japan' $F | cut -d: -f1)
sed -n "${s},${e}p" $F > src/ipa-font-license-v1.0.copyright-excerpt.txt
python3 build/ipa_to_md.py src/ipa-font-license-v1.0.copyright-excerpt.txt src/ipa-font-license-agreement-v1.0.md
pandoc -f markdown-smart -t docx src/ipa-font-license-agreement-v1.0.md -o docs/ipa-font-license-agreement-v1.0.docx
# 4. pdf: SQLite Consortium Agreement -> pandoc html with print.css -> weasyprint
cp $X/sqlite3-doc/usr/share/doc/sqlite3/consortium_agreement-20071201.html src/consortium_agreement-20071201.orig.html
sed -e '31s|SQLite; and</b>|SQLite; and</p>|' -e '60s|<h2>2.0 Agreement<h2>|<h2>2.0 Agreement</h2>|' \
    -e '389s|Warranties</h3>|Warranties</h2>|' src/consortium_agreement-20071201.orig.html > src/consortium_agreement-20071201.html
pandoc -f html -t html5 -s --metadata title="SQLite Consortium Agreement" --css print.css \
    src/consortium_agreement-20071201.html -o build/sqlite-consortium-agreement.html
(cd build && weasyprint sqlite-consortium-agreement.html ../docs/sqlite-consortium-agreement.pdf)
python3 build/make_questions.py
python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" .
