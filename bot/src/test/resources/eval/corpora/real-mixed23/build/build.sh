#!/bin/sh
# Rebuilds docs/ of the real-mixed23 set from the published packages.
# Needs: apt-get (Debian 12 sources), npm, dpkg-deb, pandoc, weasyprint.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
W="$HERE/_work"
rm -rf "$W"; mkdir -p "$W" "$SET/docs"
cd "$W"

# 1. Debian 12 packages (versions used when the set was made)
apt-get download llvm-15-doc=1:15.0.6-4 dpdk-doc=22.11.11-0+deb12u1 libvirt-doc=9.0.0-4+deb12u2
dpkg-deb -x llvm-15-doc_*15.0.6-4_all.deb llvm
dpkg-deb -x dpdk-doc_22.11.11-0+deb12u1_all.deb dpdk
dpkg-deb -x libvirt-doc_9.0.0-4+deb12u2_all.deb libvirt

# 2. npm package
npm pack @microsoft/office-js@1.1.110
mkdir officejs && tar -xzf microsoft-office-js-1.1.110.tgz -C officejs package/LICENSE.md package/package.json

# Plain text without extension: LLVM's reStructuredText source, byte for byte
cp llvm/usr/share/doc/llvm-15-doc/html/_sources/HowToReleaseLLVM.rst.txt "$SET/docs/HowToReleaseLLVM"

# HTML page exactly as dpdk-doc ships it (Sphinx page: navigation, breadcrumbs, footer)
cp dpdk/usr/share/doc/dpdk/guides/contributing/vulnerability.html "$SET/docs/dpdk-vulnerability-management.html"

# DOCX made with pandoc from the package's Markdown
pandoc -f gfm -t docx -o "$SET/docs/office-js-license-terms.docx" officejs/package/LICENSE.md

# PDF printed with weasyprint from the package's HTML page and its own stylesheets,
# plus build/print.css for A4 pages and "Page N of M" footers
weasyprint -s "$HERE/print.css" libvirt/usr/share/doc/libvirt-doc/html/governance.html \
  "$SET/docs/libvirt-project-governance.pdf"

cd "$HERE" && rm -rf "$W"
ls -l "$SET/docs"
