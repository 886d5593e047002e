#!/bin/sh
# Build docs/junior-and-safeguarding-policy.docx from the Markdown source.
set -e
cd "$(dirname "$0")/.."
pandoc --from markdown --to docx \
  -o docs/junior-and-safeguarding-policy.docx \
  src/junior-and-safeguarding-policy.md
