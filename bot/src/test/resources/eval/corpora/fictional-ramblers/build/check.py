#!/usr/bin/env python3
"""Checker for the fictional-ramblers evaluation set.

Extracts the visible text of every document and checks questions.jsonl:
valid JSON, unique ids, doc ids in the manifest, evidence phrases found verbatim
(whitespace-normalised) in the document text, and at least one alternative of
every fact group found in the document text. For the PDF both `pdftotext -layout`
and plain `pdftotext` extractions must contain every evidence phrase.

Usage: python3 build/check.py [--dump DIR]   (run from the set folder or anywhere)
"""
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_text(path):
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_texts(path):
    a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return [a, b]


def texts_for(path):
    if path.endswith(".html"):
        return [html_text(path)]
    if path.endswith(".docx"):
        return [docx_text(path)]
    if path.endswith(".pdf"):
        return pdf_texts(path)
    return [open(path, encoding="utf-8").read()]


def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    docs = {}
    for m in manifest:
        p = os.path.join(ROOT, m["file"])
        if not os.path.exists(p):
            errors.append("missing file %s" % m["file"])
            continue
        docs[m["id"]] = [norm(t) for t in texts_for(p)]
        words = len(texts_for(p)[-1].split())
        print("%-45s %-10s %5d words" % (m["file"], m["id"], words))
    if "--dump" in sys.argv:
        out = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(out, exist_ok=True)
        for m in manifest:
            for i, t in enumerate(texts_for(os.path.join(ROOT, m["file"]))):
                open(os.path.join(out, "%s.%d.txt" % (m["id"], i)), "w").write(t)

    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except Exception as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            for k in ("id", "doc", "q", "expect", "facts", "evidence"):
                if k not in q:
                    errors.append("line %d: missing key %s" % (n, k))
            qid = q.get("id")
            if qid in ids:
                errors.append("%s: duplicate id" % qid)
            ids.add(qid)
            exp = q.get("expect")
            if exp not in counts:
                errors.append("%s: bad expect %r" % (qid, exp))
                continue
            counts[exp] += 1
            if exp == "abstain":
                if q["doc"] is not None or q["facts"] or q["evidence"]:
                    errors.append("%s: abstain must have doc null, no facts, no evidence" % qid)
                continue
            d = q.get("doc")
            if d not in docs:
                errors.append("%s: doc %r not in manifest" % (qid, d))
                continue
            per_doc[d] = per_doc.get(d, 0) + 1
            if not q["facts"]:
                errors.append("%s: no facts" % qid)
            if not (1 <= len(q["evidence"]) <= 3):
                errors.append("%s: needs 1-3 evidence phrases" % qid)
            for ev in q["evidence"]:
                nw = len(ev.split())
                if nw < 6 or nw > 18:
                    errors.append("%s: evidence has %d words: %r" % (qid, nw, ev))
                for i, t in enumerate(docs[d]):
                    if norm(ev) not in t:
                        errors.append("%s: evidence not found (extraction %d): %r" % (qid, i, ev))
            for grp in q["facts"]:
                if not any(all(norm(alt) in t for t in docs[d]) for alt in grp):
                    errors.append("%s: no alternative of fact group found: %r" % (qid, grp))
                ev_text = norm(" ".join(q["evidence"]))
    print("answerable per doc:", per_doc)
    print("counts:", counts)
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
