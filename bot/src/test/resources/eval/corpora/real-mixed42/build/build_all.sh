#!/bin/sh
# Rebuild the four documents, the questions and run the checker.
# Originals come from these Debian bookworm packages (fetch them into build/debs/ with apt-get download):
#   syncthing 1.19.2~ds1-1+b4, varnish-doc 7.1.1-2+deb12u1, sudo 1.9.13p3-1+deb12u4, xapian-doc 1.4.22-1
# (apt-get download PKG; dpkg-deb -x PKG.deb DIR; the files used are copied to build/originals/).
# Needs: groff, col (bsdextrautils), pandoc, weasyprint, poppler-utils, python3-bs4, python-docx.
set -e
cd "$(dirname "$0")"
python3 make_syncthing.py
python3 make_varnish.py
python3 make_sudo.py
python3 make_xapian.py
python3 make_questions.py
python3 check.py
