#!/bin/sh
# Builds docs/juniors-and-safeguarding.docx from src/juniors-and-safeguarding.md with pandoc.
cd "$(dirname "$0")/.." && pandoc -f markdown-smart -t docx src/juniors-and-safeguarding.md -o docs/juniors-and-safeguarding.docx
