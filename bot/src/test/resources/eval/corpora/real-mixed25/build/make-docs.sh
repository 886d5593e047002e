#!/bin/sh
# Builds docs/ from the unedited originals in build/orig/ (see fetch.sh).
set -eu
cd "$(dirname "$0")"
D=../docs
mkdir -p $D
# 1. plain text without extension, exactly as the npm package ships it, and 2. the HTML page exactly as the
# Debian package ships it (navigation, header, footer): fetch.sh copies both straight into docs/
# 3. DOCX made with pandoc from the HTML page the Debian package ships
pandoc -f html -t docx orig/xen-release-management.html -o $D/xen-release-management.docx
# 4. PDF printed with weasyprint from the body of the shipped HTML page, with page footers
python3 print-pytest.py orig/contributing.html > pytest-contributing.print.html
weasyprint pytest-contributing.print.html $D/pytest-contributing.pdf
# the visible text of each document, as tools/verify-corpus.py reads it (used to grep near misses; not kept)
mkdir -p text
for f in LICENSE scipy-toolchain-roadmap.html xen-release-management.docx pytest-contributing.pdf; do
  python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" --text $D/$f > text/$f.txt
done
