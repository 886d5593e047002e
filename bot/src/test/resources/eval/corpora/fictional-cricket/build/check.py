#!/usr/bin/env python3
"""Checker for the fictional-cricket evaluation set.

Extracts the visible text of each document in manifest.json and checks every
question in questions.jsonl: valid JSON, unique ids, doc ids in the manifest,
evidence phrases found verbatim (whitespace normalised) in the document's text,
and at least one alternative of every fact group found (case-insensitive).
For the PDF, text is extracted with `pdftotext -layout` and without -layout;
evidence must be found in both extractions.
Run from anywhere: python3 build/check.py
"""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def extract(path):
    """Return a list of text variants (all must contain the evidence)."""
    if path.endswith(".html"):
        p = _Text()
        p.feed(open(path, encoding="utf-8").read())
        return [norm("".join(p.parts))]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return [norm("\n".join(parts))]
    if path.endswith(".pdf"):
        outs = []
        for args in (["-layout"], []):
            r = subprocess.run(["pdftotext"] + args + [path, "-"], capture_output=True, text=True, check=True)
            outs.append(norm(r.stdout))
        return outs
    return [norm(open(path, encoding="utf-8").read())]


def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    texts = {}
    for m in manifest:
        path = os.path.join(ROOT, m["file"])
        if not os.path.exists(path):
            errors.append(f"manifest: missing file {m['file']}")
            continue
        texts[m["id"]] = extract(path)
        words = len(texts[m["id"]][-1].split())
        print(f"{m['file']:55s} {m['id']:22s} {words:5d} words")
        if not 1500 <= words <= 3000:
            errors.append(f"{m['id']}: {words} words, outside 1500-3000")
    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: invalid JSON: {e}")
                continue
            for k in ("id", "doc", "q", "expect", "facts", "evidence"):
                if k not in q:
                    errors.append(f"line {n}: missing key {k}")
            qid = q.get("id")
            if qid in ids:
                errors.append(f"{qid}: duplicate id")
            ids.add(qid)
            exp = q.get("expect")
            if exp not in counts:
                errors.append(f"{qid}: bad expect {exp!r}")
                continue
            counts[exp] += 1
            if exp == "abstain":
                if q["doc"] is not None or q["facts"] or q["evidence"]:
                    errors.append(f"{qid}: abstain must have doc null, empty facts and evidence")
                continue
            doc = q["doc"]
            if doc not in texts:
                errors.append(f"{qid}: doc {doc!r} not in manifest")
                continue
            per_doc[doc] = per_doc.get(doc, 0) + 1
            variants = texts[doc]
            if not (1 <= len(q["facts"]) <= 3):
                errors.append(f"{qid}: expected 1-3 fact groups")
            for g in q["facts"]:
                if not isinstance(g, list) or not g:
                    errors.append(f"{qid}: fact group must be a non-empty list")
                    continue
                for v in variants:
                    if not any(alt.lower() in v.lower() for alt in g):
                        errors.append(f"{qid}: no alternative of fact group {g} found in {doc}")
                        break
            if not (1 <= len(q["evidence"]) <= 3):
                errors.append(f"{qid}: expected 1-3 evidence phrases")
            for ev in q["evidence"]:
                nw = len(ev.split())
                if not 6 <= nw <= 18:
                    errors.append(f"{qid}: evidence has {nw} words (want 6-18): {ev!r}")
                if re.search("[\u2018\u2019\u201c\u201d]", ev):
                    errors.append(f"{qid}: evidence contains curly quotes: {ev!r}")
                for i, v in enumerate(variants):
                    if norm(ev) not in v:
                        errors.append(f"{qid}: evidence not found in {doc} (variant {i}): {ev!r}")
    print(f"questions: {counts['answer']} answer, {counts['abstain']} abstain; per doc: {per_doc}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
