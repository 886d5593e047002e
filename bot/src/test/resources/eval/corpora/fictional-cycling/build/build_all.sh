#!/bin/sh
# Rebuilds every file in docs/ and questions.jsonl from src/ and build/.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs
python3 build/make_handbook.py                      # docs/CLUB_HANDBOOK
# docs/group-ride-rules.html is written by hand (no copy kept in src/)
sh build/make_docx.sh                               # docs/juniors-and-safeguarding.docx
sh build/make_pdf.sh                                # docs/workshop-and-loan-bikes.pdf
python3 build/make_questions.py                     # questions.jsonl
