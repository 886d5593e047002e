#!/usr/bin/env python3
"""Build docs/HAPROXY-STARTER-GUIDE: an excerpt (header, sections 1, 3.7 and 5)
of the HAProxy Starter Guide, version 2.6 (doc/intro.txt as shipped in Debian's
haproxy 2.6.12-1+deb12u4 package, /usr/share/doc/haproxy/intro.txt.gz).
The text is copied verbatim; only the summary is cut down to the sections kept
and a one-line excerpt note is added."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, 'originals', 'haproxy-2.6-intro.txt'), encoding='utf-8').read().split('\n')

def lines(a, b):            # 1-based inclusive line numbers of the original
    return src[a-1:b]

def find(prefix, start=0):
    for i in range(start, len(src)):
        if src[i].startswith(prefix):
            return i + 1
    raise SystemExit('not found: ' + prefix)

s_sum = find('Summary')
s1 = find('1. Available documentation', s_sum + 5)
s2 = find('2. Quick introduction', s1)
s37 = find('3.7. How to get HAProxy', s2)
s4 = find('4. Companion products', s37)
s5 = find('5. Contacts', s4)

out = []
out += lines(1, s_sum - 1)                 # title block, introduction, note
out += ['Summary', '-------', '',
        '[Excerpt: this copy contains only sections 1, 3.7 and 5 of the guide.]', '',
        '1. Available documentation', '',
        '3.7.      How to get HAProxy', '',
        '5. Contacts', '', '']
out += lines(s1, s2 - 1)
out += lines(s37, s4 - 1)
out += lines(s5, len(src))
text = '\n'.join(out).rstrip('\n') + '\n'
dst = os.path.join(HERE, '..', 'docs', 'HAPROXY-STARTER-GUIDE')
open(dst, 'w', encoding='utf-8').write(text)
print(dst, len(text.split()), 'words')
