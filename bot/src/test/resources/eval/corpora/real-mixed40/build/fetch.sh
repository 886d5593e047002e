#!/bin/sh
# Fetch the four Debian (bookworm) packages that hold the original texts and copy
# the originals and the packages' copyright files into build/originals/.
# Usage: sh build/fetch.sh   (run from the set folder; needs apt-get, dpkg-deb)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
cd "$TMP"
apt-get download python3-biopython python-biopython-doc pelican-doc nim-doc numba-doc
for f in *.deb; do mkdir -p x; dpkg-deb -x "$f" x; done
O="$HERE/originals"
mkdir -p "$O/biopython" "$O/pelican" "$O/nim" "$O/numba"
cp x/usr/share/doc/python3-biopython/CONTRIBUTING.rst       "$O/biopython/"
cp x/usr/share/doc/python3-biopython/DEPRECATED.rst.gz      "$O/biopython/"
cp x/usr/share/doc/python3-biopython/copyright              "$O/biopython/copyright"
cp x/usr/share/doc/python-biopython-doc/Doc/Tutorial.txt.gz "$O/biopython/"
cp x/usr/share/doc/python-biopython-doc/copyright           "$O/biopython/copyright.python-biopython-doc"
cp x/usr/share/doc/pelican/html/contribute.html             "$O/pelican/"
cp x/usr/share/doc/pelican-doc/copyright                    "$O/pelican/copyright"
cp x/usr/share/doc/nim/html/contributing.html               "$O/nim/"
cp x/usr/share/doc/nim-doc/copyright                        "$O/nim/copyright"
cp x/usr/share/doc/numba-doc/html/developer/contributing.html "$O/numba/"
cp x/usr/share/doc/numba-doc/copyright                      "$O/numba/copyright"
ls -l *.deb > "$O/PACKAGES.txt"
rm -rf "$TMP"
