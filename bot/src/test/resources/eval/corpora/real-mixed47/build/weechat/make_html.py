#!/usr/bin/env python3
"""Builds docs/weechat-developer-guide.html from two pages of the weechat-doc 3.8-1 package
(build/originals/weechat-doc/weechat_dev.en.html and weechat_faq.en.html).

Whole sections are cut out of the Asciidoctor HTML as they are; nothing inside them is changed:
  Developer's guide: preamble, 1 Introduction, 2 Repositories (without 2.2 Sources, left out whole),
                     3 Coding rules, 6 Contribute to WeeChat.
                     (4 Core internals and 5 Plugin internals are left out whole.)
  FAQ:               1 General, 9 Development.
The page keeps the guide's own stylesheet, header (without its full table of contents) and footer; a navigation bar listing the included
sections and a short page footer naming the source are added as page chrome.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
ORIG = os.path.join(ROOT, 'build', 'originals', 'weechat-doc')


def block(src, start):
    """Return the end index of the <div ...> element that starts at index start."""
    depth = 0
    for m in re.finditer(r'<div\b|</div>', src[start:]):
        depth += 1 if m.group(0) == '<div' else -1
        if depth == 0:
            return start + m.end()
    raise ValueError('unbalanced')


def section(src, hid, cls):
    """The whole <div class="cls"> holding the heading with id hid."""
    h = src.index(f'id="{hid}"')
    start = src.rindex(f'<div class="{cls}">', 0, h)
    return src[start:block(src, start)]


dev = open(os.path.join(ORIG, 'weechat_dev.en.html'), encoding='utf-8').read()
faq = open(os.path.join(ORIG, 'weechat_faq.en.html'), encoding='utf-8').read()

style = re.search(r'<style>.*?</style>', dev, re.S).group(0)
h = dev.index('<div id="header">')
header = dev[h:block(dev, h)]
t = header.index('<div id="toc"')
header = header[:t] + header[block(header, t):]  # the full table of contents is left out (chrome)
p = dev.index('<div id="preamble">')
preamble = dev[p:block(dev, p)]
footer_i = dev.index('<div id="footer">')
footer = dev[footer_i:block(dev, footer_i)]

repos = section(dev, 'repositories', 'sect1')
repos = repos.replace(section(dev, 'sources', 'sect2'), '')
dev_parts = [section(dev, i, 'sect1') for i in ('introduction',)] + [repos] + \
    [section(dev, i, 'sect1') for i in ('coding_rules', 'contribute')]
faq_parts = [section(faq, i, 'sect1') for i in ('general', 'development')]

fh = faq.index('<div id="header">')
faq_header = faq[fh:block(faq, fh)]
t = faq_header.index('<div id="toc"')
faq_header = faq_header[:t] + faq_header[block(faq_header, t):]
fp = faq.index('<div id="preamble">')
faq_preamble = faq[fp:block(faq, fp)]

extra_style = """<style>
nav.pagenav{background:#1d4b6e;color:#fff;padding:.6em 1.2em;font-family:sans-serif;font-size:.9em}
nav.pagenav a{color:#fff;margin-right:1.1em;text-decoration:none}
nav.pagenav span.site{font-weight:bold;margin-right:1.6em}
section.part{max-width:62.5em;margin:0 auto;padding:0 1em}
hr.partbreak{margin:3em 0;border:0;border-top:3px solid #1d4b6e}
footer.pagefoot{max-width:62.5em;margin:2em auto;padding:1em;font-size:.85em;color:#555;border-top:1px solid #ccc;font-family:sans-serif}
</style>"""

nav = """<nav class="pagenav" aria-label="Sections on this page">
<span class="site">WeeChat documentation</span>
<a href="#introduction">Introduction</a>
<a href="#repositories">Repositories</a>
<a href="#coding_rules">Coding rules</a>
<a href="#contribute">Contribute to WeeChat</a>
<a href="#faq">FAQ: General</a>
<a href="#development">FAQ: Development</a>
</nav>"""

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="author" content="Sébastien Helleu">
<title>WeeChat 3.8 developer&#8217;s guide (excerpt) and FAQ (excerpt)</title>
{style}
{extra_style}
</head>
<body class="article">
{nav}
<section class="part" id="devguide">
{header}
<div id="content">
{preamble}
{''.join(dev_parts)}
</div>
{footer}
</section>
<hr class="partbreak">
<section class="part" id="faq">
{faq_header}
<div id="content">
{faq_preamble}
{''.join(faq_parts)}
</div>
{footer}
</section>
<footer class="pagefoot">
Source: WeeChat 3.8 documentation as shipped in the Debian 12 package weechat-doc 3.8-1
(/usr/share/doc/weechat-doc/html/weechat_dev.en.html and weechat_faq.en.html).
WeeChat and its documentation: Copyright 2003-2023 S&eacute;bastien Helleu, GNU General Public License version 3 or later.
</footer>
</body>
</html>
"""
open(os.path.join(ROOT, 'docs', 'weechat-developer-guide.html'), 'w', encoding='utf-8').write(page)
