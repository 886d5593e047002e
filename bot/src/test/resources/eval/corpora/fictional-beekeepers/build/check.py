#!/usr/bin/env python3
"""Checker for the fictional-beekeepers evaluation set.

Extracts the visible text of each document in manifest.json and checks
questions.jsonl: valid JSON, unique ids, doc ids in the manifest, evidence
phrases present in the document text (whitespace normalised), at least one
alternative of every fact group present in the document text, abstain
questions shaped correctly. For the PDF, text is extracted both with
`pdftotext -layout` and without it, and evidence must be found in both.

Usage: python3 build/check.py [--words] [--dump DIR]
"""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Visible(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "br", "summary", "details", "section", "header", "footer", "nav", "aside",
             "main", "ol", "ul", "table", "thead", "tbody"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(path):
    p = _Visible()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


def docx_text(path):
    import docx
    d = docx.Document(str(path))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(path, layout):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def texts_for(path):
    """Return a list of (label, text) extractions for a document."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return [("pdftotext -layout", pdf_text(path, True)), ("pdftotext", pdf_text(path, False))]
    if suffix in (".html", ".htm"):
        return [("html", html_text(path))]
    if suffix == ".docx":
        return [("docx", docx_text(path))]
    return [("plain", path.read_text(encoding="utf-8"))]


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    manifest = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
    docs = {}
    for m in manifest:
        for key in ("file", "id", "title"):
            if key not in m:
                errors.append(f"manifest entry missing {key}: {m}")
        path = ROOT / m["file"]
        if not path.exists():
            errors.append(f"missing document {m['file']}")
            continue
        docs[m["id"]] = [(label, norm(t), t) for label, t in texts_for(path)]

    if "--words" in sys.argv:
        for m in manifest:
            raw = docs[m["id"]][-1][2]
            print(f"{m['file']:45s} {m['id']:18s} {len(raw.split()):5d} words")

    if "--dump" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--dump") + 1])
        out.mkdir(parents=True, exist_ok=True)
        for did, variants in docs.items():
            for label, _, raw in variants:
                name = f"{did}.{label.replace(' ', '').replace('-', '')}.txt"
                (out / name).write_text(raw, encoding="utf-8")

    ids = set()
    counts = {"answer": 0, "abstain": 0}
    per_doc = {}
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
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
        for key in ("id", "doc", "q", "expect", "facts", "evidence"):
            if key not in q:
                errors.append(f"{qid or n}: missing key {key}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"BK\d{3}", qid or ""):
            errors.append(f"{qid}: id does not match BK###")
        exp = q.get("expect")
        if exp not in counts:
            errors.append(f"{qid}: expect must be answer or abstain")
            continue
        counts[exp] += 1
        if exp == "abstain":
            if q.get("doc") is not None or q.get("facts") or q.get("evidence"):
                errors.append(f"{qid}: abstain question must have doc null, no facts, no evidence")
            continue
        did = q.get("doc")
        if did not in docs:
            errors.append(f"{qid}: doc {did!r} not in manifest")
            continue
        per_doc[did] = per_doc.get(did, 0) + 1
        facts = q.get("facts") or []
        if not facts:
            errors.append(f"{qid}: answerable question has no facts")
        for group in facts:
            if not isinstance(group, list) or not group:
                errors.append(f"{qid}: fact group must be a non-empty list: {group!r}")
                continue
            for label, text, _ in docs[did]:
                if not any(norm(alt) in text for alt in group):
                    errors.append(f"{qid}: no alternative of fact group {group} in {did} ({label})")
        ev = q.get("evidence") or []
        if not ev:
            errors.append(f"{qid}: answerable question has no evidence")
        for phrase in ev:
            wc = len(phrase.split())
            if not 6 <= wc <= 18:
                errors.append(f"{qid}: evidence phrase has {wc} words: {phrase!r}")
            for label, text, _ in docs[did]:
                if norm(phrase) not in text:
                    errors.append(f"{qid}: evidence not found in {did} ({label}): {phrase!r}")

    print(f"questions: {len(lines)}  answerable: {counts['answer']}  abstain: {counts['abstain']}")
    print("answerable per doc: " + ", ".join(f"{k}={v}" for k, v in sorted(per_doc.items())))
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
