#!/bin/sh
# Rebuild the four documents and the questions, then run the checker.
# Needs: pandoc, weasyprint, poppler-utils (pdftotext), python3-lxml, python-docx.
# The originals were taken from these Debian bookworm packages (not kept; fetch them again):
#   util-linux 2.38.1-5+deb12u3, borgbackup-doc 1.2.4-1, gnupg 2.2.40-1.1+deb12u2,
#   python-black-doc 23.1.0-1   (apt-get download NAME; dpkg-deb -x FILE DIR)
set -e
cd "$(dirname "$0")"
python3 make_utillinux.py
python3 make_borg.py
python3 make_gnupg.py
python3 make_black.py
python3 make_questions.py
python3 check.py
