#!/usr/bin/env python3
"""Print one element (found by its id) of an HTML file, unchanged, as a small page.

    extract_section.py [--drop-headerlinks] FILE.html ELEMENT_ID [TITLE] > part.html

Used to hand pandoc the article body of a Sphinx page without the site's header,
navigation, sidebar and footer.  The element's markup is copied as it is; with
--drop-headerlinks the Sphinx permalink anchors (<a class="headerlink" ...>¶</a>,
shown on screen only when the mouse is over a heading) are left out, so that the
headings do not end in a stray pilcrow.  No word of the text is changed.
"""
import re, sys

args = sys.argv[1:]
drop = '--drop-headerlinks' in args
args = [a for a in args if a != '--drop-headerlinks']
path, wanted = args[0], args[1]
title = args[2] if len(args) > 2 else ''
src = open(path, encoding='utf-8').read()
m = re.search(r'<(\w+)\b[^>]*\bid="%s"[^>]*>' % re.escape(wanted), src)
if not m:
    sys.exit('id %s not found in %s' % (wanted, path))
tag = m.group(1)
depth = 0
for t in re.finditer(r'<(/?)%s\b[^>]*>' % tag, src[m.start():]):
    depth += -1 if t.group(1) else 1
    if depth == 0:
        end = m.start() + t.end()
        break
else:
    sys.exit('unbalanced <%s>' % tag)
part = src[m.start():end]
if drop:
    part = re.sub(r'<a class="headerlink"[^>]*>[^<]*</a>', '', part)
print('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>' % title)
print(part)
print('</body></html>')
