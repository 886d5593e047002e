"""Checker: extracts the visible text of each document and checks questions.jsonl against it."""
import json, re, subprocess, sys, pathlib
from html.parser import HTMLParser
ROOT = pathlib.Path(__file__).resolve().parent.parent

class _Txt(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'): self.skip += 1
        if tag in ('p', 'div', 'li', 'br', 'tr', 'h1', 'h2', 'h3', 'h4', 'pre', 'td', 'th'): self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip -= 1
        if tag in ('td', 'th'): self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def extract(path):
    p = ROOT / path
    if p.suffix == '.html':
        x = _Txt(); x.feed(p.read_text(encoding='utf-8')); return [''.join(x.out)]
    if p.suffix == '.docx':
        import docx
        d = docx.Document(str(p)); parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return ['\n'.join(parts)]
    if p.suffix == '.pdf':
        a = subprocess.run(['pdftotext', '-layout', str(p), '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', str(p), '-'], capture_output=True, text=True).stdout
        return [a, b]
    return [p.read_text(encoding='utf-8')]

def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip().lower()

def main():
    errors = 0
    man = json.loads((ROOT / 'manifest.json').read_text())
    texts = {m['id']: [norm(t) for t in extract(m['file'])] for m in man}
    if '--dump' in sys.argv:
        (ROOT / 'build' / 'text').mkdir(exist_ok=True)
        for m in man:
            (ROOT / 'build' / 'text' / (m['id'] + '.txt')).write_text('\n=====\n'.join(extract(m['file'])))
    for m in man:
        print(f"{m['id']}: {len(texts[m['id']][0].split())} words")
    ids = set(); n = {'answer': 0, 'abstain': 0}
    for ln, line in enumerate((ROOT / 'questions.jsonl').read_text().splitlines(), 1):
        if not line.strip(): continue
        try: q = json.loads(line)
        except Exception as e:
            print(f'line {ln}: bad JSON {e}'); errors += 1; continue
        qid = q.get('id')
        if qid in ids: print(f'{qid}: duplicate id'); errors += 1
        ids.add(qid)
        exp = q.get('expect'); n[exp] = n.get(exp, 0) + 1
        if exp == 'abstain':
            if q.get('doc') is not None or q.get('facts') or q.get('evidence'):
                print(f'{qid}: abstain must have doc null, empty facts/evidence'); errors += 1
            continue
        if exp != 'answer': print(f'{qid}: bad expect'); errors += 1; continue
        d = q.get('doc')
        if d not in texts: print(f'{qid}: doc {d} not in manifest'); errors += 1; continue
        variants = texts[d]
        for ev in q.get('evidence', []):
            if not any(norm(ev) in v for v in variants):
                print(f'{qid}: evidence not found: {ev!r}'); errors += 1
            w = len(ev.split())
            if w < 6 or w > 18: print(f'{qid}: evidence length {w}: {ev!r}'); errors += 1
        if not q.get('evidence'): print(f'{qid}: no evidence'); errors += 1
        if not q.get('facts'): print(f'{qid}: no facts'); errors += 1
        for g in q.get('facts', []):
            if not any(any(norm(a) in v for v in variants) for a in g):
                print(f'{qid}: no fact alternative found: {g}'); errors += 1
    print(f"questions: {sum(n.values())} ({n.get('answer',0)} answerable, {n.get('abstain',0)} abstain)")
    print(f'{errors} errors')
    return errors

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
