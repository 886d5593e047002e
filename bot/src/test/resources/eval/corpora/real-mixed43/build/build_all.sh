#!/bin/sh
# Rebuild the four documents, the questions and run the checker.
# Needs: python3 with bs4 and python-docx, pandoc, weasyprint, poppler-utils (pdftotext).
set -e
cd "$(dirname "$0")"
python3 make_rfaq.py
python3 make_privoxy_html.py
python3 make_aiohttp_docx.py
python3 make_mame_pdf.py
python3 make_questions.py
python3 check.py
