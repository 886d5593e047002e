"""Prints the visible text of one document the way tools/verify-corpus.py reads it:
python3 src/extract.py docs/FILE"""
import html, re, subprocess, sys

path = sys.argv[1]
if path.endswith('.pdf'):
    text = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True, check=True).stdout
elif path.endswith('.docx'):
    text = subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', path], capture_output=True, text=True, check=True).stdout
else:
    text = open(path, encoding='utf-8').read()
    if path.endswith('.html'):
        text = re.sub(r'<(script|style)\b.*?</\1>', ' ', text, flags=re.S | re.I)
        text = re.sub(r'<!--.*?-->', ' ', text, flags=re.S)
        text = re.sub(r'<[^>]+>', ' ', text)
        text = html.unescape(text)
print(text)
