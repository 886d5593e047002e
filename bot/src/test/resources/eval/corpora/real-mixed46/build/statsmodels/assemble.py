#!/usr/bin/env python3
"""Assemble statsmodels.md from the pandoc (gfm) conversions of the four Sphinx pages.
Form-only changes: div wrappers dropped, the 'Contents' (toctree) section of the
Developer Page left out whole, internal links to pages not included made plain text,
the Commit Comments code block shown as a two-column table (same words)."""
import re
parts = ['body-dev-index.md', 'body-dev-get_involved.md', 'body-dev-maintainer_notes.md', 'body-faq.md']
out = []
for p in parts:
    t = open(p, encoding='utf-8').read()
    t = '\n'.join(l for l in t.split('\n') if not re.match(r'^\s*</?div\b[^>]*>\s*$', l))
    if p == 'body-dev-index.md':
        t = t[:t.index('## Contents')]
    if p == 'body-dev-maintainer_notes.md':
        block = re.search(r'\n((?:    [A-Z]{3}: .*\n)+)', t)
        rows = [l.strip() for l in block.group(1).strip('\n').split('\n')]
        w = max(len(r.split(': ', 1)[1]) for r in rows)
        sep = '-------  ' + '-' * w
        table = sep + '\n' + '\n'.join(f"{r.split(': ',1)[0]+':':<7}  {r.split(': ',1)[1]}" for r in rows) + '\n' + sep + '\n'
        t = t.replace(block.group(1), '\n' + table)
        t = t.replace('../_images/git_merge.png', 'git_merge.png')
    # relative links to Sphinx pages not part of this document -> plain text
    t = re.sub(r'\[([^\]]+)\]\((?!https?:|mailto:)[^)\s]*\.html(#[^)]*)?( "[^"]*")?\)', r'\1', t)
    t = re.sub(r'\[([^\]]+)\]\(#[^)]*\)', r'\1', t)
    out.append(t.strip() + '\n')
md = ('---\ntitle: "statsmodels 0.13.5 documentation: Developer Page, Get Involved, Maintainer Notes and Frequently Asked Question"\n---\n\n'
      + '\n\n'.join(out))
md = re.sub(r'\n{3,}', '\n\n', md)
open('statsmodels.md', 'w', encoding='utf-8').write(md)
