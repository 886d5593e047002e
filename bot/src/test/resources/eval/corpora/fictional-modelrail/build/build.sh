#!/bin/sh
# Rebuild the docx and pdf documents from their sources in build/.
# docs/CONSTITUTION and docs/layouts-sessions-clubroom-exhibition.html are written by hand (they are their own source).
set -e
cd "$(dirname "$0")/.."
pandoc build/juniors-safeguarding-workshop-electrical.md -f markdown -t docx -o docs/juniors-safeguarding-workshop-electrical.docx
weasyprint build/privacy-photography-discord.html docs/privacy-photography-discord.pdf
