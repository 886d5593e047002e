#!/usr/bin/env python3
"""Search the extracted text of all four documents (whitespace-normalised) for regexes.
Usage: python3 build/grep_docs.py REGEX [REGEX...]   (case-insensitive, prints every hit with context)"""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import text_variants, norm
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = sorted(os.listdir(os.path.join(ROOT, 'docs')))
texts = {f: norm(text_variants(os.path.join(ROOT, 'docs', f))[-1]) for f in docs}
for pat in sys.argv[1:]:
    print('== /%s/' % pat)
    for f, t in texts.items():
        for m in re.finditer(pat, t, re.I):
            print('  [%s] ...%s...' % (f[:12], t[max(0, m.start() - 90):m.end() + 90]))
