#!/usr/bin/env python3
"""Checker for the real-mixed34 set.

Extracts the visible text of each document in manifest.json
  - plain text: as is
  - html: without tags, scripts and styles
  - docx: python-docx paragraphs and table cells
  - pdf: pdftotext -layout, and also pdftotext without -layout
and checks every line of questions.jsonl: valid JSON, required keys, ids
unique and in sequence, doc ids in the manifest, answerable questions have
facts and 1-3 evidence phrases of 6-18 words found in their document's text
(whitespace normalised, case-insensitive), at least one alternative of every
fact group found in the document's text; abstain questions have doc null and
empty facts/evidence.  With --dump DIR it also writes the extracted texts.
"""
import html as htmlmod, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def text_plain(path):
    return [open(path, encoding='utf-8').read()]


def text_html(path):
    t = open(path, encoding='utf-8').read()
    t = re.sub(r'<(script|style)\b[^>]*>.*?</\1\s*>', ' ', t, flags=re.S | re.I)
    t = re.sub(r'<!--.*?-->', ' ', t, flags=re.S)
    t = re.sub(r'<head\b.*?</head>', lambda m: ' '.join(re.findall(r'<title>(.*?)</title>', m.group(0), re.S)), t, flags=re.S | re.I)
    t = re.sub(r'<[^>]+>', ' ', t)
    return [htmlmod.unescape(t)]


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return ['\n'.join(parts)]


def text_pdf(path):
    a = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
    return [a, b]


def extract(path):
    if path.endswith('.html') or path.endswith('.htm'):
        return text_html(path)
    if path.endswith('.docx'):
        return text_docx(path)
    if path.endswith('.pdf'):
        return text_pdf(path)
    return text_plain(path)


def main():
    dump = None
    if '--dump' in sys.argv:
        dump = sys.argv[sys.argv.index('--dump') + 1]
        os.makedirs(dump, exist_ok=True)
    errors = []
    manifest = json.load(open(os.path.join(ROOT, 'manifest.json'), encoding='utf-8'))
    texts = {}
    for m in manifest:
        for k in ('file', 'id', 'title'):
            if k not in m:
                errors.append(f'manifest entry without {k}: {m}')
        path = os.path.join(ROOT, m['file'])
        if not os.path.exists(path):
            errors.append(f'missing document {m["file"]}')
            continue
        variants = extract(path)
        texts[m['id']] = [norm(v) for v in variants]
        words = len(variants[0].split())
        print(f'{m["id"]:24s} {m["file"]:45s} {words:5d} words')
        if not 1500 <= words <= 4000:
            errors.append(f'{m["id"]}: {words} words, outside 1500-4000')
        if dump:
            for i, v in enumerate(variants):
                open(os.path.join(dump, f'{m["id"]}.{i}.txt'), 'w', encoding='utf-8').write(v)

    seen = set()
    n = {'answer': 0, 'abstain': 0}
    per_doc = {}
    with open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f'line {ln}: empty line')
                continue
            try:
                q = json.loads(line)
            except Exception as e:
                errors.append(f'line {ln}: invalid JSON: {e}')
                continue
            for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
                if k not in q:
                    errors.append(f'line {ln}: missing key {k}')
            qid = q.get('id')
            if qid in seen:
                errors.append(f'{qid}: duplicate id')
            seen.add(qid)
            if not re.fullmatch(r'M34\d{3}', str(qid)):
                errors.append(f'{qid}: bad id format')
            exp = q.get('expect')
            if exp not in n:
                errors.append(f'{qid}: expect must be answer or abstain')
                continue
            n[exp] += 1
            if not isinstance(q.get('q'), str) or len(q['q'].strip()) < 8:
                errors.append(f'{qid}: question text missing/short')
            if exp == 'abstain':
                if q.get('doc') is not None or q.get('facts') != [] or q.get('evidence') != []:
                    errors.append(f'{qid}: abstain must have doc null, facts [] and evidence []')
                continue
            doc = q.get('doc')
            if doc not in texts:
                errors.append(f'{qid}: doc {doc!r} not in manifest')
                continue
            per_doc[doc] = per_doc.get(doc, 0) + 1
            variants = texts[doc]
            facts = q.get('facts')
            if not isinstance(facts, list) or not facts or not all(isinstance(g, list) and g for g in facts):
                errors.append(f'{qid}: facts must be a non-empty list of non-empty lists')
            else:
                for g in facts:
                    if not any(any(norm(a) in v for v in variants) for a in g):
                        errors.append(f'{qid}: no alternative of fact group {g} found in {doc}')
            ev = q.get('evidence')
            if not isinstance(ev, list) or not 1 <= len(ev) <= 3:
                errors.append(f'{qid}: evidence must have 1-3 phrases')
            else:
                for e in ev:
                    wc = len(e.split())
                    if not 6 <= wc <= 18:
                        errors.append(f'{qid}: evidence phrase has {wc} words: {e!r}')
                    if re.search('[\u2018\u2019\u201c\u201d]', e):
                        errors.append(f'{qid}: evidence has curly quotes: {e!r}')
                    if not any(norm(e) in v for v in variants):
                        errors.append(f'{qid}: evidence not found in {doc}: {e!r}')
    print(f'questions: {n["answer"]} answerable, {n["abstain"]} abstain; per document: {per_doc}')
    for e in errors:
        print('ERROR', e)
    print(f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
