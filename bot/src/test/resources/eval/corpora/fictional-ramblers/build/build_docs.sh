#!/bin/sh
# Rebuild the four documents from their sources (run from the set folder).
set -e
# docs/CLUB-RULES is written by hand (the source itself)
# docs/walks-and-grading.html is hand-written and is its own source.
pandoc build/safety-and-leaders-policy.md -o docs/safety-and-leaders-policy.docx
weasyprint build/privacy-and-discord-rules.html docs/privacy-and-discord-rules.pdf
python3 build/make_questions.py
python3 build/check.py
