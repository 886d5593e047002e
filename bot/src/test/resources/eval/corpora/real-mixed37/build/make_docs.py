"""Build the .html (Scrapy), .docx (Hypothesis) and .pdf (Dask) documents from raw/*.md (made by extract.py)."""
import re, subprocess, pathlib
here = pathlib.Path(__file__).parent
docs = here.parent / 'docs'
def load(name):
    t = (here / 'raw' / (name + '.md')).read_text()
    i = t.find('\n# ') if not t.startswith('# ') else -1
    t = t[i + 1:] if i >= 0 else t
    t = re.split(r'\n\[\]\([^)]*"previous page"\)', t)[0]
    t = re.sub(r'\n!\[[^\]]*\]\([^)]*\)\n', '\n', t)            # images
    t = re.sub(r'\n(Note|Important)\n\n', r'\n**\1:** ', t)
    return t.strip() + '\n'
def shift(t):  # demote headings one level
    return re.sub(r'^(#+) ', r'#\1 ', t, flags=re.M)
def pandoc(md, to, extra=()):
    return subprocess.run(['pandoc', '-f', 'gfm', '-t', to, *extra], input=md, capture_output=True,
                          text=True, check=True).stdout
def info_table(rows):
    s = '| Item | Details |\n| --- | --- |\n'
    return s + ''.join(f'| {a} | {b} |\n' for a, b in rows) + '\n'

# ---------- Scrapy: HTML page ----------
sc = load('scrapy-contributing') + '\n' + load('scrapy-versioning')
sc = shift(sc)
body = pandoc(sc, 'html5', ['--wrap=none'])
body = body.replace('href="faq.html#faq"', 'href="https://docs.scrapy.org/en/2.8/faq.html"')
tbl = pandoc(info_table([('Project', 'Scrapy'), ('Documentation version', 'Scrapy 2.8.0'),
     ('Source', 'Debian package python-scrapy-doc 2.8.0-2 (html/contributing.html, html/versioning.html)'),
     ('Licence', 'BSD-3-clause (Scrapy developers)')]), 'html5')
page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contributing to Scrapy &amp; Versioning and API stability - Scrapy 2.8 documentation</title>
<style>
body {{ font-family: Georgia, serif; margin: 0; color: #222; background: #fafafa; }}
header {{ background: #2e3b4e; color: #fff; padding: 1em 2em; }}
header a {{ color: #fff; }}
nav {{ background: #e8ecf1; padding: .5em 2em; font-family: sans-serif; font-size: .9em; }}
nav a {{ margin-right: 1.2em; }}
main {{ max-width: 52em; margin: 0 auto; padding: 1em 2em; background: #fff; }}
table {{ border-collapse: collapse; margin: 1em 0; }} td, th {{ border: 1px solid #aaa; padding: .3em .6em; }}
pre, code {{ background: #f3f3f3; }} pre {{ padding: .6em; overflow-x: auto; }}
footer {{ font-size: .8em; color: #555; padding: 1em 2em; border-top: 1px solid #ccc; }}
</style>
<script>/* no scripts needed */</script>
</head>
<body>
<header><p><strong>Scrapy 2.8 documentation</strong></p></header>
<nav><a href="#contributing-to-scrapy">Contributing to Scrapy</a><a href="#reporting-bugs">Reporting bugs</a><a href="#writing-patches">Writing patches</a><a href="#submitting-patches">Submitting patches</a><a href="#documentation-policies">Documentation policies</a><a href="#tests">Tests</a><a href="#versioning-and-api-stability">Versioning and API stability</a><a href="#deprecation-policy">Deprecation policy</a></nav>
<main>
<h1>Contributing to Scrapy &amp; Versioning and API stability</h1>
{tbl}
{body}
</main>
<footer><p>&copy; Copyright 2008&ndash;2023, Scrapy developers. Licensed under the BSD-3-clause licence. Built from the Debian package python-scrapy-doc 2.8.0-2.</p></footer>
</body>
</html>
'''
(docs / 'scrapy-contributing.html').write_text(page)

# ---------- Hypothesis: DOCX ----------
hy = ['hypothesis-supported', 'hypothesis-support', 'hypothesis-development', 'hypothesis-community', 'hypothesis-manifesto']
md = '# Hypothesis: Compatibility, Support, Development Policy and Community\n\n'
md += info_table([('Project', 'Hypothesis (property-based testing for Python)'), ('Documentation version', 'Hypothesis 6.67.1'),
                  ('Source', 'Debian package python-hypothesis-doc 6.67.1-1'), ('Licence', 'MPL-2.0 (the Hypothesis Authors)')])
md += '\n'.join(shift(load(n)) for n in hy)
md = re.sub(r'(?<!!)\[([^\]]+)\]\([^)]*\)', r'\1', md)  # plain link text (python-docx reads runs only)
(here / 'hypothesis.md').write_text(md)
subprocess.run(['pandoc', '-f', 'gfm', '-o', str(docs / 'hypothesis-compatibility-and-support.docx'),
                '--metadata', 'title=Hypothesis: Compatibility, Support, Development Policy and Community'],
               input=md.split('\n', 2)[2], text=True, check=True)

# ---------- Dask: PDF ----------
dk = '# Dask Development Guidelines, Maintainer Guidelines and Community\n\n'
dk += info_table([('Project', 'Dask'), ('Documentation version', 'Dask 2022.12.1'),
                  ('Source', 'Debian package python-dask-doc 2022.12.1+dfsg-2 (develop.html, maintainers.html, support.html)'),
                  ('Licence', 'BSD-3-Clause (Continuum Analytics, Inc. and contributors)')])
dk += '\n'.join(shift(load(n)) for n in ['dask-develop', 'dask-maintainers', 'dask-support'])
(here / 'dask.md').write_text(dk)
html = pandoc(dk, 'html5', ['--standalone', '--metadata', 'title=Dask Development Guidelines', '--wrap=none'])
css = '''<style>
@page { size: A4; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center { content: "Dask Development Guidelines - Page " counter(page) " of " counter(pages); font-size: 9pt; color: #555; } }
body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.4; max-width: none; margin: 0; padding: 0; }
header#title-block-header { display: none; }
h1 { font-size: 18pt; } h2 { font-size: 14pt; border-bottom: 1px solid #999; } h3 { font-size: 12pt; }
pre { font-size: 8.5pt; background: #f4f4f4; padding: 6px; white-space: pre-wrap; }
table { border-collapse: collapse; } td, th { border: 1px solid #888; padding: 3px 6px; font-size: 9.5pt; }
</style>'''
html = html.replace('</head>', css + '</head>')
(here / 'dask.html').write_text(html)
subprocess.run(['weasyprint', str(here / 'dask.html'), str(docs / 'dask-development-guidelines.pdf')], check=True,
               capture_output=True)
print('ok')
