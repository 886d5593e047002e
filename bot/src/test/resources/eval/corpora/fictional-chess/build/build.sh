#!/bin/sh
# Rebuilds docs/ (and questions.jsonl) of the fictional-chess set from src/.
# Needs python3, weasyprint (57.2 used) and pandoc (2.17.1.1 used); run from anywhere.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs
python3 build/make_constitution.py                      # docs/CLUB_CONSTITUTION
weasyprint src/congress-and-tournaments.html docs/congress-and-tournaments.pdf
pandoc -f markdown-smart -t docx -o docs/junior-section-and-safeguarding.docx src/junior-section-and-safeguarding.md
# docs/discord-and-online-play.html is written by hand and is its own source (its copy in src/ was dropped)
python3 build/make_questions.py                         # questions.jsonl
