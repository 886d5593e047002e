#!/bin/sh
# Rebuild the four documents and the questions, then run the checker.
# Needs: python3 (+ python-docx), pandoc (2.17), weasyprint (57), poppler-utils.
set -e
cd "$(dirname "$0")"
python3 build_lilypond.py
python3 build_numba.py
python3 build_erlang.py
python3 build_latex.py
python3 make_questions.py
python3 check.py
