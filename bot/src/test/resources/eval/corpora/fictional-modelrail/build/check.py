#!/usr/bin/env python3
"""Checker for the fictional-modelrail evaluation set.

Extracts the visible text of each document listed in manifest.json
(plain text as is; HTML without tags, scripts and styles; DOCX via
python-docx paragraphs and table cells; PDF via `pdftotext -layout` and
plain `pdftotext`), writes the texts to build/text/, and checks every
line of questions.jsonl. Prints the number of errors at the end.
"""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

def err(msg):
    errors.append(msg)
    print("ERROR:", msg)

class TextExtractor(HTMLParser):
    SKIP = {"script", "style", "head"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP: self.skip += 1
        self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip: self.skip -= 1
        self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def html_text(path):
    p = TextExtractor()
    p.feed(open(path, encoding="utf-8").read())
    return "".join(p.parts)

def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)

def pdf_texts(path):
    a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return [a, b]

def extract(path):
    if path.endswith(".html"): return [html_text(path)]
    if path.endswith(".docx"): return [docx_text(path)]
    if path.endswith(".pdf"): return pdf_texts(path)
    return [open(path, encoding="utf-8").read()]

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()

manifest = json.load(open(os.path.join(ROOT, "manifest.json")))
texts, raw = {}, {}
os.makedirs(os.path.join(ROOT, "build", "text"), exist_ok=True)
for m in manifest:
    path = os.path.join(ROOT, m["file"])
    if not os.path.exists(path):
        err(f"missing document {m['file']}"); continue
    ts = extract(path)
    raw[m["id"]] = ts
    texts[m["id"]] = [norm(t) for t in ts]
    for i, t in enumerate(ts):
        open(os.path.join(ROOT, "build", "text", f"{m['id']}.{i}.txt"), "w").write(t)
    words = len(ts[0].split())
    print(f"{m['file']}: id={m['id']} words={words}")

def found(doc, phrase):
    n = norm(phrase)
    return any(n in t for t in texts.get(doc, []))

ids = set()
counts = {"answer": 0, "abstain": 0}
per_doc = {}
for ln, line in enumerate(open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        continue
    try:
        q = json.loads(line)
    except Exception as e:
        err(f"line {ln}: invalid JSON: {e}"); continue
    for k in ("id", "doc", "q", "expect", "facts", "evidence"):
        if k not in q: err(f"line {ln}: missing key {k}")
    qid = q.get("id")
    if qid in ids: err(f"{qid}: duplicate id")
    ids.add(qid)
    exp = q.get("expect")
    if exp not in counts:
        err(f"{qid}: bad expect {exp}"); continue
    counts[exp] += 1
    if exp == "abstain":
        if q["doc"] is not None or q["facts"] or q["evidence"]:
            err(f"{qid}: abstain must have doc null and empty facts/evidence")
        continue
    doc = q["doc"]
    if doc not in texts:
        err(f"{qid}: doc {doc} not in manifest"); continue
    per_doc[doc] = per_doc.get(doc, 0) + 1
    if not q["facts"]: err(f"{qid}: no facts")
    if not (1 <= len(q["evidence"]) <= 3): err(f"{qid}: needs 1-3 evidence phrases")
    for ev in q["evidence"]:
        nw = len(ev.split())
        if nw < 6 or nw > 18: err(f"{qid}: evidence length {nw} words: {ev!r}")
        if not found(doc, ev): err(f"{qid}: evidence not found in {doc}: {ev!r}")
    for group in q["facts"]:
        if not isinstance(group, list) or not group:
            err(f"{qid}: fact group must be a non-empty list"); continue
        if not any(found(doc, alt) for alt in group):
            err(f"{qid}: no alternative of fact group {group} found in {doc}")
        # the answering sentence should be covered: at least one alt in some evidence phrase or text
    if not any(any(norm(alt) in norm(ev) for ev in q["evidence"] for alt in g) for g in q["facts"]):
        print(f"note: {qid}: no fact alternative appears inside its evidence phrases")

print(f"questions: answerable={counts['answer']} abstain={counts['abstain']} per doc={per_doc}")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
