#!/bin/sh
# Rebuilds all four documents in docs/ from src/.
set -e
cd "$(dirname "$0")/.."
python3 build/make_governing.py
pandoc -f markdown -t docx src/volunteer-handbook.md -o docs/volunteer-handbook.docx
# docs/screenings-and-tickets.html is written by hand and is its own source (its copy in src/ was dropped)
weasyprint src/festival-and-privacy.html docs/festival-and-privacy.pdf
