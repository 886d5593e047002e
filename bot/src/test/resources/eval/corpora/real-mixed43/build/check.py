#!/usr/bin/env python3
"""Checker for the real-mixed43 evaluation set.
Extracts the visible text of each document in manifest.json (plain text as is; HTML without tags,
scripts and styles; DOCX paragraphs and table cells via python-docx; PDF via `pdftotext -layout`
and plain `pdftotext`) and checks questions.jsonl: valid JSON, unique ids, known doc ids, required
fields, evidence phrases (6-18 words) found verbatim (whitespace normalised) in the document's text
(for PDF in both extractions), and every fact group having at least one alternative found in the
document's text (case-insensitive). Prints the errors and a summary; exit status 1 if any error.
Usage: python3 build/check.py [--dump DIR]  (--dump writes the extracted texts to DIR)"""
import json, os, re, subprocess, sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def ws(s):
    return re.sub(r'\s+', ' ', s).strip()

def extract(path):
    """Return a list of text variants for the document."""
    if path.endswith('.html') or path.endswith('.htm'):
        from bs4 import BeautifulSoup
        s = BeautifulSoup(open(path, encoding='utf-8').read(), 'html.parser')
        for t in s(['script', 'style', 'head']):
            t.decompose()
        return [s.get_text(' ')]
    if path.endswith('.docx'):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                for c in r.cells:
                    parts.append(c.text)
        return ['\n'.join(parts)]
    if path.endswith('.pdf'):
        a = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout
        b = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
        return [a, b]
    return [open(path, encoding='utf-8').read()]

def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, 'manifest.json'), encoding='utf-8'))
    docs = {}
    for m in manifest:
        for k in ('file', 'id', 'title'):
            if k not in m:
                errors.append(f'manifest entry without {k}: {m}')
        p = os.path.join(ROOT, m['file'])
        if not os.path.exists(p):
            errors.append(f'missing document {m["file"]}')
            continue
        variants = [ws(v) for v in extract(p)]
        docs[m['id']] = variants
        print(f'{m["id"]:22s} {m["file"]:50s} words={len(variants[0].split())}')
    if '--dump' in sys.argv:
        d = sys.argv[sys.argv.index('--dump') + 1]
        os.makedirs(d, exist_ok=True)
        for k, v in docs.items():
            for i, t in enumerate(v):
                open(os.path.join(d, f'{k}.{i}.txt'), 'w', encoding='utf-8').write(t)
    ids = set()
    counts = Counter()
    n = 0
    for ln, line in enumerate(open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f'line {ln}: invalid JSON: {e}')
            continue
        n += 1
        qid = q.get('id')
        for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
            if k not in q:
                errors.append(f'{qid or ln}: missing field {k}')
        if not isinstance(qid, str) or not re.fullmatch(r'M43\d{3}', qid):
            errors.append(f'line {ln}: bad id {qid!r}')
        if qid in ids:
            errors.append(f'{qid}: duplicate id')
        ids.add(qid)
        if not isinstance(q.get('q'), str) or not q['q'].strip():
            errors.append(f'{qid}: empty question')
        exp = q.get('expect')
        if exp == 'abstain':
            counts['abstain'] += 1
            if q.get('doc') is not None or q.get('facts') != [] or q.get('evidence') != []:
                errors.append(f'{qid}: abstain item must have doc null, facts [] and evidence []')
            continue
        if exp != 'answer':
            errors.append(f'{qid}: expect must be answer or abstain')
            continue
        counts['answer'] += 1
        did = q.get('doc')
        if did not in docs:
            errors.append(f'{qid}: doc {did!r} not in manifest')
            continue
        counts['doc:' + did] += 1
        variants = docs[did]
        facts, ev = q.get('facts'), q.get('evidence')
        if not isinstance(facts, list) or not (1 <= len(facts) <= 3):
            errors.append(f'{qid}: facts must be a list of 1-3 groups')
            facts = facts if isinstance(facts, list) else []
        for g in facts:
            if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
                errors.append(f'{qid}: bad fact group {g!r}')
                continue
            for v in variants:
                if not any(ws(a).lower() in v.lower() for a in g):
                    errors.append(f'{qid}: no alternative of fact group {g!r} found in {did}')
                    break
        if not isinstance(ev, list) or not (1 <= len(ev) <= 3):
            errors.append(f'{qid}: evidence must be a list of 1-3 phrases')
            ev = ev if isinstance(ev, list) else []
        for e in ev:
            w = len(e.split())
            if not (6 <= w <= 18):
                errors.append(f'{qid}: evidence phrase has {w} words (6-18): {e!r}')
            if any(c in e for c in '\u2018\u2019\u201c\u201d'):
                errors.append(f'{qid}: evidence phrase has curly quotes: {e!r}')
            for i, v in enumerate(variants):
                if ws(e) not in v:
                    errors.append(f'{qid}: evidence not found in {did} (variant {i}): {e!r}')
    for e in errors:
        print('ERROR', e)
    print(f'questions={n} answer={counts["answer"]} abstain={counts["abstain"]} ' +
          ' '.join(f'{k}={v}' for k, v in sorted(counts.items()) if k.startswith('doc:')))
    print(f'{len(errors)} errors')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
