#!/usr/bin/env python3
"""Check questions.jsonl against the visible text of the documents in manifest.json."""
import html, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        t = open(full, encoding="utf-8").read()
        t = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", " ", t, flags=re.S | re.I)
        t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        return [html.unescape(t)]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(full)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return ["\n".join(parts)]
    if path.endswith(".pdf"):
        a = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True).stdout
        return [a, b]
    return [open(full, encoding="utf-8").read()]


def main():
    errors = []
    manifest = json.load(open(os.path.join(ROOT, "manifest.json")))
    texts = {}
    for m in manifest:
        ts = text_of(m["file"])
        texts[m["id"]] = [norm(t) for t in ts]
        os.makedirs(os.path.join(ROOT, "build", "text"), exist_ok=True)
        open(os.path.join(ROOT, "build", "text", m["id"] + ".txt"), "w").write(ts[-1])
        print("%-16s %-50s %5d words" % (m["id"], m["file"], len(ts[-1].split())))
    ids = set()
    counts = {"answer": 0, "abstain": 0}
    for n, line in enumerate(open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append("line %d: bad JSON: %s" % (n, e))
            continue
        qid = q.get("id")
        if qid in ids:
            errors.append("%s: duplicate id" % qid)
        ids.add(qid)
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append("%s: missing %s" % (qid, k))
        exp = q.get("expect")
        if exp not in counts:
            errors.append("%s: bad expect %r" % (qid, exp))
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q["doc"] is not None or q["facts"] or q["evidence"]:
                errors.append("%s: abstain must have doc null, no facts, no evidence" % qid)
            continue
        if q["doc"] not in texts:
            errors.append("%s: doc %r not in manifest" % (qid, q["doc"]))
            continue
        ts = texts[q["doc"]]
        if not q["facts"]:
            errors.append("%s: no facts" % qid)
        for g in q["facts"]:
            if not any(any(norm(a) in t for t in ts) for a in g):
                errors.append("%s: fact group %r not found in %s" % (qid, g, q["doc"]))
        if not q["evidence"]:
            errors.append("%s: no evidence" % qid)
        for e in q["evidence"]:
            w = len(e.split())
            if w < 6 or w > 18:
                errors.append("%s: evidence of %d words: %r" % (qid, w, e))
            if not all(norm(e) in t for t in ts):
                errors.append("%s: evidence not found in %s: %r" % (qid, q["doc"], e))
    print("questions: %d answerable, %d abstain" % (counts["answer"], counts["abstain"]))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
