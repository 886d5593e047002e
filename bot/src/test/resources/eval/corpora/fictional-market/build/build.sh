#!/bin/sh
# Rebuilds the generated documents and the questions from the sources in build/.
# docs/CONSTITUTION and docs/traders-handbook-2026.html are written by hand and have no other source.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart build/market-day-policies.md -o docs/market-day-policies.docx
weasyprint build/privacy-discord.html docs/privacy-discord-rules.pdf
python3 build/make_questions.py
