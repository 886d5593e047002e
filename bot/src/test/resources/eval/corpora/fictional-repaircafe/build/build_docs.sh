#!/bin/sh
# Rebuild the four documents from build/src. Run from the set folder.
set -e
cd "$(dirname "$0")/.."
# docs/CONSTITUTION is written by hand (the source itself)
# docs/sessions-and-repairs.html is written by hand (the source itself)
pandoc -f markdown-smart build/src/electrical-safety-and-liability.md -o docs/electrical-safety-and-liability.docx
weasyprint build/src/privacy-and-discord-rules.html docs/privacy-and-discord-rules.pdf
