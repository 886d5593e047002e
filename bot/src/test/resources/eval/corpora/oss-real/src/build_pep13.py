"""Builds ../docs/pep-0013-python-language-governance.html from pep-0013.rst.

The PEP body is converted with pandoc (rst -> html5 fragment); the page chrome imitates
peps.python.org (header, breadcrumbs, sidebar, footer, theme switch, consent banner, scripts)."""
import os, re, subprocess, html

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, 'pep-0013.rst'), encoding='utf-8').read()
head, body = src.split('\n\n\n', 1)
fields = dict(l.split(': ', 1) for l in head.splitlines())
body = re.sub(r':pep:`(\d+)`', lambda m: f'`PEP {int(m.group(1))} <https://peps.python.org/pep-{int(m.group(1)):04d}/>`__', body)
frag = subprocess.run(['pandoc', '-f', 'rst', '-t', 'html5', '--shift-heading-level-by=1', '--wrap=none'],
                      input=body, capture_output=True, text=True, check=True).stdout
# section ids like Sphinx
toc = []
for m in re.finditer(r'<h([23]) id="([^"]+)">(.*?)</h\1>', frag):
    toc.append((int(m.group(1)), m.group(2), re.sub('<[^>]+>', '', m.group(3))))
toc_html = ['<ul>']
prev = 2
for lvl, hid, text in toc:
    if lvl == 3 and prev == 2:
        toc_html[-1] = toc_html[-1].replace('</li>', '')
        toc_html.append('<ul>')
    elif lvl == 2 and prev == 3:
        toc_html.append('</ul></li>')
    toc_html.append(f'<li><a class="reference internal" href="#{hid}">{html.escape(text)}</a></li>')
    prev = lvl
if prev == 3:
    toc_html.append('</ul></li>')
toc_html.append('</ul>')

