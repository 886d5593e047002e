#!/bin/sh
# Fetch the four published texts from Debian 12 packages and npm and copy
# the exact shipped files into build/orig/ (run from the set's root folder).
set -e
ROOT=$(pwd)
TMP="$ROOT/build/tmp-fetch"; rm -rf "$TMP"; mkdir -p "$TMP"
cd "$TMP"
apt-get download twisted-doc=22.4.0-4+deb12u1 \
                 neutron-doc=2:21.0.0-7+deb12u1 \
                 libbotan-2-doc=2.19.3+dfsg-1+deb12u1
npm pack gojs@4.0.3
for p in twisted-doc neutron-doc libbotan-2-doc; do
  mkdir -p "x/$p"; dpkg-deb -x ${p}_*.deb "x/$p"
done
mkdir -p x/gojs; tar xzf gojs-4.0.3.tgz -C x/gojs
mkdir -p "$ROOT/build/orig"
cp x/twisted-doc/usr/share/doc/twisted-doc/development/policy/release-process.rst.gz "$ROOT/build/orig/"
cp x/neutron-doc/usr/share/doc/neutron-doc/html/contributor/policies/neutron-teams.html "$ROOT/docs/"
cp x/libbotan-2-doc/usr/share/doc/libbotan-2-doc/handbook/_sources/security.rst.txt "$ROOT/build/orig/botan-security.rst.txt"
cp x/libbotan-2-doc/usr/share/doc/libbotan-2-doc/handbook/security.html "$ROOT/build/orig/botan-security.html"
cp x/gojs/package/license.html "$ROOT/build/orig/gojs-license.html"
cd "$ROOT"; rm -rf "$TMP"
