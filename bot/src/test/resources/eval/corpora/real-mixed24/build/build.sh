#!/bin/sh
# Rebuild docs/ from the shipped files in build/orig/ (run from the set's root).
set -e
mkdir -p docs
# 1. plain text, no extension: Twisted's reStructuredText source, unzipped, unchanged
gzip -dc build/orig/release-process.rst.gz > docs/release-process
# 2. HTML page exactly as neutron-doc ships it (navigation, sidebar, footer): docs/neutron-teams.html is its own
#    source, copied there by build/fetch.sh (a byte-identical copy in build/orig/ was dropped)
# 3. DOCX made with pandoc from Botan's reStructuredText source as libbotan-2-doc ships it.
#    Read without --standalone (through pandoc's JSON) so that the page title
#    "Security Advisories" stays in the body as Heading 1 instead of becoming
#    document metadata shown only as a "Title" paragraph.
pandoc -f rst -t json build/orig/botan-security.rst.txt | pandoc -f json -t docx -o docs/botan-security-advisories.docx
# 4. PDF printed with WeasyPrint from GoJS's license.html, "Page N of M" footers
/usr/bin/python3 build/make_pdf.py build/orig/gojs-license.html build/page.css docs/gojs-software-license-agreement.pdf
