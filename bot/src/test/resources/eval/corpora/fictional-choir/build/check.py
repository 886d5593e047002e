#!/usr/bin/env python3
"""Checker for the fictional-choir evaluation set.

Extracts the visible text of each document in ../manifest.json and checks
questions.jsonl: valid JSON, unique ids, required fields, doc ids in the
manifest, every evidence phrase found verbatim (whitespace normalised) in its
document, and at least one alternative of every fact group found in the
document text (case-insensitive). With --dump, writes the extracted texts to
build/text/ for grepping.
"""
import html
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def text_plain(path):
    with open(path, encoding="utf-8") as f:
        return [f.read()]


def text_html(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", " ", t, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return [html.unescape(t)]


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return ["\n".join(parts)]


def text_pdf(path):
    out = []
    for args in (["-layout"], []):
        r = subprocess.run(["pdftotext"] + args + [path, "-"], capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return out


def extract(path):
    if path.endswith(".html") or path.endswith(".htm"):
        return text_html(path)
    if path.endswith(".docx"):
        return text_docx(path)
    if path.endswith(".pdf"):
        return text_pdf(path)
    return text_plain(path)


def main():
    errors = []
    with open(os.path.join(ROOT, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    texts = {}
    for m in manifest:
        variants = extract(os.path.join(ROOT, m["file"]))
        texts[m["id"]] = [norm(v) for v in variants]
        words = len(variants[0].split())
        print(f"{m['file']}: id={m['id']} words={words}")
    if "--dump" in sys.argv:
        os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
        for m in manifest:
            for i, v in enumerate(extract(os.path.join(ROOT, m["file"]))):
                with open(os.path.join(HERE, "text", f"{m['id']}.{i}.txt"), "w", encoding="utf-8") as f:
                    f.write(v)

    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    with open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        qid = q.get("id")
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append(f"{qid or n}: missing field {k}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"VC\d{3}", qid or ""):
            errors.append(f"{qid}: bad id format")
        exp = q.get("expect")
        if exp not in counts:
            errors.append(f"{qid}: bad expect {exp!r}")
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append(f"{qid}: abstain question must have doc null and empty facts/evidence")
            continue
        doc = q.get("doc")
        if doc not in texts:
            errors.append(f"{qid}: doc {doc!r} not in manifest")
            continue
        per_doc[doc] = per_doc.get(doc, 0) + 1
        variants = texts[doc]
        low = [v.lower() for v in variants]
        if not q.get("facts"):
            errors.append(f"{qid}: no facts")
        for g in q.get("facts", []):
            if not isinstance(g, list) or not g:
                errors.append(f"{qid}: fact group must be a non-empty list")
                continue
            if not any(norm(a).lower() in v for a in g for v in low):
                errors.append(f"{qid}: no alternative of fact group {g} found in {doc}")
        ev = q.get("evidence", [])
        if not ev:
            errors.append(f"{qid}: no evidence")
        for e in ev:
            ne = norm(e)
            nw = len(ne.split())
            if nw < 6 or nw > 18:
                errors.append(f"{qid}: evidence has {nw} words: {e!r}")
            if not any(ne in v for v in variants):
                errors.append(f"{qid}: evidence not found in {doc}: {e!r}")
    print(f"questions: {len(ids)} (answer {counts['answer']}, abstain {counts['abstain']}); per doc: {per_doc}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
