#!/bin/sh
# Builds docs/convention-policy.pdf from src/convention-policy.md
set -e
cd "$(dirname "$0")"
pandoc convention-policy.md -s -o convention-policy.html
python3 - <<'PY'
import re
h = open('convention-policy.html').read()
h = re.sub(r'<colgroup>.*?</colgroup>\s*', '', h, flags=re.S)
h = re.sub(r'<style>.*?</style>', '<style>\n' + open('print.css').read() + '</style>', h, count=1, flags=re.S)
open('convention-policy.html', 'w').write(h)
PY
weasyprint convention-policy.html ../docs/convention-policy.pdf
