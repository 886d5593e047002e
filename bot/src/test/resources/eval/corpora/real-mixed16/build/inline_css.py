#!/usr/bin/env python3
"""Makes docs/committing-code.html from the page python-django-doc ships: the page is kept
byte for byte except that its three <link rel="stylesheet"> elements are replaced by <style>
elements holding the shipped stylesheets (so the page keeps its look outside the package)."""
import re, sys
STATIC = sys.argv[1]          # .../html/_static
src, out = sys.argv[2], sys.argv[3]
def css(name):
    text = open(f'{STATIC}/{name}', encoding='utf-8').read()
    # resolve @import url(x.css); of default.css
    return re.sub(r'@import url\(([^)]+)\);', lambda m: css(m.group(1)), text)
page = open(src, encoding='utf-8').read()
def repl(m):
    name = m.group(1).rsplit('/', 1)[-1]
    return f'<style>/* {name} as shipped */\n{css(name)}\n</style>'
page, n = re.subn(r'<link rel="stylesheet"[^>]*href="\.\./\.\./_static/([^"]+)"[^>]*/>', repl, page)
assert n == 3, n
open(out, 'w', encoding='utf-8').write(page)
