#!/usr/bin/env python3
"""Checker for the real-mixed41 evaluation set.
Extracts the visible text of each document (plain text as is; HTML without tags, scripts and
styles; DOCX paragraphs and table cells via python-docx; PDF via `pdftotext -layout` and
without -layout) and checks questions.jsonl against manifest.json.
Usage: python3 build/check.py            (check, print errors)
       python3 build/check.py --grep WORD [WORD...]   (show hits in all documents, for near misses)
       python3 build/check.py --words     (visible word counts)"""
import json, os, re, subprocess, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().lower()

def extract(path):
    """Return a list of text variants (all must contain an evidence phrase)."""
    full = os.path.join(ROOT, path)
    if path.endswith(".html"):
        import lxml.html
        t = lxml.html.parse(full).getroot()
        for bad in t.xpath("//script|//style|//head"):
            bad.drop_tree()
        return [t.text_content()]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(full)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for c in row.cells:
                    parts.append(c.text)
        return ["\n".join(parts)]
    if path.endswith(".pdf"):
        a = subprocess.run(["pdftotext", "-layout", full, "-"], capture_output=True, text=True, check=True).stdout
        b = subprocess.run(["pdftotext", full, "-"], capture_output=True, text=True, check=True).stdout
        return [a, b]
    if path.endswith(".md"):
        return [open(full, encoding="utf-8").read()]
    return [open(full, encoding="utf-8").read()]

def main():
    manifest = json.load(open(os.path.join(ROOT, "manifest.json"), encoding="utf-8"))
    texts = {m["id"]: [norm(t) for t in extract(m["file"])] for m in manifest}
    if len(sys.argv) > 1 and sys.argv[1] == "--words":
        for m in manifest:
            print(m["id"], m["file"], len(texts[m["id"]][-1].split()))
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--grep":
        for w in sys.argv[2:]:
            w = norm(w)
            for mid, vs in texts.items():
                t = vs[-1]
                for mm in re.finditer(re.escape(w), t):
                    print(f"[{mid}] ...{t[max(0, mm.start()-120):mm.end()+120]}...")
        return 0
    errors = []
    ids = set()
    n_ans = n_abs = 0
    lines = open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8").read().splitlines()
    for ln_no, ln in enumerate(lines, 1):
        if not ln.strip():
            errors.append(f"line {ln_no}: empty line"); continue
        try:
            q = json.loads(ln)
        except Exception as e:
            errors.append(f"line {ln_no}: bad JSON: {e}"); continue
        qid = q.get("id")
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append(f"{qid}: missing key {k}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.match(r"^M41\d{3}$", str(qid)):
            errors.append(f"{qid}: id does not match M41nnn")
        if q.get("expect") == "answer":
            n_ans += 1
            d = q.get("doc")
            if d not in texts:
                errors.append(f"{qid}: doc {d!r} not in manifest"); continue
            if not q.get("facts"):
                errors.append(f"{qid}: answerable without facts")
            if not (1 <= len(q.get("evidence", [])) <= 3):
                errors.append(f"{qid}: needs 1-3 evidence phrases")
            for ev in q.get("evidence", []):
                nw = len(ev.split())
                if not (6 <= nw <= 18):
                    errors.append(f"{qid}: evidence has {nw} words: {ev!r}")
                if any(c in ev for c in "\u2018\u2019\u201c\u201d"):
                    errors.append(f"{qid}: curly quote in evidence {ev!r}")
                for i, t in enumerate(texts[d]):
                    if norm(ev) not in t:
                        errors.append(f"{qid}: evidence not found in {d} (variant {i}): {ev!r}")
            for g in q.get("facts", []):
                if not isinstance(g, list) or not g:
                    errors.append(f"{qid}: fact group must be a non-empty list"); continue
                if not any(all(norm(alt) in t for t in texts[d]) for alt in g):
                    errors.append(f"{qid}: no alternative of fact group {g} found in {d}")
        elif q.get("expect") == "abstain":
            n_abs += 1
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append(f"{qid}: abstain must have doc null, empty facts and evidence")
        else:
            errors.append(f"{qid}: expect must be answer or abstain")
    per_doc = {}
    for ln in lines:
        try:
            q = json.loads(ln)
        except Exception:
            continue
        if q.get("expect") == "answer":
            per_doc[q["doc"]] = per_doc.get(q["doc"], 0) + 1
    for e in errors:
        print("ERROR", e)
    print(f"questions: {len(lines)} (answerable {n_ans}, abstain {n_abs}); per document: {per_doc}")
    print(f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
