#!/usr/bin/env python3
"""Rebuild the four documents of real-mixed38 from the originals in build/orig/.
Needs: pandoc, weasyprint. Run from anywhere: python3 build/make_docs.py"""
import gzip, os, re, subprocess, tempfile, html
B = os.path.dirname(os.path.abspath(__file__))
O = os.path.join(B, 'orig')
D = os.path.join(os.path.dirname(B), 'docs')
os.makedirs(D, exist_ok=True)

def rd(p):
    p = os.path.join(O, p)
    return (gzip.open(p, 'rt', encoding='utf-8') if p.endswith('.gz') else open(p, encoding='utf-8')).read()

def lines(text, a, b):
    """1-based inclusive line range"""
    return '\n'.join(text.split('\n')[a-1:b]) + '\n'

def pandoc(src, args, fmt_in='gfm'):
    r = subprocess.run(['pandoc', '-f', fmt_in] + args, input=src, capture_output=True, text=True, check=True)
    return r.stdout

# ---------- 1. Coq: plain text, no extension ----------
coc = rd('coq/CODE_OF_CONDUCT.md.gz')
# drop the HTML licence badge, keep the licence sentence
coc = re.sub(r'<a rel="license".*?</a><br>\n', '', coc, flags=re.S)
coc = re.sub(r'<a rel="license" href="([^"]+)">\s*(.*?)\s*</a>', r'\2 (\1)', coc, flags=re.S)
contrib = rd('coq/CONTRIBUTING.md.gz')
L = contrib.split('\n')
start = next(i for i, l in enumerate(L) if l.startswith('## Becoming a maintainer'))
stop = next(i for i, l in enumerate(L) if l.startswith('### Packaging Coq'))
maint = '\n'.join(L[start:stop]) + '\n'
maint = re.sub(r'\[([^\]]+)\]\[[^\]]*\]', r'\1', maint)  # reference links whose targets are outside the excerpt
# demote: CoC title becomes part 1; contributing sections become part 2
coc_body = re.sub(r'^# Coq Code of Conduct #', '# Coq Code of Conduct', coc, flags=re.M)
md = ("% Coq Code of Conduct; Becoming a Maintainer; Release Management\n\n" + coc_body +
      "\n\n# Guide to contributing to Coq (excerpt)\n\n" + maint)
md = re.sub(r'^(#+) (.*?) #+$', r'\1 \2', md, flags=re.M)
# number the headings (1, 1.1, 1.1.1 ...) as a plain-text document would
def number_headings(t):
    out, cnt, fence = [], [0]*7, False
    for l in t.split('\n'):
        if l.startswith('```'):
            fence = not fence
        m = None if fence else re.match(r'^(#+) (.*)$', l)
        if m:
            lv = len(m.group(1)); cnt[lv] += 1
            for k in range(lv+1, 7): cnt[k] = 0
            num = '.'.join(str(cnt[k]) for k in range(1, lv+1))
            l = m.group(1) + ' ' + num + (('. ' if lv == 1 else ' ') + m.group(2))
        out.append(l)
    return '\n'.join(out)
md = number_headings(md)
txt = pandoc(md, ['-t', 'plain', '--columns=76', '-s'], fmt_in='markdown-smart')
hdr = ("COQ CODE OF CONDUCT\n"
       "AND GUIDE TO CONTRIBUTING TO COQ (EXCERPT: BECOMING A MAINTAINER,\n"
       "RELEASE MANAGEMENT)\n\n"
       "Source: Debian package coq 8.16.1+dfsg-1+b2, files\n"
       "        /usr/share/doc/coq/CODE_OF_CONDUCT.md.gz and CONTRIBUTING.md.gz\n"
       "================================================================\n\n")
txt = re.sub(r'^.*?\n\n', '', txt, count=1, flags=re.S) if txt.startswith('Coq Code of Conduct;') else txt
open(os.path.join(D, 'COQ_CONDUCT_AND_MAINTAINERS'), 'w').write(hdr + txt)

# ---------- 2. OpenAPI: HTML ----------
gov = rd('openapi-specification/GOVERNANCE.md')
dev = rd('openapi-specification/DEVELOPMENT.md.gz')
# make the two files two parts: demote every heading one level
def demote(t):
    return re.sub(r'^(#+) ', lambda m: '#' + m.group(1) + ' ', t, flags=re.M)
