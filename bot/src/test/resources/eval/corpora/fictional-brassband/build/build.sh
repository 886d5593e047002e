#!/bin/sh
# Rebuilds the converted documents and questions.jsonl from the sources in build/.
# docs/CONSTITUTION and docs/players-handbook.html are written by hand and are their own sources.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart build/band-policies.md -o docs/band-policies.docx
weasyprint build/privacy-discord.html docs/privacy-discord.pdf
python3 build/make_questions.py
