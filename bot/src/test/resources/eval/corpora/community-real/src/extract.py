"""Writes the visible text of every document in ../docs to DIR/<id>.txt, the way
tools/verify-corpus.py reads them (pdftotext, pandoc -t plain --wrap=none, tag strip
for HTML, raw Markdown). Used to grep the documents when checking near misses:
    python3 extract.py DIR"""
import html, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def extract(path):
    if path.endswith('.pdf'):
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
    if path.endswith('.docx'):
        return subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', path], capture_output=True, text=True, check=True).stdout
    text = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        text = re.sub(r'<(script|style)\b.*?</\1>', ' ', text, flags=re.S | re.I)
        text = re.sub(r'<!--.*?-->', ' ', text, flags=re.S)
        text = re.sub(r'<[^>]+>', ' ', text)
        text = html.unescape(text)
    return text


out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for m in json.load(open(os.path.join(ROOT, 'manifest.json'))):
    open(os.path.join(out, m['id'] + '.txt'), 'w', encoding='utf-8').write(extract(os.path.join(ROOT, m['file'])))
