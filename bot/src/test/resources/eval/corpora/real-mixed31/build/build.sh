#!/bin/sh
# Rebuilds docs/ from the packages (run from anywhere; needs apt-get, npm, dpkg-deb, pandoc, weasyprint).
set -e
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE"); T=$(mktemp -d)
cd "$T"
# 1. Commercial Vaadin Add-On License version 3, npm @vaadin/vaadin-charts 6.3.8
npm pack @vaadin/vaadin-charts@6.3.8 >/dev/null
tar xzf vaadin-vaadin-charts-6.3.8.tgz
cp package/LICENSE.txt "$ROOT/docs/LICENSE"
# 2. Open vSwitch "Submitting Patches", Debian 12 openvswitch-doc 3.1.0-2+deb12u1 (html as shipped)
apt-get download openvswitch-doc=3.1.0-2+deb12u1 && dpkg-deb -x openvswitch-doc_*.deb ovs
cp ovs/usr/share/doc/openvswitch-doc/html/internals/contributing/submitting-patches.html "$ROOT/docs/ovs-submitting-patches.html"
# 3. scikit-image "Core Developer Guide", Debian 12 python-skimage-doc 0.19.3-8 -> docx with pandoc
apt-get download python-skimage-doc=0.19.3-8 && dpkg-deb -x python-skimage-doc_*.deb sk
cp sk/usr/share/doc/python-skimage-doc/html/core_developer.html "$HERE/src/core_developer.html"
pandoc -f html -t docx "$HERE/src/core_developer.html" -o "$ROOT/docs/skimage-core-developer-guide.docx"
# 4. Debian FAQ chapter 12 "Getting support for Debian GNU/Linux", Debian 12 debian-faq 11.1 -> pdf with weasyprint
apt-get download debian-faq=11.1 && dpkg-deb -x debian-faq_*.deb faq
cp faq/usr/share/doc/debian/FAQ/support.en.html faq/usr/share/doc/debian/FAQ/debian.css "$HERE/src/"
weasyprint -s "$HERE/page.css" "$HERE/src/support.en.html" "$ROOT/docs/debian-faq-getting-support.pdf"
rm -rf "$T"
