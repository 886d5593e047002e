#!/usr/bin/env python3
"""Checker for the fictional-bellringers evaluation set.

Extracts the visible text of every document in manifest.json and checks
questions.jsonl: valid JSON, unique ids, known doc ids, required keys,
evidence phrases found verbatim (whitespace-normalised) in the document's
text, and at least one alternative of every fact group found in the text.

Usage: python3 build/check.py [--words] [--dump DIR] [--grep WORD ...]
"""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Visible(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in ("br", "p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "div",
                     "section", "header", "footer", "nav", "main", "caption", "table", "ul", "ol"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth = max(0, self.depth - 1)
        elif tag in ("p", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "div", "caption"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(path):
    p = _Visible()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out.append(cell.text)
    return "\n".join(out)


def pdf_texts(path):
    a = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    b = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [a, b]


def texts_for(path):
    suf = path.suffix.lower()
    if suf in (".html", ".htm"):
        return [html_text(path)]
    if suf == ".docx":
        return [docx_text(path)]
    if suf == ".pdf":
        return pdf_texts(path)
    return [path.read_text(encoding="utf-8")]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return len([w for w in s.split() if re.search(r"[A-Za-z0-9]", w)])


def main(argv):
    errors = []
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    docs = {}
    for m in manifest:
        for k in ("file", "id", "title"):
            if k not in m:
                errors.append(f"manifest entry missing {k}: {m}")
        path = ROOT / m["file"]
        if not path.exists():
            errors.append(f"missing document {m['file']}")
            continue
        raw = texts_for(path)
        docs[m["id"]] = {"raw": raw, "norm": [norm(t) for t in raw], "file": m["file"]}

    if "--words" in argv:
        for i, d in docs.items():
            print(f"{i:22s} {d['file']:40s} words={words(d['raw'][-1])}")
    if "--dump" in argv:
        out = Path(argv[argv.index("--dump") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for i, d in docs.items():
            for n, t in enumerate(d["raw"]):
                (out / f"{i}.{n}.txt").write_text(t, encoding="utf-8")
    if "--grep" in argv:
        for w in argv[argv.index("--grep") + 1:]:
            for i, d in docs.items():
                for line in d["raw"][-1].splitlines():
                    if w.lower() in line.lower():
                        print(f"[{w}] {i}: {line.strip()}")
        return 0

    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    n = 0
    for lineno, line in enumerate((ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        n += 1
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {lineno}: invalid JSON: {e}")
            continue
        for k in ("id", "doc", "q", "expect", "facts", "evidence"):
            if k not in q:
                errors.append(f"line {lineno}: missing key {k}")
        qid = q.get("id")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not str(qid).startswith("BL"):
            errors.append(f"{qid}: id prefix should be BL")
        exp = q.get("expect")
        if exp not in counts:
            errors.append(f"{qid}: expect must be answer or abstain")
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append(f"{qid}: abstain must have doc null, empty facts and evidence")
            continue
        did = q.get("doc")
        if did not in docs:
            errors.append(f"{qid}: doc {did!r} not in manifest")
            continue
        per_doc[did] = per_doc.get(did, 0) + 1
        texts = docs[did]["norm"]
        facts = q.get("facts") or []
        if not (1 <= len(facts) <= 3):
            errors.append(f"{qid}: expected 1-2 fact groups, got {len(facts)}")
        for g in facts:
            if not isinstance(g, list) or not g:
                errors.append(f"{qid}: fact group must be a non-empty list: {g!r}")
                continue
            if not any(norm(alt) in t for alt in g for t in texts):
                errors.append(f"{qid}: no alternative of fact group {g!r} found in {did}")
        ev = q.get("evidence") or []
        if not (1 <= len(ev) <= 3):
            errors.append(f"{qid}: expected 1-3 evidence phrases, got {len(ev)}")
        for e in ev:
            wc = len(e.split())
            if wc < 6 or wc > 18:
                errors.append(f"{qid}: evidence phrase has {wc} words (want 6-18): {e!r}")
            # must be found in every extraction of the document (e.g. pdf with and without -layout)
            for t, rawt in zip(texts, docs[did]["raw"]):
                if norm(e) not in t:
                    errors.append(f"{qid}: evidence not found in {did}: {e!r}")
                    break

    print(f"questions: {n}  answerable: {counts['answer']}  abstain: {counts['abstain']}")
    print("answerable per doc: " + ", ".join(f"{k}={v}" for k, v in sorted(per_doc.items())))
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
