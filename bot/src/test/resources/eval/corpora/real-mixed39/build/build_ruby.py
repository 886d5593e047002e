#!/usr/bin/env python3
"""Build docs/contributing-to-ruby.docx from 'Contributing to Ruby'
(doc/contributing.rdoc of Ruby 3.1, as shipped in Debian's ruby3.1-doc
3.1.7+really3.1.2-0+deb12u1 package as the ri page page-contributing_rdoc.ri).
Step 1 (ri2md.rb, needs ruby): ri page -> Markdown (originals/ruby-3.1-contributing.md).
Step 2 (this script): the feature-proposal template (a definition list) becomes
a two-column table, hyperlinks are flattened to their link text, and pandoc
(markdown-smart, so quotes stay straight) makes the .docx."""
import os, re, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
md = open(os.path.join(HERE, 'originals', 'ruby-3.1-contributing.md'), encoding='utf-8').read()

start = md.index('Abstract\n:')
end = md.index('## Backport Requests')
block = md[start:end]
rows = []
for m in re.finditer(r'^(\S[^\n]*)\n:   (.*?)(?=^\S[^\n]*\n:   |\Z)', block, re.S | re.M):
    term = m.group(1).strip()
    desc = ' '.join(m.group(2).split())
    rows.append((term, desc))
assert len(rows) == 9, rows
table = '| Section | What to write |\n|---|---|\n' + '\n'.join('| %s | %s |' % r for r in rows) + '\n\n'
md = md[:start] + table + md[end:]
# unwrap hard-wrapped link text that ri2md split across lines
md = re.sub(r'(https?://[^\s)]*)-\n([^\s)]+)', r'\1-\2', md)
md = re.sub(r'(https?://[^\s)]*)\n([^\s)]+)', r'\1\2', md)
md = re.sub(r'(\(https?://[^\s)]*)\n\s+([^\s)]*\))', r'\1\2', md)
md = md.replace('mailto:security@ruby-lang.org', 'security@ruby-lang.org')
# hyperlinks are flattened to their link text, so that every docx text
# extractor sees the words (python-docx 0.8 drops the text of w:hyperlink runs)
md = re.sub(r'\[([^\]]+)\]\(([^)\s]+)\)', lambda m: m.group(1), md)
# inline code spans that ri2md hard-wrapped: collapse the inner whitespace
md = re.sub(r'`([^`]+)`', lambda m: '`' + ' '.join(m.group(1).split()) + '`', md)
out_md = os.path.join(HERE, 'ruby-contributing.md')
open(out_md, 'w', encoding='utf-8').write(md)
dst = os.path.join(HERE, '..', 'docs', 'contributing-to-ruby.docx')
subprocess.run(['pandoc', out_md, '-f', 'markdown-smart', '-t', 'docx', '-o', dst], check=True)
print(dst)
