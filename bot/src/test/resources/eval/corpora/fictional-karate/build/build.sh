#!/bin/sh
# Rebuilds docs/ from src/ (run from the set folder: sh build/build.sh)
set -e
cd "$(dirname "$0")/.."
python3 build/build_rules.py
cp src/gradings-and-competitions.html docs/gradings-and-competitions.html
pandoc -s src/safeguarding-and-welfare.md -o docs/safeguarding-and-welfare.docx
weasyprint src/privacy-notice.html docs/privacy-notice.pdf
