#!/bin/sh
# Fetches the four real texts from their packages (Debian 12 "bookworm" main and npm)
# and copies each original file, unedited: the two used as shipped straight into docs/ (their own
# source), the two converted by make-docs.sh into build/orig/.
set -eu
cd "$(dirname "$0")"
mkdir -p cache orig ../docs
cd cache  # (build/cache/ is scratch space; delete it afterwards)
apt-get download python-scipy-doc=1.10.1-2 xen-doc=4.17.7+13-g2445b30a44-0+deb12u1 python-pytest-doc=7.2.1-2
npm pack @magento/peregrine@15.7.3
for d in python-scipy-doc xen-doc python-pytest-doc; do
  rm -rf "x-$d"; dpkg-deb -x "${d}"_*.deb "x-$d"
done
rm -rf x-peregrine && mkdir x-peregrine && tar xzf magento-peregrine-15.7.3.tgz -C x-peregrine
cp x-peregrine/package/LICENSE ../../docs/LICENSE
cp x-python-scipy-doc/usr/share/doc/python-scipy-doc/html/dev/toolchain.html ../../docs/scipy-toolchain-roadmap.html
cp x-xen-doc/usr/share/doc/xen/html/process/xen-release-management.html ../orig/xen-release-management.html
cp x-python-pytest-doc/usr/share/doc/python-pytest-doc/html/contributing.html ../orig/contributing.html
cd ..
sha256sum orig/* ../docs/LICENSE ../docs/scipy-toolchain-roadmap.html
