#!/bin/sh
# Rebuild the docx and pdf from the sources in build/src.
# docs/RULES-AND-CONSTITUTION and docs/competitions-and-exhibitions.html are written by hand.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart build/src/darkroom-and-equipment-loans.md -o docs/darkroom-and-equipment-loans.docx
weasyprint build/src/privacy-people-and-discord.html docs/privacy-people-and-discord.pdf
