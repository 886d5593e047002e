#!/bin/sh
# Rebuild the docx and pdf from the sources in build/; docs/CONSTITUTION and
# docs/swarms-and-honey-show.html are their own sources (written by hand).
# Needs: pandoc (Debian), weasyprint 57 (Debian package), poppler-utils for checking.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart -t docx -o docs/apiary-and-equipment-rules.docx build/apiary-and-equipment-rules.md
weasyprint build/privacy-and-discord-policy.html docs/privacy-and-discord-policy.pdf
echo built
