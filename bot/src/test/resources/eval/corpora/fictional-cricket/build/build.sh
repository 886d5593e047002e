#!/bin/sh
# Rebuilds the docx and pdf from their sources. CONSTITUTION and the .html page are written directly in docs/.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart build/match-day-ground-and-pavilion-rules.md -o docs/match-day-ground-and-pavilion-rules.docx
weasyprint build/privacy-photography-and-discord-rules.html docs/privacy-photography-and-discord-rules.pdf
