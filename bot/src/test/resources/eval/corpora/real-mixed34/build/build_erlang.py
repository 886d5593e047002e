#!/usr/bin/env python3
"""Build docs/erlang-otp-versions-and-support.docx from two chapters of the
Erlang/OTP "System Principles" User's Guide (Version 13.1.5, OTP 25) as shipped
in Debian 12 (erlang-doc 1:25.2.3+dfsg-1+deb12u4):

  /usr/share/doc/erlang-doc/doc/system_principles/versions.html  (5 Versions)
  /usr/share/doc/erlang-doc/doc/system_principles/misc.html      (6 Support,
      Compatibility, Deprecations, and Removal)

The content div of each page is kept with its wording unchanged; the page
chrome (top bar, left navigation, scripts, "edit on GitHub" anchors) is
dropped.  Layout changes only: the 52-item list of OTP 17.0 application
versions is laid out as a 4-column table, and the document gets a title line
taken from the guide's own navigation ("System Principles", "User's Guide",
"Version 13.1.5").  Converted with pandoc (HTML -> docx).
"""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, 'orig', 'erlang-otp-system-principles')
OUT = os.path.join(HERE, '..', 'docs', 'erlang-otp-versions-and-support.docx')
TMP = os.path.join(HERE, 'tmp')
os.makedirs(TMP, exist_ok=True)


def content(fname):
    t = open(os.path.join(ORIG, fname), encoding='utf-8').read()
    c = t.split('<div id="content">', 1)[1]
    c = c.split('<div class="footer">', 1)[0]
    footer = re.search(r'<div class="footer">\s*<hr>\s*(<p>.*?</p>)', t, re.S).group(1)
    c = re.sub(r'<script.*?</script>', '', c, flags=re.S)
    # section headings: <h3 ...><div class="title-name">N Title</div><div class="title-anchors">...</div></h3>
    def head(m):
        level = {'h3': 'h2', 'h4': 'h3'}[m.group(1)]
        title = ' '.join(m.group(2).split())
        return f'<{level}>{title}</{level}>'
    c = re.sub(r'<(h[34])[^>]*>\s*<div class="title-name">(.*?)</div>\s*<div class="title-anchors">.*?</div>\s*</\1>', head, c, flags=re.S)
    c = re.sub(r'<a name="[^"]*"></a>', '', c)
    c = re.sub(r'<h1 id="[^"]*">', '<h1>', c)
    c = re.sub(r'<span class="bold_code[^"]*">(.*?)</span>', r'\1', c, flags=re.S)
    c = re.sub(r'<span class="code">(.*?)</span>', r'<code>\1</code>', c, flags=re.S)
    c = c.replace('href="versions.html#', 'href="#').replace('href="misc.html#', 'href="#')
    # relative links to other manuals -> absolute erlang.org documentation links
    c = re.sub(r'href="\.\./([^"]+)"', r'href="https://www.erlang.org/docs/25/\1"', c)
    c = re.sub(r'href="(?!https?:|#)([^"]+)"', r'href="https://www.erlang.org/docs/25/system_principles/\1"', c)
    # notes / warnings: keep label + text
    c = re.sub(r'<div class="(note|warning)">\s*<div class="label">(\w+)</div>\s*<div class="content">(.*?)</div>\s*</div>',
               lambda m: f'<blockquote><p><strong>{m.group(2)}</strong></p>{m.group(3)}</blockquote>', c, flags=re.S)
    c = c.replace('<p><p>', '<p>').replace('</p></p>', '</p>')
    c = re.sub(r'<div class="example"><pre>(.*?)</pre></div>', r'<pre>\1</pre>', c, flags=re.S)
    c = re.sub(r'</?div[^>]*>', '', c)
    return c, footer


v, footer = content('versions.html')
m, _ = content('misc.html')

# 52-item list of OTP 17.0 application versions -> 4-column table
def list_to_table(mm):
    items = re.findall(r'<li><code>(.*?)</code></li>', mm.group(0))
    if len(items) < 40:
        return mm.group(0)
    cols = 4
    rows = (len(items) + cols - 1) // cols
    out = ['<table>', '<tbody>']
    for r in range(rows):
        cells = [items[c * rows + r] if c * rows + r < len(items) else '' for c in range(cols)]
        out.append('<tr>' + ''.join(f'<td><code>{x}</code></td>' if x else '<td></td>' for x in cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return '\n'.join(out)

v = re.sub(r'<ul>\s*(?:<li><code>[^<]*</code></li>\s*)+</ul>', list_to_table, v, flags=re.S)

doc = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Erlang/OTP System Principles: Versions; Support, Compatibility, Deprecations, and Removal</title></head>
<body>
<p><strong>Erlang/OTP &mdash; System Principles, User's Guide, Version 13.1.5</strong></p>
{v}
{m}
{footer}
</body></html>
'''
src = os.path.join(TMP, 'erlang.html')
open(src, 'w', encoding='utf-8').write(doc)
subprocess.run(['pandoc', '-f', 'html', '-t', 'docx', '--metadata',
                'title=Erlang/OTP System Principles: Versions; Support, Compatibility, Deprecations, and Removal',
                '-o', OUT, src], check=True)
print(OUT)
