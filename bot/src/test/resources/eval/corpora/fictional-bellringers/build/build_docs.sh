#!/bin/sh
# Rebuild the four documents in ../docs from the sources in build/src.
set -e
cd "$(dirname "$0")/.."
mkdir -p docs
# docs/RULES and docs/towers-and-teaching.html are written by hand and are their own sources
pandoc build/src/safeguarding.md -f markdown -t docx -o docs/safeguarding-young-ringers.docx
weasyprint build/src/privacy-photos-discord.html docs/privacy-photos-discord.pdf
echo built
