#!/usr/bin/env python3
"""Checks an eval corpus (manifest.json, docs/, questions.jsonl) against its documents:

    tools/verify-corpus.py bot/src/test/resources/eval/corpora/oss-real

For every answerable case:
  * each evidence alternative must be a verbatim (case-insensitive, whitespace-normalised)
    substring of the visible text of at least one document, and of its own document for at
    least one alternative;
  * in plain-text and PDF documents (a plain-text file ends in .txt or has no extension), the
    alternative must sit on one line of the extracted text;
  * each facts group should have an alternative that occurs in the document (warning only:
    an answer may legitimately say e.g. "no").
For abstain cases: facts and evidence must be empty and doc null.

Documents are read as a reader sees them: .pdf with pdftotext (poppler-utils), .docx with
pandoc -t plain --wrap=none, .html with its tags stripped (script and style dropped), .md as written
and once more without emphasis and code marks, anything else as text.

    tools/verify-corpus.py --text DOCUMENT

prints one document's visible text as the check reads it (for grepping near misses in it).
"""
import html, json, os, re, subprocess, sys

if not (len(sys.argv) == 2 or len(sys.argv) == 3 and sys.argv[1] == '--text'):
    sys.exit('usage: tools/verify-corpus.py CORPUS_DIR | tools/verify-corpus.py --text DOCUMENT')
ROOT = os.path.abspath(sys.argv[-1])


def extract(path):
    if path.endswith('.pdf'):
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
    if path.endswith('.docx'):
        return subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', path], capture_output=True, text=True, check=True).stdout
    text = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        text = re.sub(r'<(script|style)\b.*?</\1>', ' ', text, flags=re.S | re.I)
        text = re.sub(r'<!--.*?-->', ' ', text, flags=re.S)
        text = re.sub(r'<[^>]+>', ' ', text)
        text = html.unescape(text)
    if path.endswith('.md'):
        text = text + '\n' + re.sub(r'\*\*|`', '', text)
    return text


if sys.argv[1] == '--text':
    # the visible text of one document, as the check reads it (for grepping near misses)
    print(extract(ROOT))
    sys.exit(0)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def line_sensitive(file):
    """PDF and plain text: an evidence phrase must sit on one line of the extracted text."""
    name = os.path.basename(file)
    return name.endswith(('.pdf', '.txt')) or '.' not in name


manifest = json.load(open(os.path.join(ROOT, 'manifest.json')))
LINE_DOCS = {m['id'] for m in manifest if line_sensitive(m['file'])}

texts = {m['id']: extract(os.path.join(ROOT, m['file'])) for m in manifest}
ntexts = {k: norm(v) for k, v in texts.items()}
lines = {k: [norm(l) for l in v.splitlines()] for k, v in texts.items()}
errors, warnings = [], []
ids = set()
for raw in open(os.path.join(ROOT, 'questions.jsonl'), encoding='utf-8'):
    c = json.loads(raw)
    assert c['id'] not in ids, c['id']
    ids.add(c['id'])
    if c['expect'] == 'abstain':
        if c['doc'] is not None or c['facts'] or c['evidence']:
            errors.append(f"{c['id']}: abstain case must have doc null and empty facts/evidence")
        continue
    assert c['expect'] == 'answer'
    if c['doc'] not in texts:
        errors.append(f"{c['id']}: unknown doc {c['doc']}")
        continue
    own_hit = False
    for ev in c['evidence']:
        if re.search('[\u2018\u2019\u201c\u201d]', ev):
            errors.append(f"{c['id']}: curly quote in evidence {ev!r}")
        hits = [k for k, t in ntexts.items() if norm(ev) in t]
        if not hits:
            errors.append(f"{c['id']}: evidence not found anywhere: {ev!r}")
            continue
        if c['doc'] in hits:
            own_hit = True
        inline = {k: k not in LINE_DOCS or any(norm(ev) in l for l in lines[k]) for k in hits}
        if c['doc'] in hits and not inline[c['doc']]:
            errors.append(f"{c['id']}: evidence {ev!r} spans a line break in {c['doc']}")
        elif c['doc'] not in hits and not any(inline.values()):
            errors.append(f"{c['id']}: evidence {ev!r} spans a line break in {hits}")
        for k in hits:
            if k != c['doc'] and not inline[k]:
                warnings.append(f"{c['id']}: evidence {ev!r} also occurs (across a line break) in {k}")
    if not own_hit:
        errors.append(f"{c['id']}: no evidence alternative found in own doc {c['doc']}")
    for g in c['facts']:
        if not any(norm(f) in ntexts[c['doc']] for f in g):
            warnings.append(f"{c['id']}: no facts alternative occurs in {c['doc']}: {g}")
for w in warnings:
    print('WARN', w)
for e in errors:
    print('ERROR', e)
print(f"{len(ids)} cases, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
