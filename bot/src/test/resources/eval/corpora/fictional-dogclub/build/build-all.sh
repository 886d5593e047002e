#!/bin/sh
# Rebuilds every file in docs/ and questions.jsonl from src/ (run from anywhere).
set -e
cd "$(dirname "$0")"
python3 wrap_rules.py
python3 make_html.py
sh make_docx.sh
python3 make_pdf.py
python3 questions.py
