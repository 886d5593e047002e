#!/bin/sh
# Rebuilds docs/ from Debian 12 packages. Run from the set folder: sh build/build.sh
set -e
HERE=$(pwd); W=$(mktemp -d); cd "$W"
apt-get download base-files=12.4+deb12u15 nova-doc=2:26.2.2-1~deb12u5 git-doc=1:2.39.5-0+deb12u3
for f in *.deb; do dpkg-deb -x "$f" x; done
D="$HERE/docs"; mkdir -p "$D"
# 1. MPL 2.0, plain text as shipped, no extension
cp x/usr/share/common-licenses/MPL-2.0 "$D/MPL-2"
# 2. Nova code review guide, html page as nova-doc ships it (links to its _static css are left as they are)
cp x/usr/share/doc/nova-doc/html/contributor/code-review.html "$D/nova-code-review.html"
# 3. How to maintain Git, docx made with pandoc from git-doc's html
pandoc -f html -t docx -o "$D/how-to-maintain-git.docx" x/usr/share/doc/git-doc/howto/maintain-git.html
# 4. GNU GPL v2, pdf printed with weasyprint from an html page holding the text in <pre>, "Page N of M" footers
python3 "$HERE/build/gpl2html.py" x/usr/share/common-licenses/GPL-2 > gpl2.html
weasyprint gpl2.html "$D/gnu-gpl-v2.pdf"
rm -rf "$W"
