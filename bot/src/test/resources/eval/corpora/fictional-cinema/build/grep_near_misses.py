#!/usr/bin/env python3
"""Greps the visible text of all four documents (as verify-corpus.py reads them) for the key
words of each near-miss question, and prints every hit for reading."""
import json, os, re, subprocess
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
manifest = json.load(open(os.path.join(ROOT, 'manifest.json')))
texts = {}
for m in manifest:
    out = subprocess.run(['python3', '/work/sets/verify-corpus.py', '--text', os.path.join(ROOT, m['file'])],
                         capture_output=True, text=True, check=True).stdout
    texts[m['id']] = out.splitlines()
CHECKS = {
    'CN081 hire price': r'hire|private event|birthday|party',
    'CN082 pint price': r'pint|beer|cider|wine|price',
    'CN083 premises trustee': r'premises trustee|premises',
    'CN084 rent': r'\brent\b|lease|chapel trust',
    'CN085 lease end': r'lease|expire|until 20',
    'CN086 staff pay': r'salar|paid|wage|employ|part-time',
    'CN087 this friday film': r'friday|programme|what.s on',
    'CN088 projectionist phone': r'projectionist|okafor|desmond|07700|01632',
    'CN089 wifi password': r'wi-?fi|internet|password|network|online',
    'CN090 uniform': r'uniform|t-shirt|shirt|lanyard|wear|dress',
    'CN091 matinee end time': r'matinee|10\.30|finish|ends?\b',
    'CN092 key deposit': r'\bkeys?\b|deposit',
    'CN093 brewery': r'brew|supplier|beer|local|stock|cellar',
    'CN094 bank details': r'bank|sort code|transfer|account',
    'CN095 number of entries last year': r'entries|entered|entry|submission|shortlist of|last year|2025',
    'CN096 insurance': r'insur|liabilit',
    'CN097 ticketing provider name': r'ticketing|provider',
    'CN098 newsletter day': r'newsletter|weekly|e-mail',
    'CN099 independent examiner': r'examiner|auditor|accounts',
    'CN100 volunteer bar discount': r'discount|free ticket|perk|volunteers? (?:get|receive)',
    'CN101 number of members': r'members\b.*\b\d{2,}|\b300\b|number of members|one tenth',
}
for name, pat in CHECKS.items():
    print('=' * 10, name, '/', pat)
    for doc, lines in texts.items():
        for i, l in enumerate(lines, 1):
            if re.search(pat, l, re.I):
                print(f'  {doc}:{i}: {l.strip()[:160]}')
