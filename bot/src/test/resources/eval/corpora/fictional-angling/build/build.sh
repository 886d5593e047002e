#!/bin/sh
# Rebuilds the generated documents and the questions of the fictional-angling set.
# Needs: pandoc, weasyprint, poppler-utils (pdftotext), python3 with python-docx and bs4.
# docs/RULES and docs/waters-and-day-tickets.html are written by hand and are their own sources.
set -e
cd "$(dirname "$0")/.."
pandoc build/juniors-safeguarding-bankside-safety.md -o docs/juniors-safeguarding-bankside-safety.docx
weasyprint build/privacy-photography-discord.html docs/privacy-photography-discord.pdf
python3 build/make_questions.py
python3 build/check.py --dump build/text