page = f'''<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="color-scheme" content="light dark">
    <title>PEP 13 – Python Language Governance | peps.python.org</title>
    <link rel="shortcut icon" href="../_static/py.png">
    <link rel="canonical" href="https://peps.python.org/pep-0013/">
    <link rel="stylesheet" href="../_static/style.css" type="text/css">
    <link rel="stylesheet" href="../_static/mq.css" type="text/css">
    <link rel="stylesheet" href="../_static/pygments.css" type="text/css" media="(prefers-color-scheme: light)" id="pyg-light">
    <link rel="stylesheet" href="../_static/pygments_dark.css" type="text/css" media="(prefers-color-scheme: dark)" id="pyg-dark">
    <link rel="alternate" type="application/rss+xml" title="Latest PEPs" href="https://peps.python.org/peps.rss">
    <meta property="og:title" content='PEP 13 – Python Language Governance'>
    <meta property="og:description" content="This PEP defines the formal governance process for Python, and records how this has changed over time.">
    <meta property="og:type" content="website">
    <meta property="og:url" content="https://peps.python.org/pep-0013/">
    <meta property="og:site_name" content="Python Enhancement Proposals (PEPs)">
    <meta property="og:image" content="https://peps.python.org/_static/og-image.png">
    <meta name="description" content="This PEP defines the formal governance process for Python, and records how this has changed over time.">
    <meta name="theme-color" content="#3776ab">
    <style>
      .consent-banner{{position:fixed;left:0;right:0;bottom:0;padding:.8rem 1rem;background:#1f2933;color:#fff;font-size:.9rem;z-index:100}}
      .consent-banner[hidden]{{display:none}}
      .consent-banner button{{margin-left:.5rem}}
    </style>
</head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;">
    <symbol id="svg-sun-half" viewBox="0 0 24 24" pointer-events="all">
        <title>Following system colour scheme</title>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <circle cx="12" cy="12" r="9"></circle>
            <path d="M12 3v18m0-12l4.65-4.65M12 14.3l7.37-7.37M12 19.6l8.85-8.85"></path>
        </svg>
    </symbol>
    <symbol id="svg-moon" viewBox="0 0 24 24" pointer-events="all">
        <title>Selected dark colour scheme</title>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path stroke="none" d="M0 0h24v24H0z" fill="none"></path>
            <path d="M12 3c.132 0 .263 0 .393 0a7.5 7.5 0 0 0 7.92 12.446a9 9 0 1 1 -8.313 -12.454z"></path>
        </svg>
    </symbol>
    <symbol id="svg-sun" viewBox="0 0 24 24" pointer-events="all">
        <title>Selected light colour scheme</title>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <circle cx="12" cy="12" r="5"></circle>
            <line x1="12" y1="1" x2="12" y2="3"></line>
            <line x1="12" y1="21" x2="12" y2="23"></line>
        </svg>
    </symbol>
</svg>
<div class="consent-banner" id="consent-banner" role="region" aria-label="Privacy notice">
    This site uses a privacy-friendly analytics script and stores your colour-scheme choice in your browser.
    <a href="https://www.python.org/privacy/">Privacy policy</a>
    <button type="button" data-choice="ok">OK</button>
    <button type="button" data-choice="no-analytics">Disable analytics</button>
</div>
<script>
    document.documentElement.dataset.colour_scheme = localStorage.getItem("colour_scheme") || "auto"
</script>
<section id="pep-page-section">
    <header>
        <h1>Python Enhancement Proposals</h1>
        <ul class="breadcrumbs">
            <li><a href="https://www.python.org/" title="The Python Programming Language">Python</a> &raquo; </li>
            <li><a href="../pep-0000/">PEP Index</a> &raquo; </li>
            <li>PEP 13</li>
        </ul>
        <button id="colour-scheme-cycler" onClick="setColourScheme(nextColourScheme())">
            <svg aria-hidden="true" class="colour-scheme-icon-when-auto"><use href="#svg-sun-half"></use></svg>
            <svg aria-hidden="true" class="colour-scheme-icon-when-dark"><use href="#svg-moon"></use></svg>
            <svg aria-hidden="true" class="colour-scheme-icon-when-light"><use href="#svg-sun"></use></svg>
            <span class="visually-hidden">Toggle light / dark / auto colour theme</span>
        </button>
    </header>
    <article>
        <section id="pep-content">
<h1 class="page-title">PEP 13 – Python Language Governance</h1>
<dl class="rfc2822 field-list simple">
<dt class="field-odd">Author<span class="colon">:</span></dt>
<dd class="field-odd">{html.escape(fields['Author'])}</dd>
<dt class="field-even">Status<span class="colon">:</span></dt>
<dd class="field-even"><abbr title="Currently valid informational guidance, or an in-use process">{fields['Status']}</abbr></dd>
<dt class="field-odd">Type<span class="colon">:</span></dt>
<dd class="field-odd"><abbr title="Normative PEP describing or proposing a change to a Python community process, workflow or governance">{fields['Type']}</abbr></dd>
<dt class="field-even">Topic<span class="colon">:</span></dt>
<dd class="field-even"><a class="reference external" href="../topic/governance/">{fields['Topic']}</a></dd>
<dt class="field-odd">Created<span class="colon">:</span></dt>
<dd class="field-odd">{fields['Created']}</dd>
</dl>
<hr class="docutils">
<section id="contents">
<details><summary>Table of Contents</summary>
{chr(10).join(toc_html)}
</details>
</section>
{frag}
        </section>
        <hr class="docutils">
        <p>Source: <a class="reference external" href="https://github.com/python/peps/blob/main/peps/pep-0013.rst">https://github.com/python/peps/blob/main/peps/pep-0013.rst</a></p>
    </article>
    <nav id="pep-sidebar">
        <h2>Contents</h2>
{chr(10).join(toc_html)}
        <br>
        <a id="source" href="https://github.com/python/peps/blob/main/peps/pep-0013.rst">Page Source (GitHub)</a>
    </nav>
</section>
<footer class="site-footer">
    <p>Python Enhancement Proposals are maintained by the PEP editors. Report a problem with this page on the <a href="https://github.com/python/peps/issues">peps issue tracker</a>.</p>
    <p>&copy; Copyright 2001-2025 Python Software Foundation. Legal statements: <a href="https://www.python.org/about/legal/">Legal</a> &middot; <a href="https://www.python.org/privacy/">Privacy</a>.</p>
</footer>
<script src="../_static/colour_scheme.js"></script>
<script src="../_static/wrap_tables.js"></script>
<script src="../_static/sticky_banner.js"></script>
<script>
    (function () {{
        var banner = document.getElementById("consent-banner");
        if (localStorage.getItem("peps_consent")) {{ banner.hidden = true; }}
        banner.addEventListener("click", function (e) {{
            var choice = e.target.getAttribute("data-choice");
            if (!choice) {{ return; }}
            localStorage.setItem("peps_consent", choice);
            banner.hidden = true;
        }});
    }})();
</script>
<script defer data-domain="peps.python.org" src="https://plausible.io/js/script.js"></script>
</body>
</html>
'''
open(os.path.join(HERE, '..', 'docs', 'pep-0013-python-language-governance.html'), 'w', encoding='utf-8').write(page)
