#!/bin/sh
# Rebuilds docs/ from four Debian 12 packages. Run from the set folder: sh build/build.sh
set -e
SET=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d)
cd "$W"
apt-get download nova-doc=2:26.2.2-1~deb12u5 libvirt-doc=9.0.0-4+deb12u2 \
  ffmpeg-doc=7:5.1.9-0+deb12u1 python-django-doc=3:3.2.25-0+deb12u7
for f in *.deb; do dpkg-deb -x "$f" ex; done
E=ex/usr/share/doc
mkdir -p "$SET/docs"
# 1. plain text, no extension: the reStructuredText source as nova-doc ships it
cp $E/nova-doc/html/_sources/contributor/project-scope.rst.txt "$SET/docs/NOVA-PROJECT-SCOPE"
# 2. html page as libvirt-doc ships it (header, navigation, footer)
cp $E/libvirt-doc/html/support.html "$SET/docs/libvirt-support-guarantees.html"
# 3. docx made with pandoc from ffmpeg-doc's html page
pandoc -f html -t docx -o "$SET/docs/ffmpeg-mailing-list-faq.docx" $E/ffmpeg/manual/mailing-list-faq.html
# 4. pdf: pandoc turns python-django-doc's html page (header, navigation, body, sidebar, footer) into
#    plain html5, weasyprint prints it with build/print.css ("Page N of M" footers)
pandoc -f html -t html5 -s --metadata title="How is Django Formed?" -c "$SET/build/print.css" \
  -o django.html $E/python-django-doc/html/internals/howto-release-django.html
weasyprint -q django.html "$SET/docs/django-howto-release.pdf"
rm -rf "$W"
