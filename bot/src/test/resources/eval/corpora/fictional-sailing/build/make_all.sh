#!/bin/sh
# Rebuild every generated file of the set, then verify it.
set -e
cd "$(dirname "$0")/.."
python3 build/make_byelaws.py          # docs/CLUB_BYELAWS
sh build/make_docx.sh                  # docs/junior-and-safeguarding-policy.docx
sh build/make_pdf.sh                   # docs/boat-park-and-equipment-agreement.pdf
python3 build/questions.py             # questions.jsonl
# docs/safety-and-water-rules.html is hand-written and is its own source.
python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" "$(pwd)"
