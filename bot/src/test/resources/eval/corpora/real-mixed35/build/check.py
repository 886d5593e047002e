#!/usr/bin/env python3
"""Checker for the real-mixed35 evaluation set.

Extracts the visible text of each document in manifest.json:
  - plain text: as is
  - .html: without tags, scripts and styles
  - .docx: python-docx paragraphs and table cells
  - .pdf: pdftotext -layout AND pdftotext (raw); a phrase passes if found in either
  - .md: as is
and checks every line of questions.jsonl: valid JSON, required keys, unique ids,
doc ids in the manifest, evidence phrases found in the document text
(whitespace normalised, case-sensitive first, then case-insensitive),
at least one alternative of every fact group found in the document text
(case-insensitive), abstain items well formed.

Usage: python3 build/check.py [--words] [--dump DIR] [--grep WORD ...]
"""
import html
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


class _Text(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}
    BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "td", "th", "table", "section", "header", "footer", "nav", "main",
             "pre", "br", "hr", "dt", "dd", "blockquote", "address", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _Text()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.out)


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
    a = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return [a, b]


def doc_texts(path):
    """Return a list of alternative extractions of the visible text."""
    low = path.lower()
    if low.endswith(".html") or low.endswith(".htm"):
        return [html_text(path)]
    if low.endswith(".docx"):
        return [docx_text(path)]
    if low.endswith(".pdf"):
        return pdf_texts(path)
    with open(path, encoding="utf-8") as f:
        return [f.read()]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def main():
    args = sys.argv[1:]
    errors = []
    with open(os.path.join(SET, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    docs = {}
    for m in manifest:
        for k in ("file", "id", "title"):
            if k not in m:
                errors.append("manifest entry without %s: %r" % (k, m))
        path = os.path.join(SET, m["file"])
        if not os.path.exists(path):
            errors.append("missing file %s" % m["file"])
            continue
        docs[m["id"]] = [norm(t) for t in doc_texts(path)]

    if "--words" in args:
        for m in manifest:
            t = docs.get(m["id"], [""])
            print("%-32s %-22s %5d words" % (m["file"], m["id"], len(t[0].split())))
    if "--dump" in args:
        d = args[args.index("--dump") + 1]
        os.makedirs(d, exist_ok=True)
        for k, ts in docs.items():
            for i, t in enumerate(ts):
                with open(os.path.join(d, "%s.%d.txt" % (k, i)), "w", encoding="utf-8") as f:
                    f.write(t)
    if "--grep" in args:
        words = args[args.index("--grep") + 1:]
        for w in words:
            for k, ts in docs.items():
                for t in ts[:1]:
                    for mm in re.finditer(re.escape(w), t, re.I):
                        s = max(0, mm.start() - 80)
                        print("[%s] %s: ...%s..." % (w, k, t[s:mm.end() + 80]))
        return

    ids = set()
    n = {"answer": 0, "abstain": 0}
    with open(os.path.join(SET, "questions.jsonl"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            errors.append("line %d: empty line" % ln)
            continue
        try:
            q = json.loads(line)
        except Exception as e:  # noqa
            errors.append("line %d: invalid JSON: %s" % (ln, e))
            continue
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append("line %d: missing key %s" % (ln, k))
        qid = q.get("id")
        if qid in ids:
            errors.append("line %d: duplicate id %s" % (ln, qid))
        ids.add(qid)
        exp = q.get("expect")
        if exp not in ("answer", "abstain"):
            errors.append("%s: bad expect %r" % (qid, exp))
            continue
        n[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append("%s: abstain item must have doc null, empty facts and evidence" % qid)
            continue
        did = q.get("doc")
        if did not in docs:
            errors.append("%s: doc %r not in manifest" % (qid, did))
            continue
        texts = docs[did]
        facts = q.get("facts") or []
        if not facts:
            errors.append("%s: answerable question without facts" % qid)
        for g in facts:
            if not isinstance(g, list) or not g:
                errors.append("%s: fact group must be a non-empty list: %r" % (qid, g))
                continue
            if not any(norm(alt).lower() in t.lower() for alt in g for t in texts):
                errors.append("%s: no alternative of fact group %r found in %s" % (qid, g, did))
        ev = q.get("evidence") or []
        if not ev:
            errors.append("%s: answerable question without evidence" % qid)
        for e in ev:
            ne = norm(e)
            wc = len(ne.split())
            if wc < 6 or wc > 18:
                errors.append("%s: evidence phrase has %d words (6-18 wanted): %r" % (qid, wc, e))
            if not any(ne in t for t in texts):
                if any(ne.lower() in t.lower() for t in texts):
                    errors.append("%s: evidence found only case-insensitively: %r" % (qid, e))
                else:
                    errors.append("%s: evidence not found in %s: %r" % (qid, did, e))
    for e in errors:
        print("ERROR:", e)
    print("questions: %d answerable, %d abstain, %d total" % (n["answer"], n["abstain"], n["answer"] + n["abstain"]))
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
