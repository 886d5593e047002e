#!/bin/sh
# Prints docs/range-safety-rules.pdf from src/range-safety-rules.html with WeasyPrint.
set -e
cd "$(dirname "$0")/.."
weasyprint src/range-safety-rules.html docs/range-safety-rules.pdf
