#!/usr/bin/env python3
"""Checker for the fictional-angling evaluation set.

Extracts the visible text of each document in the manifest:
  - plain text files: as is
  - .html: without tags, scripts and styles (BeautifulSoup)
  - .docx: python-docx paragraphs and table cells
  - .pdf: pdftotext -layout, and pdftotext without -layout
and checks every question in questions.jsonl: valid JSON, unique ids, known
doc ids, field shapes, every evidence phrase present in its document's text
(whitespace normalised), and at least one alternative of each fact group
present in the document's text (case-insensitive).

Usage: python3 build/check.py [--dump DIR]   (--dump writes the extracted texts)
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    """Return a list of text variants for the document at path."""
    low = path.lower()
    if low.endswith(".html") or low.endswith(".htm"):
        from bs4 import BeautifulSoup
        with open(path, encoding="utf-8") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        for tag in soup(["script", "style", "head"]):
            tag.decompose()
        return [soup.get_text(" ")]
    if low.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    if low.endswith(".pdf"):
        out = []
        for args in (["-layout"], []):
            r = subprocess.run(["pdftotext"] + args + [path, "-"],
                               capture_output=True, text=True, check=True)
            out.append(r.stdout)
        return out
    with open(path, encoding="utf-8") as f:
        return [f.read()]


def main():
    errors = []
    warnings = []
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)

    with open(os.path.join(ROOT, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    texts = {}
    for m in manifest:
        p = os.path.join(ROOT, m["file"])
        if not os.path.exists(p):
            errors.append("missing document file %s" % m["file"])
            continue
        variants = extract(p)
        texts[m["id"]] = [norm(v) for v in variants]
        words = len(re.findall(r"[A-Za-z0-9\u00a3]\S*", variants[-1]))
        print("%-40s %-12s %5d words" % (m["file"], m["id"], words))
        if dump:
            for i, v in enumerate(variants):
                with open(os.path.join(dump, "%s.%d.txt" % (m["id"], i)), "w", encoding="utf-8") as f:
                    f.write(v)

    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:  # noqa
            errors.append("line %d: invalid JSON: %s" % (n, e))
            continue
        qid = q.get("id")
        for key in ("id", "doc", "q", "expect", "facts", "evidence"):
            if key not in q:
                errors.append("%s: missing key %s" % (qid, key))
        if qid in ids:
            errors.append("%s: duplicate id" % qid)
        ids.add(qid)
        if not re.fullmatch(r"AN\d{3}", qid or ""):
            errors.append("%s: bad id format" % qid)
        exp = q.get("expect")
        if exp not in counts:
            errors.append("%s: bad expect %r" % (qid, exp))
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append("%s: abstain must have doc null, empty facts and evidence" % qid)
            continue
        doc = q.get("doc")
        if doc not in texts:
            errors.append("%s: unknown doc %r" % (qid, doc))
            continue
        per_doc[doc] = per_doc.get(doc, 0) + 1
        variants = texts[doc]
        facts = q.get("facts") or []
        if not (1 <= len(facts) <= 3):
            warnings.append("%s: %d fact groups" % (qid, len(facts)))
        for g in facts:
            if not isinstance(g, list) or not g:
                errors.append("%s: fact group must be a non-empty list" % qid)
                continue
            if not any(any(norm(a).lower() in v.lower() for v in variants) for a in g):
                errors.append("%s: no alternative of fact group %r found in %s" % (qid, g, doc))
        ev = q.get("evidence") or []
        if not (1 <= len(ev) <= 3):
            errors.append("%s: needs 1-3 evidence phrases" % qid)
        for e in ev:
            ne = norm(e)
            nw = len(ne.split())
            if nw < 6 or nw > 18:
                warnings.append("%s: evidence has %d words: %r" % (qid, nw, e))
            found = [ne in v for v in variants]
            if not any(found):
                errors.append("%s: evidence not found in %s: %r" % (qid, doc, e))
            elif not all(found):
                warnings.append("%s: evidence found in only some text variants of %s: %r" % (qid, doc, e))
            if re.search("[\u2018\u2019\u201c\u201d]", e):
                errors.append("%s: curly quote in evidence" % qid)

    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("questions: %d (answer %d, abstain %d); answerable per doc: %s"
          % (counts["answer"] + counts["abstain"], counts["answer"], counts["abstain"],
             json.dumps(per_doc, sort_keys=True)))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
