#!/bin/sh
# Re-fetch the original sources of real-mixed35 into build/originals/ (Debian bookworm + npm).
set -e
cd "$(dirname "$0")/originals"
T=$(mktemp -d)
( cd "$T" && apt-get download putty-doc=0.78-2+deb12u2 python-markdown-doc=3.4.1-2+deb12u1 \
  && npm pack spdx-license-list@6.12.0 tiddlywiki@5.4.1 )
dpkg-deb -x "$T"/putty-doc_*.deb "$T/putty"
dpkg-deb -x "$T"/python-markdown-doc_*.deb "$T/pmd"
mkdir -p putty-doc python-markdown-doc spdx-license-list tiddlywiki
cp "$T/putty/usr/share/doc/putty-doc/AppendixB.html" "$T/putty/usr/share/doc/putty-doc/copyright" putty-doc/
cp "$T/pmd/usr/share/doc/python-markdown-doc/docs/contributing.html" "$T/pmd/usr/share/doc/python-markdown-doc/copyright" python-markdown-doc/
mkdir -p "$T/spdx" "$T/tw"
tar xzf "$T"/spdx-license-list-6.12.0.tgz -C "$T/spdx"
tar xzf "$T"/tiddlywiki-5.4.1.tgz -C "$T/tw"
cp "$T/spdx/package/license" "$T/spdx/package/package.json" "$T/spdx/package/readme.md" spdx-license-list/
python3 -c "import json,sys; d=json.load(open('$T/spdx/package/spdx-full.json')); json.dump({'CERN-OHL-S-2.0': d['CERN-OHL-S-2.0']}, open('spdx-license-list/CERN-OHL-S-2.0.json','w'), indent=1, ensure_ascii=False)"
cp "$T/tw/package/code-of-conduct.md" "$T/tw/package/contributing.md" "$T/tw/package/license" "$T/tw/package/package.json" "$T/tw/package/licenses/cla-individual.md" tiddlywiki/
rm -rf "$T"
echo "originals refreshed"
