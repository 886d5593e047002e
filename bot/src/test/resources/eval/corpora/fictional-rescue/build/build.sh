#!/bin/sh
# Rebuilds docs/ from src/. Run from anywhere: sh build/build.sh
# Needs pandoc (2.17) and weasyprint (57.2), as on Debian 12.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs
# 1. plain text, no extension, and 2. the html page: written by hand in docs/ (VOLUNTEER_HANDBOOK,
#    adoption-policy.html); they are their own source, so nothing is built for them
# 3. docx written with pandoc from Markdown
pandoc src/foster-carer-agreement.md -o docs/foster-carer-agreement.docx
# 4. pdf printed with weasyprint from HTML (A4, "Page N of M" footers from @page rules)
weasyprint src/privacy-notice.html docs/privacy-notice.pdf
