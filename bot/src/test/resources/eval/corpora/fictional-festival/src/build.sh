#!/bin/sh
# Rebuilds the four documents and questions.jsonl of the fictional-festival set.
# Run from the set folder: sh src/build.sh
set -e
# 1. plain text, no extension, wrapped at 78 columns
python3 src/build_ticket_terms.py src/ticket_terms.src docs/TICKET_TERMS
# 2. html page: written by hand, kept only in docs/ (its own source)
# 3. docx from Markdown with pandoc
pandoc src/site-rules.md -f markdown -t docx -o docs/site-rules.docx
# 4. pdf from HTML + CSS with weasyprint (A4, "Page N of M" footers)
(cd src && weasyprint privacy-notice.html ../docs/privacy-filming-notice.pdf)
# questions
python3 src/questions.py
# extracted text as the checker reads it (for grepping near misses)
for f in TICKET_TERMS volunteer-agreement.html site-rules.docx privacy-filming-notice.pdf; do
  python3 /work/sets/verify-corpus.py --text "docs/$f" > "build/$f.txt"
done
python3 /work/sets/verify-corpus.py "$(pwd)"
