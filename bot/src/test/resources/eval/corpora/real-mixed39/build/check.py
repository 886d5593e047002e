#!/usr/bin/env python3
"""Checker for the real-mixed39 set.
Extracts the visible text of each document (plain text as is; HTML without
tags, scripts, styles and head; DOCX via python-docx paragraphs and table
cells; PDF via `pdftotext -layout` and plain `pdftotext`) and checks every
question: valid JSON, unique ids, doc ids in the manifest, every evidence
phrase found in its document's text (whitespace normalised; for the PDF in
both extractions), at least one alternative of every fact group found in the
document's text, abstain rows well formed.
Usage: python3 build/check.py [--dump]   (--dump writes build/text/<id>.txt)"""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def norm(s):
    s = s.replace('\u00a0', ' ').replace('\u00ad', '')
    return re.sub(r'\s+', ' ', s).strip().lower()

def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.html', '.htm'):
        import bs4
        s = bs4.BeautifulSoup(open(path, encoding='utf-8').read(), 'html.parser')
        for t in s(['script', 'style', 'head', 'template']):
            t.decompose()
        return [s.get_text(), s.get_text(' ')]
    if ext == '.docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for c in row.cells:
                    parts.append(c.text)
        return ['\n'.join(parts)]
    if ext == '.pdf':
        a = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout
        b = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
        return [a, b]
    return [open(path, encoding='utf-8').read()]

def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, 'manifest.json'), encoding='utf-8'))
    texts, raw = {}, {}
    for m in manifest:
        p = os.path.join(ROOT, m['file'])
        if not os.path.exists(p):
            errors.append('missing file ' + m['file']); continue
        ts = extract(p)
        raw[m['id']] = ts
        texts[m['id']] = [norm(t) for t in ts]
        words = len(ts[-1].split())
        print('%-28s %-5s %5d words  %s' % (m['id'], os.path.splitext(p)[1] or '(none)', words, m['file']))
        if not 1500 <= words <= 3000:
            errors.append('%s: %d words outside 1500-3000' % (m['id'], words))
    if '--dump' in sys.argv:
        os.makedirs(os.path.join(HERE, 'text'), exist_ok=True)
        for k, ts in raw.items():
            open(os.path.join(HERE, 'text', k + '.txt'), 'w', encoding='utf-8').write(ts[-1])
    ids = set()
    counts = {'answer': 0, 'abstain': 0}
    per_doc = {}
    with open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append('line %d empty' % n); continue
            try:
                q = json.loads(line)
            except Exception as e:
                errors.append('line %d bad JSON: %s' % (n, e)); continue
            for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
                if k not in q:
                    errors.append('%s: missing %s' % (q.get('id', n), k))
            qid = q.get('id')
            if qid in ids:
                errors.append('duplicate id ' + str(qid))
            ids.add(qid)
            if not re.fullmatch(r'M39\d{3}', str(qid)):
                errors.append('bad id ' + str(qid))
            exp = q.get('expect')
            if exp not in counts:
                errors.append('%s: bad expect %r' % (qid, exp)); continue
            counts[exp] += 1
            if exp == 'abstain':
                if q['doc'] is not None or q['facts'] or q['evidence']:
                    errors.append('%s: abstain must have doc null, no facts, no evidence' % qid)
                continue
            d = q['doc']
            if d not in texts:
                errors.append('%s: doc %r not in manifest' % (qid, d)); continue
            per_doc[d] = per_doc.get(d, 0) + 1
            if not q['facts']:
                errors.append('%s: no facts' % qid)
            for g in q['facts']:
                if not isinstance(g, list) or not g:
                    errors.append('%s: bad fact group %r' % (qid, g)); continue
                if not any(all(norm(alt) in t for t in texts[d]) for alt in g):
                    errors.append('%s: no alternative of fact group %r in %s' % (qid, g, d))
            if not 1 <= len(q['evidence']) <= 3:
                errors.append('%s: needs 1-3 evidence phrases' % qid)
            for e in q['evidence']:
                nw = len(e.split())
                if not 6 <= nw <= 18:
                    errors.append('%s: evidence has %d words: %r' % (qid, nw, e))
                if any(c in e for c in '\u2018\u2019\u201c\u201d'):
                    errors.append('%s: curly quote in evidence %r' % (qid, e))
                for i, t in enumerate(texts[d]):
                    if norm(e) not in t:
                        errors.append('%s: evidence not found in %s (extraction %d): %r' % (qid, d, i, e))
    print('questions: %d answerable, %d abstain; per doc: %s' % (counts['answer'], counts['abstain'], per_doc))
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
