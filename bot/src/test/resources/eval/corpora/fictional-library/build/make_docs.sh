#!/bin/sh
# Rebuild the four documents from the sources in build/
set -e
cd "$(dirname "$0")/.."
# docs/CONSTITUTION is written by hand (its build copy was dropped as a byte-identical duplicate)
pandoc build/borrowing-and-membership-rules.md -o docs/borrowing-and-membership-rules.docx
# docs/volunteering-and-childrens-activities.html is written by hand (its build copy was dropped as a byte-identical duplicate)
weasyprint build/privacy-and-discord-rules.html docs/privacy-and-discord-rules.pdf
