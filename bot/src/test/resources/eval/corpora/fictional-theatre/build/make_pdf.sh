#!/bin/sh
# Builds docs/workshop-and-wardrobe-rules.pdf from src/workshop-and-wardrobe-rules.html
set -e
cd "$(dirname "$0")/.."
weasyprint src/workshop-and-wardrobe-rules.html docs/workshop-and-wardrobe-rules.pdf
