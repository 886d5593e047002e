#!/usr/bin/env python3
"""Inline the Sphinx stylesheets of the Open vSwitch security page.

Reads build/src/ovs-internals-security.html (as openvswitch-doc ships it) and
writes docs/ovs-security-process.html: the three <link rel="stylesheet"> tags
of the head (pygments.css, alabaster.css, custom.css; alabaster.css imports
basic.css) are replaced by one <style> element holding the same CSS from
build/ovs-static/, so that the page renders on its own. Nothing else in the
page is changed.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src', 'ovs-internals-security.html')
OUT = os.path.join(HERE, '..', 'docs', 'ovs-security-process.html')
CSS = os.path.join(HERE, 'ovs-static')


def css(name):
    with open(os.path.join(CSS, name), encoding='utf-8') as f:
        return f.read()


page = open(SRC, encoding='utf-8').read()
style = ('/* basic.css */\n' + css('basic.css') + '\n/* alabaster.css */\n'
         + css('alabaster.css').replace('@import url("basic.css");', '')
         + '\n/* pygments.css */\n' + css('pygments.css')
         + '\n/* custom.css */\n' + css('custom.css'))
links = [
    '<link rel="stylesheet" type="text/css" href="../_static/pygments.css" />',
    '<link rel="stylesheet" type="text/css" href="../_static/alabaster.css" />',
    '<link rel="stylesheet" href="../_static/custom.css" type="text/css" />',
]
for link in links:
    assert page.count(link) == 1, link
page = page.replace(links[0], '<style>\n' + style + '\n</style>', 1)
page = page.replace(links[1], '', 1)
page = page.replace(links[2], '', 1)
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(page)
print('wrote', os.path.normpath(OUT))
