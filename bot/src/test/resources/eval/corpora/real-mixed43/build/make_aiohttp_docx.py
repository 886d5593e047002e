#!/usr/bin/env python3
"""Build docs/aiohttp-contributing-and-compatibility.docx from the reStructuredText sources of the
aiohttp 3.8.4 documentation shipped in the Debian package python-aiohttp-doc
(/usr/share/doc/python-aiohttp-doc/html/_sources/: index.rst.txt, contributing.rst.txt, faq.rst.txt).
Whole sections are kept: from the home page (index) the sections Source code, Dependencies,
Communication channels, Contributing, Authors and License and Policy for Backward Incompatible
Changes; the whole Contributing page; from the FAQ the question "What is the API stability and
deprecation policy?". Sphinx roles are turned into plain text or code; the words are unchanged.
A short "About this document" table is added at the top."""
import os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(HERE, 'originals', 'aiohttp')

def read(n):
    return open(os.path.join(O, n), encoding='utf-8').read()

def sections(text, underline):
    """split into (title, body) by a given underline char (title line followed by underline)."""
    lines = text.split('\n')
    heads = [i for i in range(len(lines) - 1)
             if lines[i].strip() and re.fullmatch(re.escape(underline) + '{3,}', lines[i + 1].strip())
             and (i == 0 or not re.fullmatch(re.escape(underline) + '{3,}', lines[i - 1].strip()))]
    out = {}
    for a, b in zip(heads, heads[1:] + [len(lines)]):
        out[lines[a].strip()] = '\n'.join(lines[a + 2:b]).strip('\n')
    return out

def clean(t):
    t = re.sub(r':(?:ref|doc):`([^`<]+?)\s*<[^>]+>`', r'\1', t)
    t = re.sub(r':(?:ref|doc):`([^`]+)`', r'\1', t)
    t = re.sub(r':term:`([^`]+)`', r'\1', t)
    t = re.sub(r':(?:class|exc|meth|func|mod|attr):`~?([^`]+)`', r'``\1``', t)
    t = re.sub(r'^\.\. _[^:]+:.*$', '', t, flags=re.M)          # link targets / labels
    t = t.replace('GitHub_', '`GitHub <https://github.com/aio-libs/aiohttp>`__')
    t = t.replace('black_', '`black <https://pypi.python.org/pypi/black>`__')
    t = t.replace('isort_', '`isort <https://pypi.python.org/pypi/isort>`__')
    t = re.sub(r'`Changelog update`_', 'Changelog update', t)
    return t

def sec(title, body, ch):
    return f'{title}\n{ch * len(title)}\n\n{body}\n\n'

idx = sections(read('index.rst.txt'), '=')
con = read('contributing.rst.txt')
con_secs = sections(con, '-')
faq = sections(read('faq.rst.txt'), '-')

doc = []
doc.append('About this document\n' + '=' * 19 + '\n\n'
           '=================  ==========================================================\n'
           'Item               Details\n'
           '=================  ==========================================================\n'
           'Project            aiohttp (aio-libs), version 3.8.4\n'
           'Taken from         Debian package python-aiohttp-doc 3.8.4-1+deb12u2\n'
           'Pages              Welcome to AIOHTTP (excerpt), Contributing, FAQ (excerpt)\n'
           'Licence            Apache License 2.0\n'
           '=================  ==========================================================\n\n')
doc.append('Welcome to AIOHTTP\n' + '=' * 18 + '\n\n'
           'Asynchronous HTTP Client/Server for asyncio and Python.\n\n')
for t in ['Source code', 'Dependencies', 'Communication channels', 'Contributing', 'Authors and License',
          'Policy for Backward Incompatible Changes']:
    doc.append(sec(t, clean(idx[t]), '-'))
doc.append('Contributing\n' + '=' * 12 + '\n\n')
for t, b in con_secs.items():
    doc.append(sec(t, clean(b), '-'))
doc.append('FAQ\n===\n\n')
t = 'What is the API stability and deprecation policy?'
doc.append(sec(t, clean(faq[t]), '-'))
rst = ''.join(doc)
open(os.path.join(HERE, 'aiohttp-combined.rst'), 'w', encoding='utf-8').write(rst)
out = os.path.join(HERE, '..', 'docs', 'aiohttp-contributing-and-compatibility.docx')
subprocess.run(['pandoc', '-f', 'rst', '-t', 'docx', '--metadata', 'title=aiohttp: Contributing, Communication and Compatibility Policy',
                '-o', out, os.path.join(HERE, 'aiohttp-combined.rst')], check=True)
import docx
d = docx.Document(out)
words = sum(len(p.text.split()) for p in d.paragraphs) + sum(len(c.text.split()) for tb in d.tables for r in tb.rows for c in r.cells)
print('words', words)
