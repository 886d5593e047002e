#!/usr/bin/env python3
"""Sanity check that the documents keep the original wording: every sentence (>= 6 words) of each
document's extracted text must occur in the whitespace-normalised text of its originals, except the
lines this build adds (title block, source notes, tables of sources). Prints sentences not found."""
import os, re, sys, subprocess
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import text_variants, norm
from bs4 import BeautifulSoup

def html_text(p):
    s = BeautifulSoup(open(p, encoding='utf-8').read(), 'html.parser')
    for x in s(['script', 'style']): x.decompose()
    return s.get_text(' ')

def key(s):
    return re.sub(r'[^a-z0-9]+', '', s.lower())

O = os.path.join(HERE, 'originals')
orig = {
 'erlang-otp-versions-and-support.html': ''.join(html_text(os.path.join(O, 'erlang', f)) for f in ('versions.html', 'misc.html')),
 'MOOSE_SUPPORT_AND_CONTRIBUTING': ''.join(subprocess.run(['pod2text', os.path.join(O, 'moose', f)], capture_output=True, text=True).stdout for f in ('Support.pod', 'Contributing.pod')),
 'drf-project-management-and-funding.pdf': ''.join(html_text(os.path.join(O, 'drf', f)) for f in os.listdir(os.path.join(O, 'drf')) if f.endswith('.html')),
 'ase-license-and-contributing.docx': ''.join(html_text(os.path.join(O, 'ase', f)) for f in os.listdir(os.path.join(O, 'ase')) if f.endswith('.html')),
}
total = 0
for f, o in orig.items():
    ok = key(o)
    t = norm(text_variants(os.path.join(ROOT, 'docs', f))[-1])
    t = re.sub(r'Page \d+ of \d+ Django REST framework - community policies', ' ', t)
    sents = re.split(r'(?<=[.!?:])\s+', t)
    miss = [s for s in sents if len(s.split()) >= 6 and key(s) not in ok]
    total += len(miss)
    print('==', f, len(sents), 'sentences,', len(miss), 'not found verbatim:')
    for s in miss: print('   ', s[:160])
