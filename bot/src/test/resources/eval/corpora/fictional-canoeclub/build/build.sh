#!/bin/sh
# Rebuilds the docx and pdf documents from their sources in build/.
# CONSTITUTION and boats-hire-and-sessions.html are written by hand in docs/.
set -e
cd "$(dirname "$0")"
pandoc -f markdown-smart safety-levels-juniors-trips.md -o ../docs/safety-levels-juniors-trips.docx
weasyprint privacy-photography-discord.html ../docs/privacy-photography-discord.pdf
