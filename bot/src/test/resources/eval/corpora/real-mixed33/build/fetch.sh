#!/bin/sh
# Fetch the four Debian 12 (bookworm) packages and copy the original texts into build/orig/.
# Run as root after `apt-get update`. Needs: apt-get, dpkg-deb.
set -eu
cd "$(dirname "$0")"
mkdir -p debs x orig
cd debs
apt-get download \
  python3-pip=23.0.1+dfsg-1 \
  cinder-doc=2:21.3.1-1~deb12u1 \
  libmojolicious-perl=9.31+dfsg-1 \
  brz-doc=3.3.2-3
cd ..
for f in debs/*.deb; do dpkg-deb -x "$f" x/; done
# 1. pip "Contributing" (reStructuredText source as shipped, gzip-compressed)
zcat x/usr/share/doc/python3-pip/html/development/contributing.rst.gz > orig/pip-contributing.rst
# 2. Cinder "So You Want to Contribute..." (HTML page as shipped)
cp x/usr/share/doc/cinder-doc/html/contributor/contributing.html orig/cinder-contributing.html
# 3. Mojolicious::Guides::Contributing (POD source as shipped)
cp x/usr/share/doc/libmojolicious-perl/Guides/Contributing.pod orig/Mojolicious-Guides-Contributing.pod
# 4. Breezy Release Cycles (HTML page as shipped)
cp x/usr/share/doc/brz/html/developers/cycle.html orig/breezy-cycle.html
# licences as stated by the packages
for p in python3-pip cinder-doc libmojolicious-perl brz-doc; do cp x/usr/share/doc/$p/copyright orig/$p.copyright; done
(cd orig && sha256sum *.rst *.html *.pod *.copyright > SHA256SUMS)
rm -rf debs x
