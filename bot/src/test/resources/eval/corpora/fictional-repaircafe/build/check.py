#!/usr/bin/env python3
"""Checker for the fictional-repaircafe evaluation set.
Extracts visible text of each document and checks questions.jsonl against it.
Usage: python3 build/check.py [--dump DIR] [--words]"""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
        if tag in ("p", "li", "tr", "td", "th", "dt", "dd", "h1", "h2", "h3", "br", "div"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in ("td", "th"): self.out.append(" ")
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def text_of(path):
    if path.endswith(".html"):
        v = Vis(); v.feed(open(path, encoding="utf-8").read()); return ["".join(v.out)]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return ["\n".join(parts)]
    if path.endswith(".pdf"):
        a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return [a, b]
    return [open(path, encoding="utf-8").read()]

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()

def main():
    errors = []
    man = json.load(open(os.path.join(ROOT, "manifest.json")))
    texts = {}
    for m in man:
        texts[m["id"]] = [norm(t) for t in text_of(os.path.join(ROOT, m["file"]))]
    if "--words" in sys.argv:
        for m in man:
            print(m["file"], m["id"], len(texts[m["id"]][0].split()), "words")
    if "--dump" in sys.argv:
        d = sys.argv[sys.argv.index("--dump") + 1]; os.makedirs(d, exist_ok=True)
        for m in man:
            for i, t in enumerate(text_of(os.path.join(ROOT, m["file"]))):
                open(os.path.join(d, "%s.%d.txt" % (m["id"], i)), "w").write(t)
    ids = set(); n = {"answer": 0, "abstain": 0}
    for ln, line in enumerate(open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8"), 1):
        if not line.strip(): continue
        try: q = json.loads(line)
        except Exception as e: errors.append("line %d: bad JSON %s" % (ln, e)); continue
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q: errors.append("%s: missing %s" % (q.get("id", ln), k))
        if q["id"] in ids: errors.append("%s: duplicate id" % q["id"])
        ids.add(q["id"])
        if q["expect"] not in n: errors.append("%s: bad expect" % q["id"]); continue
        n[q["expect"]] += 1
        if q["expect"] == "abstain":
            if q["doc"] is not None or q["facts"] or q["evidence"]:
                errors.append("%s: abstain must have doc null, no facts/evidence" % q["id"])
            continue
        if q["doc"] not in texts: errors.append("%s: doc %s not in manifest" % (q["id"], q["doc"])); continue
        ts = texts[q["doc"]]
        if not q["evidence"] or not q["facts"]: errors.append("%s: needs facts and evidence" % q["id"])
        for ev in q["evidence"]:
            w = len(ev.split())
            if not 6 <= w <= 18: errors.append("%s: evidence length %d: %s" % (q["id"], w, ev))
            if not all(norm(ev) in t for t in ts): errors.append("%s: evidence not found: %s" % (q["id"], ev))
        for g in q["facts"]:
            if not any(all(norm(a) in t for t in ts) for a in g):
                errors.append("%s: no fact alternative found: %s" % (q["id"], g))
    print("questions:", len(ids), "answer:", n["answer"], "abstain:", n["abstain"])
    for e in errors: print("ERROR", e)
    print(len(errors), "errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
