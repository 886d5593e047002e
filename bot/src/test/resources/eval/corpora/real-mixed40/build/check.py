#!/usr/bin/env python3
"""Checker for the real-mixed40 evaluation set.

Extracts the visible text of each document (plain text as is; HTML without tags,
scripts and styles; DOCX via python-docx paragraphs and table cells; PDF via
`pdftotext -layout` and also without -layout) and checks every question:
valid JSON, unique ids, doc ids in the manifest, every evidence phrase found in
its document's text (whitespace normalised), at least one alternative of every
fact group found in the document's text, abstain items well formed.

Usage: python3 build/check.py [--dump ID]   (--dump prints one document's text to stdout;
nothing is written to disk)
"""
import json
import os
import re
import subprocess
import sys

from bs4 import BeautifulSoup

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_plain(path):
    return [open(path, encoding="utf-8").read()]


def text_html(path):
    soup = BeautifulSoup(open(path, encoding="utf-8").read(), "html.parser")
    for t in soup(["script", "style", "head", "template", "noscript"]):
        t.decompose()
    return [soup.get_text(" ")]


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return ["\n".join(parts)]


def text_pdf(path):
    a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return [a, b]


def texts_for(path):
    if path.endswith(".html") or path.endswith(".htm"):
        return text_html(path)
    if path.endswith(".docx"):
        return text_docx(path)
    if path.endswith(".pdf"):
        return text_pdf(path)
    return text_plain(path)


def main():
    errors = []
    manifest = json.load(open(os.path.join(SET, "manifest.json"), encoding="utf-8"))
    docs = {}
    for m in manifest:
        p = os.path.join(SET, m["file"])
        if not os.path.exists(p):
            errors.append(f"manifest: missing file {m['file']}")
            continue
        docs[m["id"]] = [norm(t) for t in texts_for(p)]
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        m = next(x for x in manifest if x["id"] == sys.argv[2])
        for t in texts_for(os.path.join(SET, m["file"])):
            print(t)
            print("\n" + "=" * 30 + "\n")
        return 0

    ids = set()
    n = {"answer": 0, "abstain": 0}
    per_doc = {}
    for ln, line in enumerate(open(os.path.join(SET, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: invalid JSON: {e}")
            continue
        qid = q.get("id")
        for key in ("id", "doc", "q", "expect", "facts", "evidence"):
            if key not in q:
                errors.append(f"{qid}: missing key {key}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        exp = q.get("expect")
        if exp not in ("answer", "abstain"):
            errors.append(f"{qid}: bad expect {exp}")
            continue
        n[exp] += 1
        if exp == "abstain":
            if q["doc"] is not None or q["facts"] or q["evidence"]:
                errors.append(f"{qid}: abstain item must have doc null, no facts, no evidence")
            continue
        did = q["doc"]
        if did not in docs:
            errors.append(f"{qid}: doc {did} not in manifest")
            continue
        per_doc[did] = per_doc.get(did, 0) + 1
        texts = docs[did]
        if not q["facts"]:
            errors.append(f"{qid}: answerable item without facts")
        for g in q["facts"]:
            if not isinstance(g, list) or not g:
                errors.append(f"{qid}: fact group must be a non-empty list")
                continue
            for t in texts:
                if not any(norm(alt) in t for alt in g):
                    errors.append(f"{qid}: no alternative of fact group {g} found in {did}")
                    break
        if not q["evidence"]:
            errors.append(f"{qid}: answerable item without evidence")
        for ev in q["evidence"]:
            nw = len(ev.split())
            if nw < 6 or nw > 18:
                errors.append(f"{qid}: evidence phrase has {nw} words: {ev!r}")
            if any(c in ev for c in "\u2018\u2019\u201c\u201d"):
                errors.append(f"{qid}: evidence has curly quotes: {ev!r}")
            for t in texts:
                if norm(ev) not in t:
                    errors.append(f"{qid}: evidence not found in {did}: {ev!r}")
                    break
    for e in errors:
        print("ERROR", e)
    print(f"questions: {n['answer'] + n['abstain']} (answer {n['answer']}, abstain {n['abstain']}); "
          f"per document: {json.dumps(per_doc, sort_keys=True)}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
