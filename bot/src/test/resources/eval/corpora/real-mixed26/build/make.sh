#!/bin/sh
# Build docs/ from the packages unpacked by fetch.sh.
# Needs: pandoc (2.17), weasyprint (57), python3.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
X="$HERE/work/x"
D="$HERE/../docs"
mkdir -p "$D" "$HERE/work/tmp"

# 1. Plain text, no extension: the Cryptographic Autonomy License 1.0 as npm @holochain/client 0.20.8 ships it
cp "$X/holochain-client/package/LICENSE" "$D/LICENSE"

# 2. HTML page as llvm-22-doc ships it (navigation, sidebar and footer kept; byte-identical copy)
cp "$X/llvm-22-doc/usr/share/doc/llvm-22-doc/html/QualGroup.html" "$D/llvm-qualification-group.html"

# 3. DOCX made with pandoc from the body of neutron-doc's HTML page
N="$X/neutron-doc/usr/share/doc/neutron-doc/html/contributor/stadium/governance.html"
python3 "$HERE/extract_body.py" "$N" '<div class="docs-body">' '<div class="docs-actions">' \
    - "$HERE/work/tmp/neutron-stadium-governance.html"
pandoc -f html -t docx \
    -o "$D/neutron-stadium-governance.docx" "$HERE/work/tmp/neutron-stadium-governance.html"

# 4. PDF printed with weasyprint from the body of dpdk-doc's HTML page
P="$X/dpdk-doc/usr/share/doc/dpdk/guides/contributing/abi_policy.html"
python3 "$HERE/extract_body.py" "$P" '<div itemprop="articleBody">' '<footer>' \
    'ABI Policy' "$HERE/work/tmp/dpdk-abi-policy.html" "$HERE/pdf-print.css"
weasyprint "$HERE/work/tmp/dpdk-abi-policy.html" "$D/dpdk-abi-policy.pdf"
