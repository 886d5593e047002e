#!/bin/sh
# Rebuilds the four documents and questions.jsonl of fictional-youthcamp. Run from the set folder.
set -e
python3 src/build_handbook.py                                   # docs/PARENT_HANDBOOK
# docs/safeguarding-policy.html is written by hand, straight into docs/
pandoc -f markdown-smart -t docx -o docs/bookings-fees-refunds.docx src/bookings-fees-refunds.md
weasyprint src/privacy-photo-consent.html docs/privacy-photo-consent.pdf
python3 src/questions.py                                         # questions.jsonl
python3 ../verify-corpus.py .
