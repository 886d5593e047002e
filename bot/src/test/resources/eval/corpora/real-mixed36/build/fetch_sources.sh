#!/bin/sh
# Fetch the originals (Debian 12 packages) into build/originals. .deb files are not kept.
set -e
B=$(dirname "$0"); T=$(mktemp -d); cd "$T"
apt-get download developers-reference doc-debian debian-handbook
for f in *.deb; do dpkg-deb -x "$f" x; done
O="$OLDPWD/$B/originals"; mkdir -p "$O"
zcat x/usr/share/developers-reference/developers-reference.txt.gz > "$O/developers-reference.txt"
cp x/usr/share/doc/developers-reference/copyright "$O/developers-reference.copyright"
zcat x/usr/share/doc/debian/mailing-lists.txt.gz > "$O/mailing-lists.txt"
cp x/usr/share/doc/doc-debian/copyright "$O/doc-debian.copyright"
cp x/usr/share/doc/debian-handbook/html/en-US/sect.debian-internals.html x/usr/share/doc/debian-handbook/html/en-US/sect.release-lifecycle.html "$O/"
cp x/usr/share/doc/debian-handbook/copyright "$O/debian-handbook.copyright"
rm -rf "$T"
