#!/bin/sh
# Rebuild docs/ and questions.jsonl from src/ and build/, then verify.
# docs/house-rules-and-booking.html is written by hand and is its own source.
# Usage: sh build/build.sh   (from anywhere)
set -e
cd "$(dirname "$0")/.."
python3 build/wrap_text.py src/MEMBERSHIP_AGREEMENT.src docs/MEMBERSHIP_AGREEMENT
pandoc src/workshop-safety-policy.md -o docs/workshop-safety-policy.docx
weasyprint src/privacy-and-cctv-notice.html docs/privacy-and-cctv-notice.pdf
python3 build/make_questions.py
python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" "$PWD"
