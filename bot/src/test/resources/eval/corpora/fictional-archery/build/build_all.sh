#!/bin/sh
# Rebuilds all four documents in docs/.
set -e
cd "$(dirname "$0")"
python3 build_constitution.py
sh build_pdf.sh
sh build_docx.sh
sh build_html.sh
