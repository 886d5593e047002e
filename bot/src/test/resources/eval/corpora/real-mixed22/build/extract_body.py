#!/usr/bin/env python3
"""Cut the document body out of two pages as their Debian packages ship them.

1. build/src/sqlite-codeofethics.html (sqlite3-doc, codeofethics.html):
   everything from <div class=fancy> (the page title "Code Of Ethics") to the
   end of the file, i.e. the page body without the site's logo, menus, search
   form and menu script. Written to build/sqlite-codeofethics-body.html, with
   the page's own <title>, for pandoc to turn into the DOCX.

2. build/src/sympy-contributing-deprecations.html (python-sympy-doc,
   contributing/deprecations.html): the <article role="main"> element, i.e.
   the page body without the Furo theme's sidebars, header and footer. Written
   to build/sympy-deprecations-body.html for pandoc to wrap with the print
   stylesheet before WeasyPrint prints it.

The text inside each cut is not changed.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(HERE, 'src', name), encoding='utf-8') as f:
        return f.read()


def write(name, text):
    with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote build/' + name)


page = read('sqlite-codeofethics.html')
body = page[page.index('<div class=fancy>'):]
write('sqlite-codeofethics-body.html',
      '<!DOCTYPE html>\n<html><head>\n<meta charset="UTF-8">\n'
      '<title>Code Of Ethics</title>\n</head>\n<body>\n' + body
      + '\n</div>\n</body></html>\n')

page = read('sympy-contributing-deprecations.html')
start = page.index('<article role="main">')
end = page.index('</article>', start) + len('</article>')
write('sympy-deprecations-body.html', page[start:end] + '\n')
