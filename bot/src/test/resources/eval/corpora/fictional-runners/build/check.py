#!/usr/bin/env python3
"""Checker for the fictional-runners evaluation set.

Extracts the visible text of every document in ../manifest.json
(plain text as is; HTML without tags, scripts and styles; DOCX paragraphs and
table cells via python-docx; PDF via `pdftotext -layout` and plain `pdftotext`)
and checks questions.jsonl: valid JSON, unique ids, required fields and values,
doc ids in the manifest, every evidence phrase present in its document
(whitespace normalised), and at least one alternative of every fact group
present in the document (case-insensitive). Writes extracted texts to
build/text/ so that near misses can be grepped. Prints the error count.
"""
import html, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    if path.endswith(".html"):
        t = open(path, encoding="utf-8").read()
        t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
        t = re.sub(r"<(script|style|head)\b[^>]*>.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<[^>]+>", " ", t)
        return [html.unescape(t)]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.extend(c.text for c in row.cells)
        return ["\n".join(parts)]
    if path.endswith(".pdf"):
        outs = []
        for args in (["-layout"], []):
            r = subprocess.run(["pdftotext"] + args + [path, "-"], capture_output=True, text=True, check=True)
            outs.append(r.stdout)
        return outs
    return [open(path, encoding="utf-8").read()]


def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    texts = {}
    os.makedirs(os.path.join(HERE, "text"), exist_ok=True)
    for m in manifest:
        raw = extract(os.path.join(ROOT, m["file"]))
        texts[m["id"]] = [norm(v) for v in raw]
        for i, v in enumerate(raw):
            open(os.path.join(HERE, "text", f"{m['id']}.{i}.txt"), "w", encoding="utf-8").write(v)
        print(f"{m['file']}: id={m['id']} words={len(raw[-1].split())}")
    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    for n, line in enumerate(open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        qid = q.get("id")
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append(f"{qid or n}: missing {k}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"RU\d{3}", qid or ""):
            errors.append(f"{qid}: bad id")
        exp = q.get("expect")
        if exp not in counts:
            errors.append(f"{qid}: bad expect {exp}")
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q["doc"] is not None or q["facts"] or q["evidence"]:
                errors.append(f"{qid}: abstain must have doc null and empty facts/evidence")
            continue
        doc = q["doc"]
        if doc not in texts:
            errors.append(f"{qid}: doc {doc} not in manifest")
            continue
        per_doc[doc] = per_doc.get(doc, 0) + 1
        variants = texts[doc]
        if not q["facts"] or not q["evidence"]:
            errors.append(f"{qid}: answer needs facts and evidence")
        for ev in q["evidence"]:
            e = norm(ev)
            w = len(e.split())
            if not 6 <= w <= 18:
                errors.append(f"{qid}: evidence length {w}: {ev!r}")
            if not any(e in v for v in variants):
                errors.append(f"{qid}: evidence not found: {ev!r}")
        for grp in q["facts"]:
            if not any(any(norm(a).lower() in v.lower() for v in variants) for a in grp):
                errors.append(f"{qid}: no fact alternative found: {grp}")
            # the fact should also appear in at least one evidence phrase
        # question must not copy a long run of the document verbatim
        words = norm(q["q"]).lower().split()
        for i in range(len(words) - 7):
            chunk = " ".join(words[i:i + 8])
            if any(chunk in v.lower() for v in variants):
                errors.append(f"{qid}: question copies document text: {chunk!r}")
                break
    print(f"questions: {counts['answer']} answerable, {counts['abstain']} abstain; per doc: {per_doc}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
