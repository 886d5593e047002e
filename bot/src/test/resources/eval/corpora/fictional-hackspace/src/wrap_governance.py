#!/usr/bin/env python3
"""Builds docs/GOVERNANCE from src/GOVERNANCE.in: wraps each paragraph at 76
columns with a hanging indent; lines starting with '|' are kept verbatim."""
import re, sys, textwrap
src, out = sys.argv[1], sys.argv[2]
res = []
for line in open(src, encoding='utf-8').read().splitlines():
    if line.startswith('|'):
        res.append(line[1:].rstrip())
        continue
    if not line.strip():
        res.append('')
        continue
    m = re.match(r'^(\s*(?:\d+\.\d+\s+|\([a-z]\)\s+)?)(.*)$', line)
    lead, body = m.group(1), m.group(2)
    res.extend(textwrap.wrap(body, width=76, initial_indent=lead,
                             subsequent_indent=' ' * len(lead),
                             break_on_hyphens=False, break_long_words=False))
open(out, 'w', encoding='utf-8').write('\n'.join(res) + '\n')
