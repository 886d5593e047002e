"""Checks questions.jsonl against the documents.

For every answerable case:
  * each evidence alternative must be a verbatim (case-insensitive, whitespace-normalised)
    substring of the visible text of at least one document, and of its own document for at
    least one alternative;
  * in plain-text and PDF documents, the alternative must sit on one line of the extracted text;
  * each facts group should have an alternative that occurs in the document (warning only:
    an answer may legitimately say e.g. "no").
For abstain cases: facts and evidence must be empty and doc null.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import ROOT, load, norm

LINE_DOCS = {'psf-privacy-notice', 'mozilla-cpg'}

texts = load()
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
