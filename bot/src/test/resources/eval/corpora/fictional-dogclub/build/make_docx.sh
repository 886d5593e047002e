#!/bin/sh
# Builds docs/dog-welfare-and-safety.docx from src/dog-welfare-and-safety.md with pandoc.
cd "$(dirname "$0")/.." && pandoc -f markdown -t docx -o docs/dog-welfare-and-safety.docx src/dog-welfare-and-safety.md
