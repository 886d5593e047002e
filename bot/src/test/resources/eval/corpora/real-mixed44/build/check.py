#!/usr/bin/env python3
"""Checker for the real-mixed44 set.

Extracts the visible text of each document (plain text as is; html without tags, scripts, styles;
docx via python-docx paragraphs and table cells; pdf via `pdftotext -layout` and also without
-layout) and checks every question: valid JSON, unique ids, doc ids in the manifest, required keys
and values, evidence phrases (6-18 words) found in the document's text (whitespace normalised; for
the pdf in both pdftotext variants), at least one alternative of each fact group found in the
document's text, abstain rows with doc null and empty facts/evidence, and, for abstain rows, that
no evidence-like content is attached. Also reports word counts of the documents (1,500-3,000).
Prints the errors and a final line 'N errors'.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from extract import text_variants, norm  # noqa: E402


def main():
    errors = []
    try:
        manifest = json.load(open(os.path.join(ROOT, 'manifest.json')))
    except Exception as e:
        print('manifest.json invalid:', e)
        print('1 errors')
        return 1
    docs = {}
    for m in manifest:
        for k in ('file', 'id', 'title'):
            if not m.get(k):
                errors.append('manifest entry without %s: %r' % (k, m))
        path = os.path.join(ROOT, m['file'])
        if not os.path.exists(path):
            errors.append('missing document %s' % m['file'])
            continue
        variants = [norm(v) for v in text_variants(path)]
        docs[m['id']] = variants
        nwords = len(re.findall(r"\w[\w'.-]*", variants[0]))
        print('%-45s %-11s %5d words' % (m['file'], m['id'], nwords))
        if not 1500 <= nwords <= 3000:
            errors.append('%s has %d words (want 1500-3000)' % (m['file'], nwords))
    if len(docs) != len(manifest) or len({m['id'] for m in manifest}) != len(manifest):
        errors.append('manifest ids not unique or documents missing')

    ids = set()
    counts = {'answer': 0, 'abstain': 0}
    per_doc = {}
    with open(os.path.join(ROOT, 'questions.jsonl')) as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except Exception as e:
                errors.append('line %d: invalid JSON (%s)' % (ln, e))
                continue
            qid = r.get('id')
            for k in ('id', 'doc', 'q', 'expect', 'facts', 'evidence'):
                if k not in r:
                    errors.append('%s: missing key %s' % (qid, k))
            if qid in ids:
                errors.append('%s: duplicate id' % qid)
            ids.add(qid)
            if not isinstance(r.get('q'), str) or not r['q'].strip():
                errors.append('%s: empty question' % qid)
            exp = r.get('expect')
            if exp not in counts:
                errors.append('%s: expect must be answer or abstain' % qid)
                continue
            counts[exp] += 1
            if exp == 'abstain':
                if r.get('doc') is not None or r.get('facts') != [] or r.get('evidence') != []:
                    errors.append('%s: abstain rows need doc null, facts [] and evidence []' % qid)
                continue
            doc = r.get('doc')
            if doc not in docs:
                errors.append('%s: doc %r not in manifest' % (qid, doc))
                continue
            per_doc[doc] = per_doc.get(doc, 0) + 1
            variants = [v.lower() for v in docs[doc]]
            facts, ev = r.get('facts'), r.get('evidence')
            if not isinstance(facts, list) or not facts or not all(isinstance(g, list) and g for g in facts):
                errors.append('%s: facts must be a non-empty list of non-empty lists' % qid)
                facts = []
            for g in facts:
                if not any(all(norm(alt).lower() in v for v in variants) for alt in g):
                    errors.append('%s: no alternative of fact group %r found in %s' % (qid, g, doc))
            if not isinstance(ev, list) or not ev:
                errors.append('%s: evidence must be a non-empty list' % qid)
                ev = []
            for e in ev:
                n = len(e.split())
                if not 6 <= n <= 18:
                    errors.append('%s: evidence has %d words (6-18): %r' % (qid, n, e))
                if any(c in e for c in '\u2018\u2019\u201c\u201d'):
                    errors.append('%s: evidence has curly quotes: %r' % (qid, e))
                for i, v in enumerate(variants):
                    if norm(e).lower() not in v:
                        errors.append('%s: evidence not found in %s (text variant %d): %r' % (qid, doc, i, e))
    print('questions: %d answerable, %d abstain; per document: %s' % (counts['answer'], counts['abstain'], per_doc))
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
