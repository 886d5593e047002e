#!/usr/bin/env python3
"""Step 1 of building docs/xarray-contributing.docx (python-xarray-doc 2023.01.0-1.1).

Cuts whole sections out of three Sphinx pages kept in build/originals/python-xarray-doc/ and writes
build/xarray/xarray-selected.html. Nothing inside a kept section is changed, except:
  * the Sphinx permalink marks (the pilcrow after each heading) are removed;
  * the two local "contents" boxes (auto-generated lists of subsection links) are removed,
    because some of the subsections they list are left out, and the headings' links back to them
    are made plain text;
  * the three-item list under "Minimum dependency versions" is shown as a two-column table
    with the same words (the bold name in the first column, the period in the second);
  * the calendar iframe and its script on the "Developers meeting" page are dropped (no text);
  * the CI screenshot image (ci.png) is kept.
Kept from contributing.html: the title and note, "Where to start?", "Bug reports and enhancement
requests", "Contributing to the documentation" (introduction and "About the xarray documentation"),
"Contributing to the code base" (introduction, "Code standards" with its subsections, "Testing With
Continuous Integration", "Documenting your code") and "Contributing your changes to xarray" (whole).
Left out whole: "Working with the code", "How to build the xarray documentation",
"Test-driven development/code writing", "Running the test suite", "Running the performance test suite".
Kept from installing.html: "Minimum dependency versions". Kept from developers-meeting.html: the page.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ORIG = os.path.join(HERE, '..', 'originals', 'python-xarray-doc')


def read(name):
    return open(os.path.join(ORIG, name), encoding='utf-8').read()


def end_of(src, start, tag='section'):
    depth = 0
    for m in re.finditer(rf'<{tag}\b|</{tag}>', src[start:]):
        depth += 1 if m.group(0) == f'<{tag}' else -1
        if depth == 0:
            return start + m.end()
    raise ValueError('unbalanced')


def section(src, sid):
    s = src.index(f'<section id="{sid}">')
    return src[s:end_of(src, s)]


def drop(src, sid):
    return src.replace(section(src, sid), '')


contrib = read('contributing.html')
body = section(contrib, 'contributing-to-xarray')
for sid in ('working-with-the-code', 'how-to-build-the-xarray-documentation',
            'test-driven-development-code-writing', 'running-the-test-suite',
            'running-the-performance-test-suite'):
    body = drop(body, sid)
while '<nav class="contents local"' in body:
    s = body.index('<nav class="contents local"')
    body = body[:s] + body[end_of(body, s, 'nav'):]

mindeps = section(read('installing.html'), 'minimum-dependency-versions')
ul = re.search(r'<ul class="simple">.*?</ul>', mindeps, re.S).group(0)
rows = []
for li in re.findall(r'<li><p>(.*?)</p></li>', ul, re.S):
    m = re.match(r'(<strong>.*?</strong>)\s*(.*)', li, re.S)
    rows.append(f'<tr><td>{m.group(1)}</td><td>{m.group(2)}</td></tr>')
mindeps = mindeps.replace(ul, '<table>\n' + '\n'.join(rows) + '\n</table>')
mindeps = mindeps.replace('<h2>', '<h1>').replace('</h2>', '</h1>')

meeting = section(read('developers-meeting.html'), 'developers-meeting')
meeting = re.sub(r'<iframe.*?</iframe>\s*<script>.*?</script>', '', meeting, flags=re.S)

out = '\n'.join([body, mindeps, meeting])
out = re.sub(r'<a class="headerlink"[^>]*>¶</a>', '', out)
out = re.sub(r'<a class="toc-backref"[^>]*>(.*?)</a>', r'\1', out, flags=re.S)  # links back to the removed contents boxes
out = out.replace('src="_images/ci.png"', 'src="ci.png"')
open(os.path.join(HERE, 'xarray-selected.html'), 'w', encoding='utf-8').write(
    '<html><head><meta charset="utf-8"><title>Contributing to xarray</title></head><body>\n' + out + '\n</body></html>\n')
