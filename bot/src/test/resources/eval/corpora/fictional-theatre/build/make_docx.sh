#!/bin/sh
# Builds docs/youth-theatre-safeguarding.docx from src/youth-theatre-safeguarding.md
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown-smart -t docx -o docs/youth-theatre-safeguarding.docx src/youth-theatre-safeguarding.md
