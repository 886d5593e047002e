#!/bin/sh
# Rebuilds docs/ from the Debian 12 (bookworm) packages. Run from this build/ folder.
set -eu
BUILD=$(cd "$(dirname "$0")" && pwd)
W=${WORK:-/tmp/real30-work/rebuild}
D="$BUILD/../docs"
mkdir -p "$W" "$D"
cd "$W"
apt-get download doc-debian=11.3+nmu1 xen-doc=4.17.7+13-g2445b30a44-0+deb12u1 \
  cimg-dev=3.2.1+dfsg-1 apache2-doc=2.4.71-1~deb12u1
for p in doc-debian xen-doc cimg-dev apache2-doc; do mkdir -p "x-$p"; dpkg-deb -x ${p}_*.deb "x-$p"; done
# 1. plain text, no extension: Debian BTS developers' information, as shipped (only gunzipped)
zcat x-doc-debian/usr/share/doc/debian/bug-maint-info.txt.gz > "$D/bug-maint-info"
# 2. html page as shipped by xen-doc
cp x-xen-doc/usr/share/doc/xen/html/process/sending-patches.html "$D/xen-sending-patches.html"
# 3. docx: CeCILL-C v1.0 from cimg-dev's copyright file (Debian copyright format unfolded:
#    the one leading space dropped, " ." lines made blank), then pandoc
C=x-cimg-dev/usr/share/doc/cimg-dev/copyright
start=$(grep -n 'CeCILL-C FREE SOFTWARE LICENSE AGREEMENT' "$C" | cut -d: -f1)
tail -n +"$start" "$C" | awk '/^License:|^Files:/{exit} {print}' | sed 's/^ //; s/^\.$//' > cecill-c.txt
python3 "$BUILD/cecill_to_html.py" cecill-c.txt > cecill-c.html
pandoc -f html -t docx -o "$D/cecill-c-license.docx" cecill-c.html
# 4. pdf: Apache HTTP Server "Security Tips", printed with weasyprint from the shipped html
#    with the manual's own stylesheets (print media) and a "Page N of M" footer
A=x-apache2-doc/usr/share/doc/apache2-doc/manual/en/misc/security_tips.html
weasyprint -e utf-8 -s "$BUILD/page-footer.css" "$A" "$D/apache-security-tips.pdf"
