#!/usr/bin/env python3
"""Checker for the fictional-photoclub evaluation set.

Extracts the visible text of every document in manifest.json and checks
questions.jsonl: valid JSON, unique ids, doc ids in the manifest, evidence
phrases found verbatim (whitespace normalised) in the document's text, and at
least one alternative of every fact group found in the document's text.
For the PDF, evidence must be found in both `pdftotext -layout` and plain
`pdftotext` output (errors otherwise). Prints the number of errors.

Usage: python3 build/check.py [--dump]   (--dump writes build/extracted/*.txt)
"""
import html
import json
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract_html(path):
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def extract_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            # one line per row: the cells' text joined with spaces
            parts.append(" ".join(c.text for c in row.cells))
    return "\n".join(parts)


def extract_pdf(path, layout):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def extract_all(path):
    """Return a list of (variant name, text) for a document."""
    if path.endswith(".html"):
        return [("html", extract_html(path))]
    if path.endswith(".docx"):
        return [("docx", extract_docx(path))]
    if path.endswith(".pdf"):
        return [("pdf-layout", extract_pdf(path, True)), ("pdf-raw", extract_pdf(path, False))]
    return [("text", open(path, encoding="utf-8").read())]


def words(t):
    return len([w for w in t.split() if re.search(r"[A-Za-z0-9]", w)])


def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    docs = {}
    for m in manifest:
        p = os.path.join(ROOT, m["file"])
        if not os.path.exists(p):
            errors.append(f"manifest: missing file {m['file']}")
            continue
        variants = extract_all(p)
        docs[m["id"]] = variants
        print(f"{m['file']:50s} {m['id']:18s} words={words(variants[-1][1])}")
        if "--dump" in sys.argv:
            os.makedirs(os.path.join(ROOT, "build", "extracted"), exist_ok=True)
            for name, t in variants:
                with open(os.path.join(ROOT, "build", "extracted", f"{m['id']}.{name}.txt"), "w") as f:
                    f.write(t)
    if len({m["id"] for m in manifest}) != len(manifest):
        errors.append("manifest: duplicate ids")

    ids = set()
    counts = Counter()
    per_doc = Counter()
    for n, line in enumerate(open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        qid = q.get("id")
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append(f"{qid or n}: missing key {k}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not isinstance(q.get("q"), str) or not q.get("q").strip():
            errors.append(f"{qid}: empty question")
        exp = q.get("expect")
        counts[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append(f"{qid}: abstain must have doc null, empty facts and evidence")
            continue
        if exp != "answer":
            errors.append(f"{qid}: bad expect {exp!r}")
            continue
        doc = q.get("doc")
        if doc not in docs:
            errors.append(f"{qid}: doc {doc!r} not in manifest")
            continue
        per_doc[doc] += 1
        variants = [(name, norm(t)) for name, t in docs[doc]]
        facts = q.get("facts") or []
        if not (1 <= len(facts) <= 3):
            errors.append(f"{qid}: expected 1-3 fact groups, got {len(facts)}")
        for g in facts:
            if not isinstance(g, list) or not g:
                errors.append(f"{qid}: fact group must be a non-empty list")
                continue
            if not any(norm(a) in t for a in g for _, t in variants):
                errors.append(f"{qid}: no alternative of fact group {g} found in {doc}")
        ev = q.get("evidence") or []
        if not (1 <= len(ev) <= 3):
            errors.append(f"{qid}: expected 1-3 evidence phrases, got {len(ev)}")
        for e in ev:
            nw = len(e.split())
            if nw < 6 or nw > 18:
                errors.append(f"{qid}: evidence has {nw} words (6-18): {e!r}")
            if any(c in e for c in "\u2018\u2019\u201c\u201d"):
                errors.append(f"{qid}: evidence has curly quotes: {e!r}")
            missing = [name for name, t in variants if norm(e) not in t]
            if missing:
                errors.append(f"{qid}: evidence not found in {doc} ({', '.join(missing)}): {e!r}")

    print()
    print(f"questions: {sum(counts.values())}  answer={counts['answer']}  abstain={counts['abstain']}")
    print("answerable per doc: " + ", ".join(f"{d}={c}" for d, c in sorted(per_doc.items())))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
