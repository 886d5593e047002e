#!/usr/bin/env python3
"""Checker for real-mixed36: extracts visible text of each document and checks questions.jsonl."""
import json, os, re, subprocess, sys
from html.parser import HTMLParser
R = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

class TextOnly(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def texts(path):
    """Return a list of extracted texts (all must pass)."""
    p = os.path.join(R, path)
    if p.endswith('.html'):
        h = TextOnly(); h.feed(open(p, encoding='utf-8').read()); return [' '.join(h.out)]
    if p.endswith('.docx'):
        import docx
        d = docx.Document(p); parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells: parts.append(c.text)
        return ['\n'.join(parts)]
    if p.endswith('.pdf'):
        return [subprocess.run(['pdftotext', *a, p, '-'], capture_output=True, text=True, check=True).stdout
                for a in (['-layout'], [])]
    return [open(p, encoding='utf-8').read()]

def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def main():
    errors = 0
    man = json.load(open(os.path.join(R, 'manifest.json')))
    docs = {m['id']: [norm(t) for t in texts(m['file'])] for m in man}
    for m in man:
        print(f"{m['id']:24} {m['file']:40} words={len(docs[m['id']][0].split())}")
    ids = set(); n = {'answer': 0, 'abstain': 0}
    for ln, line in enumerate(open(os.path.join(R, 'questions.jsonl')), 1):
        if not line.strip(): continue
        try: q = json.loads(line)
        except Exception as e: print(f'line {ln}: bad JSON {e}'); errors += 1; continue
        qid = q.get('id')
        if qid in ids: print(f'{qid}: duplicate id'); errors += 1
        ids.add(qid)
        for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
            if k not in q: print(f'{qid}: missing {k}'); errors += 1
        n[q['expect']] = n.get(q['expect'], 0) + 1
        if q['expect'] == 'abstain':
            if q['doc'] is not None or q['facts'] or q['evidence']:
                print(f'{qid}: abstain must have doc null, no facts/evidence'); errors += 1
            continue
        if q['doc'] not in docs: print(f'{qid}: doc {q["doc"]} not in manifest'); errors += 1; continue
        if not q['facts'] or not q['evidence']: print(f'{qid}: needs facts and evidence'); errors += 1
        for tx in docs[q['doc']]:
            for ev in q['evidence']:
                if len(ev.split()) < 6 or len(ev.split()) > 18: print(f'{qid}: evidence length {len(ev.split())}: {ev}'); errors += 1
                if norm(ev) not in tx: print(f'{qid}: evidence not found: {ev}'); errors += 1
            for g in q['facts']:
                if not any(norm(a) in tx for a in g): print(f'{qid}: no fact of group found: {g}'); errors += 1
    print(f"questions: {len(ids)} answer={n.get('answer')} abstain={n.get('abstain')}")
    print(f'{errors} errors')
    return errors

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