gov_md = demote(gov)
dev_md = demote(dev)
frag_gov = pandoc(gov_md, ['-t', 'html5'])
frag_dev = pandoc(dev_md, ['-t', 'html5'])
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>OpenAPI Specification: Governance and Development Guidelines</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: Georgia, serif; margin: 0; color: #222; background: #fafafa; }}
header {{ background: #173647; color: #fff; padding: 1.2em 2em; }}
header h1 {{ margin: 0; font-size: 1.6em; }}
nav {{ background: #e6eef2; padding: .6em 2em; }}
nav a {{ margin-right: 1.5em; color: #173647; }}
main {{ max-width: 52em; margin: 0 auto; padding: 1em 2em; background: #fff; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
td, th {{ border: 1px solid #999; padding: .3em .6em; text-align: left; }}
code {{ background: #eee; padding: 0 .2em; }}
footer {{ font-size: .85em; color: #555; padding: 1em 2em; border-top: 1px solid #ccc; }}
</style>
<script>/* no scripts needed */</script>
</head>
<body>
<header>
<h1>OpenAPI Specification: Governance and Development Guidelines</h1>
<p>GOVERNANCE.md and DEVELOPMENT.md of the OpenAPI Specification repository (OAI/OpenAPI-Specification)</p>
</header>
<nav><a href="#governance-part">Governance (TSC processes)</a> <a href="#development-part">Development Guidelines</a></nav>
<main>
<table>
<tr><th>Document</th><th>Source file</th><th>Debian package</th></tr>
<tr><td>Part 1: Governance</td><td>GOVERNANCE.md</td><td>openapi-specification 3.1.0-1</td></tr>
<tr><td>Part 2: Development Guidelines</td><td>DEVELOPMENT.md</td><td>openapi-specification 3.1.0-1</td></tr>
</table>
<section id="governance-part">
{frag_gov}
</section>
<section id="development-part">
{frag_dev}
</section>
</main>
<footer>Copyright 2021, OpenAPI Initiative TSC. Licensed under the Apache License, Version 2.0. Reproduced from the Debian package openapi-specification 3.1.0-1.</footer>
</body>
</html>
'''
open(os.path.join(D, 'openapi-governance-and-development.html'), 'w').write(page)

# ---------- 3. OpenRefine: DOCX ----------
orgov = rd('openrefine/GOVERNANCE.md.gz')
orsec = rd('openrefine/SECURITY.md')
orcon = rd('openrefine/CONTRIBUTING.md.gz')
info = ('| Part | Source file | Debian package |\n|---|---|---|\n'
        '| Governance Model | GOVERNANCE.md | openrefine 3.6.2-2+deb12u3 |\n'
        '| Contributing | CONTRIBUTING.md | openrefine 3.6.2-2+deb12u3 |\n'
        '| Security Policy | SECURITY.md | openrefine 3.6.2-2+deb12u3 |\n\n')
def unlink(t):
    # keep link texts as plain text, so every word is an ordinary run in the docx
    return re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', t)
orgov, orcon, orsec = unlink(orgov), unlink(orcon), unlink(orsec)
md = ('---\ntitle: "OpenRefine Governance Model, Contributing Guide and Security Policy"\n---\n\n' + info +
      orgov + '\n\n# Contributing to OpenRefine\n\n' + orcon + '\n\n' + re.sub(r'^# ', '# ', orsec, flags=re.M))
with tempfile.NamedTemporaryFile('w', suffix='.md', delete=False) as f:
    f.write(md)
subprocess.run(['pandoc', '-f', 'gfm+yaml_metadata_block-autolink_bare_uris', f.name, '-o', os.path.join(D, 'openrefine-governance-contributing-security.docx')], check=True)
os.unlink(f.name)

# ---------- 4. ClamAV: PDF ----------
sec = rd('clamav/SECURITY.md.gz')
readme = rd('clamav/README.md.gz')
R = readme.split('\n')
def sect(title):
    i = next(k for k, l in enumerate(R) if l.strip() == title)
    j = next(k for k in range(i + 1, len(R)) if R[k].startswith('## '))
    return '\n'.join(R[i:j]) + '\n'
rd_parts = ('# From the ClamAV README\n\n' + 'ClamAV® is an open source antivirus engine for detecting trojans, viruses,\n'
            'malware & other malicious threats.\n\n' +
            ''.join(sect(t) for t in ['## Documentation & FAQ', '## Join the ClamAV Community', '## Want to make a contribution?', '## Licensing']))
frag1 = pandoc(sec, ['-t', 'html5'])
frag2 = pandoc(rd_parts, ['-t', 'html5'])
pdfhtml = f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>ClamAV Security Policy</title>
<style>
@page {{ size: A4; margin: 2.2cm 2cm 2.4cm 2cm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #444; }}
  @top-right {{ content: "ClamAV Security Policy"; font-size: 8pt; color: #777; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; }}
h1 {{ font-size: 17pt; color: #1d3c5a; }} h2 {{ font-size: 13pt; color: #1d3c5a; }} h3 {{ font-size: 11.5pt; }}
pre {{ background: #f2f2f2; padding: 6pt; font-size: 8.5pt; white-space: pre-wrap; }}
code {{ font-size: 9pt; }}
table {{ border-collapse: collapse; width: 100%; margin: 8pt 0 14pt; }}
td, th {{ border: 1px solid #888; padding: 4pt 6pt; font-size: 9.5pt; text-align: left; }}
blockquote {{ border-left: 3px solid #aaa; margin-left: 0; padding-left: 10pt; color: #333; }}
</style></head><body>
<table>
<tr><th>Part</th><th>Source file</th><th>Debian package</th></tr>
<tr><td>ClamAV Security Policy</td><td>SECURITY.md</td><td>clamav-doc 1.4.6+dfsg-0+deb12u1</td></tr>
<tr><td>From the ClamAV README (documentation, community, contributions, licensing)</td><td>README.md</td><td>clamav-doc 1.4.6+dfsg-0+deb12u1</td></tr>
</table>
{frag1}
{frag2}
</body></html>'''
with tempfile.NamedTemporaryFile('w', suffix='.html', delete=False) as f:
    f.write(pdfhtml)
subprocess.run(['weasyprint', f.name, os.path.join(D, 'clamav-security-policy.pdf')], check=True, capture_output=True)
os.unlink(f.name)
print('built:', sorted(os.listdir(D)))
