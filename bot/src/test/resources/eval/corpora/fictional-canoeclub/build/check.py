#!/usr/bin/env python3
"""Checks manifest.json and questions.jsonl against the visible text of the documents.

Text extraction:
  plain text   as is
  .html        without tags, scripts and styles (entities unescaped)
  .docx        python-docx paragraphs and table cells
  .pdf         pdftotext -layout AND pdftotext (raw reading order); an evidence phrase
               or fact must be found in both extractions
Whitespace is normalised (all runs of whitespace become one space); matching is
case-insensitive for facts and case-sensitive for evidence phrases.

Usage: python3 build/check.py [--dump DIR]   (--dump writes the extracted texts to DIR)
"""
import html
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def html_text(path):
    t = open(path, encoding="utf-8").read()
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]+>", " ", t)
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
    out = []
    for args in (["-layout"], []):
        r = subprocess.run(["pdftotext"] + args + [path, "-"], capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return out


def extract(path):
    """Returns a list of extracted texts (one, or two for pdf)."""
    if path.endswith(".html") or path.endswith(".htm"):
        return [html_text(path)]
    if path.endswith(".docx"):
        return [docx_text(path)]
    if path.endswith(".pdf"):
        return pdf_texts(path)
    return [open(path, encoding="utf-8").read()]


def main():
    errors = []
    dump = None
    if "--dump" in sys.argv:
        dump = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(dump, exist_ok=True)

    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    texts = {}
    for m in manifest:
        for k in ("file", "id", "title"):
            if k not in m:
                errors.append(f"manifest entry without {k}: {m}")
        p = os.path.join(ROOT, m["file"])
        if not os.path.exists(p):
            errors.append(f"missing document {m['file']}")
            continue
        ex = extract(p)
        texts[m["id"]] = [norm(t) for t in ex]
        words = len(ex[-1].split())
        print(f"{m['file']}: id={m['id']} words={words}")
        if not 1500 <= words <= 3000:
            errors.append(f"{m['file']}: {words} words, outside 1500-3000")
        if dump:
            for i, t in enumerate(ex):
                open(os.path.join(dump, f"{m['id']}.{i}.txt"), "w", encoding="utf-8").write(t)

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
            qid = q.get("id")
            for k in ("id", "doc", "q", "expect", "facts", "evidence"):
                if k not in q:
                    errors.append(f"{qid or 'line %d' % n}: missing key {k}")
            if qid in ids:
                errors.append(f"{qid}: duplicate id")
            ids.add(qid)
            exp = q.get("expect")
            if exp not in counts:
                errors.append(f"{qid}: expect must be answer or abstain")
                continue
            counts[exp] += 1
            if exp == "abstain":
                if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                    errors.append(f"{qid}: abstain must have doc null, no facts, no evidence")
                continue
            doc = q.get("doc")
            if doc not in texts:
                errors.append(f"{qid}: doc {doc!r} not in manifest")
                continue
            per_doc[doc] = per_doc.get(doc, 0) + 1
            facts = q.get("facts") or []
            if not facts:
                errors.append(f"{qid}: answerable question without facts")
            ev = q.get("evidence") or []
            if not 1 <= len(ev) <= 3:
                errors.append(f"{qid}: needs 1-3 evidence phrases")
            for e in ev:
                nw = len(e.split())
                if not 6 <= nw <= 18:
                    errors.append(f"{qid}: evidence has {nw} words: {e!r}")
                for i, t in enumerate(texts[doc]):
                    if norm(e) not in t:
                        errors.append(f"{qid}: evidence not in {doc} text #{i}: {e!r}")
            for g in facts:
                if not isinstance(g, list) or not g:
                    errors.append(f"{qid}: fact group must be a non-empty list: {g!r}")
                    continue
                for i, t in enumerate(texts[doc]):
                    if not any(norm(a).lower() in t.lower() for a in g):
                        errors.append(f"{qid}: no alternative of fact group {g!r} in {doc} text #{i}")
                # at least one alternative of the group should appear in an evidence phrase's
                # sentence region: checked loosely, the group must appear in the doc (above).

    print(f"questions: {counts['answer']} answerable, {counts['abstain']} abstain; per doc: {per_doc}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
