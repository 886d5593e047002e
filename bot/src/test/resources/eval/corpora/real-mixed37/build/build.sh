#!/bin/sh
# Rebuild everything from build/orig (originals extracted from the Debian packages named in README.md).
set -e
cd "$(dirname "$0")"
python3 extract.py          # Sphinx HTML pages -> raw/*.md (pandoc)
python3 make_pma.py         # phpMyAdmin rst sources -> ../docs/SECURITY
python3 make_docs.py        # Scrapy -> .html, Hypothesis -> .docx (pandoc), Dask -> .pdf (weasyprint)
python3 make_questions.py   # -> ../questions.jsonl
python3 check.py --dump     # checks; writes text/*.txt
