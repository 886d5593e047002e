#!/bin/sh
# Rebuilds docs/ from src/. Run from anywhere: sh build/build.sh
# The html page docs/site-rules-and-faq.html is hand-written and is its own source.
set -e
cd "$(dirname "$0")/.."
python3 build/wrap_tenancy.py src/tenancy-agreement.src docs/TENANCY_AGREEMENT
pandoc -f markdown-smart src/beekeeping-and-livestock-policy.md -o docs/beekeeping-and-livestock-policy.docx
weasyprint src/inspections-and-disputes-procedure.html docs/inspections-and-disputes-procedure.pdf
python3 build/make_questions.py
python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" "$PWD"
