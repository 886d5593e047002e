#!/bin/sh
# Rebuilds all four documents in docs/ and questions.jsonl (run from anywhere).
set -e
cd "$(dirname "$0")/.."
python3 build/make_constitution.py
sh build/make_docx.sh
sh build/make_pdf.sh
python3 build/make_questions.py
python3 /work/sets/verify-corpus.py "$(pwd)"
