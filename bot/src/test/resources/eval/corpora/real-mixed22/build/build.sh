#!/bin/sh
# Rebuilds docs/ and questions.jsonl of real-mixed22 from the Debian 12 packages.
# Needs: apt-get, dpkg-deb, pandoc 2.17, weasyprint 57, python3.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
apt-get download sqlite3-doc=3.40.1-2+deb12u2 openvswitch-doc=3.1.0-2+deb12u1 \
    python-sympy-doc=1.11.1-1
for deb in *.deb; do dpkg-deb -x "$deb" x; done

# 1. sources as shipped (kept in build/src/)
mkdir -p "$HERE/src" "$HERE/ovs-static" "$SET/docs"
cp x/usr/share/doc/sqlite3/codeofethics.html "$HERE/src/sqlite-codeofethics.html"
OVS=x/usr/share/doc/openvswitch-doc/html
cp $OVS/internals/security.html "$HERE/src/ovs-internals-security.html"
cp $OVS/_sources/internals/committer-grant-revocation.rst.txt "$HERE/src/"
cp $OVS/_static/basic.css $OVS/_static/alabaster.css $OVS/_static/pygments.css \
   $OVS/_static/custom.css "$HERE/ovs-static/"
cp x/usr/share/doc/python-sympy-doc/html/contributing/deprecations.html \
   "$HERE/src/sympy-contributing-deprecations.html"

cd "$HERE"
# 2. plain text without extension: the reST source, renamed
cp src/committer-grant-revocation.rst.txt ../docs/committer-grant-revocation

# 3. HTML page as shipped, its three stylesheets inlined
python3 inline_css.py

# 4. page bodies for pandoc
python3 extract_body.py

# 5. DOCX from the HTML page body of the code of ethics
pandoc -f html -t docx -o ../docs/sqlite-code-of-ethics.docx sqlite-codeofethics-body.html

# 6. PDF: pandoc HTML with the print stylesheet, printed by WeasyPrint
pandoc -f html -t html5 -s \
    --metadata pagetitle="Deprecation Policy - SymPy 1.11.1 documentation" \
    --css sympy-print.css -o sympy-deprecations-print.html sympy-deprecations-body.html
weasyprint sympy-deprecations-print.html ../docs/sympy-deprecation-policy.pdf

# 7. questions, then the check
python3 make_questions.py
python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" "$SET"
