#!/usr/bin/env python3
"""Checker for the real-mixed42 set: extracts the visible text of every document
and checks questions.jsonl against it. Prints the errors and their count."""
import json, re, subprocess, sys, pathlib, collections
ROOT = pathlib.Path(__file__).resolve().parent.parent
errors = []
def err(m): errors.append(m)

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().lower()

def extract(path):
    """Return a list of text variants (every evidence phrase must be in each)."""
    p = ROOT / path
    suf = p.suffix.lower()
    if suf == ".html" or suf == ".htm":
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        for t in soup(["script", "style", "head"]):
            t.decompose()
        return [soup.get_text(" ")]
    if suf == ".docx":
        import docx
        d = docx.Document(str(p))
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return ["\n".join(parts)]
    if suf == ".pdf":
        out = []
        for args in (["-layout"], []):
            out.append(subprocess.run(["pdftotext", *args, str(p), "-"], capture_output=True,
                                      text=True, check=True).stdout)
        return out
    if suf == ".md":
        return [p.read_text(encoding="utf-8")]
    if suf == "":
        return [p.read_text(encoding="utf-8")]
    raise SystemExit(f"unknown format {path}")

manifest = json.loads((ROOT / "manifest.json").read_text())
docs = {}
for m in manifest:
    for k in ("file", "id", "title"):
        if k not in m:
            err(f"manifest entry lacks {k}: {m}")
    if m["id"] in docs:
        err(f"duplicate doc id {m['id']}")
    if not (ROOT / m["file"]).exists():
        err(f"missing file {m['file']}")
        continue
    variants = extract(m["file"])
    docs[m["id"]] = [norm(v) for v in variants]
    words = len(variants[0].split())
    print(f"{m['id']:<12} {m['file']:<55} {words} words")
    if not 1500 <= words <= 3000:
        err(f"{m['id']}: {words} words, outside 1500-3000")

if "--dump" in sys.argv:
    # write the extracted text of each document (first variant) for grepping
    d = ROOT / "build" / "tmp" / "text"
    d.mkdir(parents=True, exist_ok=True)
    for m in manifest:
        for i, v in enumerate(extract(m["file"])):
            (d / f"{m['id']}.{i}.txt").write_text(v, encoding="utf-8")
    print("dumped to", d)
    sys.exit(0)

ids = set()
counts = collections.Counter()
for n, line in enumerate((ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        err(f"line {n}: empty line"); continue
    try:
        q = json.loads(line)
    except Exception as e:
        err(f"line {n}: bad JSON {e}"); continue
    for k in ("id", "doc", "q", "expect", "facts", "evidence"):
        if k not in q:
            err(f"line {n}: missing {k}")
    qid = q.get("id")
    if qid in ids:
        err(f"{qid}: duplicate id")
    ids.add(qid)
    if not re.fullmatch(r"M42\d{3}", str(qid)):
        err(f"{qid}: bad id format")
    if q.get("expect") == "abstain":
        counts["abstain"] += 1
        if q.get("doc") is not None or q.get("facts") != [] or q.get("evidence") != []:
            err(f"{qid}: abstain must have doc null, facts [] and evidence []")
        continue
    if q.get("expect") != "answer":
        err(f"{qid}: expect must be answer or abstain"); continue
    counts["answer"] += 1
    counts[q.get("doc")] += 1
    if q.get("doc") not in docs:
        err(f"{qid}: doc {q.get('doc')} not in manifest"); continue
    texts = docs[q["doc"]]
    facts = q.get("facts") or []
    if not (1 <= len(facts) <= 3):
        err(f"{qid}: needs 1-2 fact groups, has {len(facts)}")
    for g in facts:
        if not isinstance(g, list) or not g:
            err(f"{qid}: fact group must be a non-empty list: {g}"); continue
        for t in texts:
            if not any(norm(a) in t for a in g):
                err(f"{qid}: no alternative of fact group {g} found in {q['doc']}")
                break
    ev = q.get("evidence") or []
    if not (1 <= len(ev) <= 3):
        err(f"{qid}: needs 1-3 evidence phrases")
    for e in ev:
        nw = len(e.split())
        if not 6 <= nw <= 18:
            err(f"{qid}: evidence has {nw} words (6-18): {e!r}")
        if re.search(r"[\u2018\u2019\u201c\u201d]", e):
            err(f"{qid}: evidence has curly quotes: {e!r}")
        for i, t in enumerate(texts):
            if norm(e) not in t:
                err(f"{qid}: evidence not found in {q['doc']} (variant {i}): {e!r}")
print(f"questions: {counts['answer']} answerable, {counts['abstain']} abstain; per doc: "
      + ", ".join(f"{d}={counts[d]}" for d in docs))
for e in errors:
    print("ERROR:", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
