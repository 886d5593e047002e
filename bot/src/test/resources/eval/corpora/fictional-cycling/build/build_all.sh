#!/bin/sh
# Rebuilds every file in docs/ and questions.jsonl from src/ and build/.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs
python3 build/make_handbook.py                      # docs/CLUB_HANDBOOK
cp src/group-ride-rules.html docs/group-ride-rules.html
sh build/make_docx.sh                               # docs/juniors-and-safeguarding.docx
sh build/make_pdf.sh                                # docs/workshop-and-loan-bikes.pdf
python3 build/make_questions.py                     # questions.jsonl
