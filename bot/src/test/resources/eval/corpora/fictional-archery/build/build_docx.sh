#!/bin/sh
# Makes docs/equipment-and-coaching.docx from src/equipment-and-coaching.md with pandoc.
set -e
cd "$(dirname "$0")/.."
pandoc -f markdown -t docx -o docs/equipment-and-coaching.docx src/equipment-and-coaching.md
