#!/usr/bin/env python3
"""pod2html turns a POD "=over" block that has no "=item" lines into <ul> holding bare <p>
paragraphs (invalid HTML that pandoc drops). Turn such blocks into <blockquote> so that the
paragraphs (the Mojolicious "Rules" and "Voting Rules") survive the conversion. Text unchanged."""
import re, sys
path = sys.argv[1]
t = open(path, encoding='utf-8').read()
def fix(m):
    inner = m.group(1)
    return inner if '<li' in inner else '<blockquote>' + inner + '</blockquote>'
t2 = re.sub(r'<ul>((?:(?!<ul>|</ul>).)*?)</ul>', lambda m: m.group(0) if '<li' in m.group(1) else '<blockquote>' + m.group(1) + '</blockquote>', t, flags=re.S)
open(path, 'w', encoding='utf-8').write(t2)
print(t.count('<ul>') - t2.count('<ul>'), 'item-less <ul> blocks turned into <blockquote>')
