#!/usr/bin/env python3
"""Checker for real-mixed38: extracts the visible text of each document and checks questions.jsonl.
Usage: python3 build/check.py [--dump DIR]  (--dump writes the extracted texts, for reading only)"""
import json, os, re, subprocess, sys, html as H
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'head'): self.skip += 1
        if t in ('p', 'div', 'li', 'tr', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'section', 'td', 'th', 'pre'): self.out.append('\n')
    def handle_endtag(self, t):
        if t in ('script', 'style', 'head'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def texts(path):
    p = os.path.join(ROOT, path)
    if p.endswith('.html'):
        v = Vis(); v.feed(open(p, encoding='utf-8').read()); return [''.join(v.out)]
    if p.endswith('.docx'):
        import docx
        d = docx.Document(p)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells: parts.append(c.text)
        return ['\n'.join(parts)]
    if p.endswith('.pdf'):
        a = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
        return [a, b]
    return [open(p, encoding='utf-8').read()]

def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def main():
    errs = []
    man = json.load(open(os.path.join(ROOT, 'manifest.json')))
    docs = {m['id']: m['file'] for m in man}
    T = {i: [norm(t) for t in texts(f)] for i, f in docs.items()}
    if '--dump' in sys.argv:
        d = sys.argv[sys.argv.index('--dump') + 1]; os.makedirs(d, exist_ok=True)
        for i, f in docs.items():
            for k, t in enumerate(texts(f)): open(os.path.join(d, f'{i}.{k}.txt'), 'w').write(t)
    for i, f in docs.items():
        print(f'{f}: {len(T[i][-1].split())} words')
    ids = set(); n = {'answer': 0, 'abstain': 0}
    for ln, line in enumerate(open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8'), 1):
        if not line.strip(): continue
        try: q = json.loads(line)
        except Exception as e: errs.append(f'line {ln}: bad JSON {e}'); continue
        for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
            if k not in q: errs.append(f'line {ln}: missing {k}')
        qid = q.get('id')
        if qid in ids: errs.append(f'{qid}: duplicate id')
        ids.add(qid)
        e = q.get('expect'); n[e] = n.get(e, 0) + 1
        if e == 'abstain':
            if q['doc'] is not None or q['facts'] or q['evidence']: errs.append(f'{qid}: abstain must have doc null, no facts/evidence')
            continue
        if e != 'answer': errs.append(f'{qid}: bad expect'); continue
        if q['doc'] not in docs: errs.append(f'{qid}: doc {q["doc"]} not in manifest'); continue
        ts = T[q['doc']]
        if not q['facts'] or not q['evidence']: errs.append(f'{qid}: needs facts and evidence')
        for g in q['facts']:
            for t in ts:
                if not any(norm(a) in t for a in g):
                    errs.append(f'{qid}: no fact of group {g} in a text of {q["doc"]}'); break
        for ev in q['evidence']:
            w = len(ev.split())
            if not 6 <= w <= 18: errs.append(f'{qid}: evidence length {w}: {ev}')
            for t in ts:
                if norm(ev) not in t:
                    errs.append(f'{qid}: evidence not found in {q["doc"]}: {ev}'); break
    print(f"questions: {sum(n.values())} (answer {n.get('answer',0)}, abstain {n.get('abstain',0)})")
    for e in errs: print('ERROR', e)
    print(f'{len(errs)} errors')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
