#!/usr/bin/env python3
"""Build the four documents of the real-mixed44 set from the original texts in build/originals/.

Every document is an excerpt of the original wording: whole sections (or whole paragraphs /
code blocks) are cut, nothing is rewritten. Added material is limited to a title block, a
source note, section numbers, navigation and tables that re-lay-out original lists.

Requires: pandoc, weasyprint, perl (pod2text), python3-bs4.
Run from anywhere:  python3 build/make_docs.py
"""
import os, re, subprocess, sys, html

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORIG = os.path.join(HERE, 'originals')
WORK = os.path.join(HERE, 'work')
DOCS = os.path.join(ROOT, 'docs')
os.makedirs(WORK, exist_ok=True)
os.makedirs(DOCS, exist_ok=True)
sys.path.insert(0, HERE)
from clean_html import main_content  # noqa: E402


def run(cmd, inp=None):
    r = subprocess.run(cmd, input=inp, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit('command failed: %s\n%s' % (cmd, r.stderr))
    return r.stdout


def html_to_md(path):
    m = main_content(path)
    return run(['pandoc', '-f', 'html', '-t',
                'markdown-smart-raw_html-native_divs-native_spans-fenced_divs-bracketed_spans'
                '-header_attributes-link_attributes', '--wrap=none'], str(m))


def split_sections(md):
    """-> list of [title, text]; text starts with the heading line. '_pre' for text before the first heading."""
    out = [['_pre', '']]
    for line in md.splitlines(keepends=True):
        mm = re.match(r'^(#+)\s+(.*?)\s*$', line)
        if mm:
            out.append([mm.group(2), line])
        else:
            out[-1][1] += line
    return out


def pick(md, keep, drop=(), level_shift=0, rename=None, drop_code=False):
    """Keep the sections whose title is in `keep` (in original order); drop blank-line separated
    blocks containing any string of `drop`; shift heading levels."""
    rename = rename or {}
    parts = []
    for title, text in split_sections(md):
        if title not in keep:
            continue
        blocks = re.split(r'\n\s*\n', text)
        blocks = [b for b in blocks if not any(d in b for d in drop)]
        if drop_code:  # indented code blocks (all lines indented by 4+ spaces)
            blocks = [b for b in blocks
                      if not all(l.startswith('    ') for l in b.strip('\n').splitlines() if l.strip())]
        t = '\n\n'.join(b.strip('\n') for b in blocks if b.strip())
        if title in rename:
            t = re.sub(r'^(#+\s+).*', lambda m: m.group(1) + rename[title], t, count=1)
        if level_shift:
            t = re.sub(r'^(#+)', lambda m: '#' * max(1, len(m.group(1)) + level_shift), t, flags=re.M)
        parts.append(t)
    missing = [k for k in keep if k not in [s[0] for s in split_sections(md)]]
    if missing:
        raise SystemExit('sections not found: %r' % missing)
    return '\n\n'.join(parts) + '\n'


def words(text):
    return len(re.findall(r"\w[\w'’.-]*", text))


# ---------------------------------------------------------------------------
# 1. Erlang/OTP  ->  HTML page
# ---------------------------------------------------------------------------
def build_erlang():
    from bs4 import BeautifulSoup
    chunks = []
    toc = []
    for fname in ['versions.html', 'misc.html']:
        m = main_content(os.path.join(ORIG, 'erlang', fname))
        inner = m.find('div', class_='innertube') or m
        # drop the copyright footer paragraph of the original page (restated in our footer)
        for fo in inner.find_all('div', class_='footer'):
            fo.decompose()
        for p in inner.find_all(['p', 'center']):
            if 'Copyright ©' in p.get_text():
                p.decompose()
        for h in inner.find_all(['h1', 'h3', 'h4']):
            txt = re.sub(r'\s+', ' ', h.get_text(' ')).strip()
            new = {'h1': 'h2', 'h3': 'h3', 'h4': 'h4'}[h.name]
            h.name = new
            h.attrs = {}
            h.string = txt
            hid = re.sub(r'[^a-z0-9]+', '-', txt.lower()).strip('-')
            h['id'] = hid
            if new in ('h2', 'h3'):
                toc.append((new, hid, txt))
        for a in inner.find_all('a'):
            a.unwrap()
        # notes / warnings
        for d in inner.find_all('div', class_=['note', 'warning']):
            d.name = 'aside'
            label = d.find('div', class_='label')
            if label:
                label.name = 'p'
                label['class'] = 'label'
        # first definition list in 6.3 -> table (a re-lay-out of the original list)
        for dl in inner.find_all('dl'):
            terms = [dt.get_text(' ', strip=True) for dt in dl.find_all('dt')]
            if terms and terms[0] == 'Erlang Distribution':
                soup = BeautifulSoup('', 'html.parser')
                table = soup.new_tag('table')
                cap = soup.new_tag('caption')
                cap.string = 'Compatibility of the different parts of the system'
                table.append(cap)
                thead = soup.new_tag('thead')
                tr = soup.new_tag('tr')
                for h in ('Part of the system', 'Compatibility'):
                    th = soup.new_tag('th')
                    th.string = h
                    tr.append(th)
                thead.append(tr)
                table.append(thead)
                tbody = soup.new_tag('tbody')
                for dt in dl.find_all('dt'):
                    dd = dt.find_next_sibling('dd')
                    tr = soup.new_tag('tr')
                    td1 = soup.new_tag('td')
                    td1.string = dt.get_text(' ', strip=True)
                    td2 = soup.new_tag('td')
                    for p in dd.find_all('p'):
                        td2.append(p)
                    tr.append(td1)
                    tr.append(td2)
                    tbody.append(tr)
                table.append(tbody)
                dl.replace_with(table)
        body = inner.decode_contents()
        body = re.sub(r'\n\s*\n+', '\n', body)
        chunks.append(body)
    nav = '\n'.join('<li class="%s"><a href="#%s">%s</a></li>' % (lvl, hid, html.escape(t)) for lvl, hid, t in toc)
    title = 'Erlang/OTP 25 System Principles: Versions; Support, Compatibility, Deprecations, and Removal'
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<style>
  body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; line-height: 1.5; }}
  header {{ background: #a90533; color: #fff; padding: 1.2em 2em; }}
  header h1 {{ margin: 0; font-size: 1.5em; }}
  header p {{ margin: .3em 0 0; font-size: .9em; }}
  .layout {{ display: flex; }}
  nav {{ width: 17em; padding: 1em; background: #f4f4f4; font-size: .9em; }}
  nav li.h3 {{ margin-left: 1em; }}
  main {{ flex: 1; padding: 1em 2em; max-width: 52em; }}
  pre {{ background: #f0f0f0; padding: .6em; overflow-x: auto; }}
  aside {{ border-left: 4px solid #a90533; background: #fff4f6; padding: .3em 1em; margin: 1em 0; }}
  aside .label {{ font-weight: bold; }}
  table {{ border-collapse: collapse; margin: 1em 0; }}
  th, td {{ border: 1px solid #bbb; padding: .3em .6em; text-align: left; vertical-align: top; }}
  th {{ background: #eee; }}
  td p {{ margin: 0; }}
  footer {{ border-top: 1px solid #ccc; padding: 1em 2em; font-size: .85em; color: #555; }}
</style>
</head>
<body>
<header>
<h1>{html.escape(title)}</h1>
<p>Erlang/OTP System Documentation, System Principles, chapters 5 and 6 (OTP 25, erts-13.1.5)</p>
</header>
<div class="layout">
<nav aria-label="Contents">
<p><strong>Contents</strong></p>
<ul>
{nav}
</ul>
</nav>
<main>
{chunks[0]}
{chunks[1]}
</main>
</div>
<footer>
<p>Source: Erlang/OTP documentation as shipped in the Debian package erlang-doc 1:25.2.3+dfsg-1+deb12u4
(doc/system_principles/versions.html and doc/system_principles/misc.html).
Copyright &copy; 1996-2026 Ericsson AB. All Rights Reserved. Licensed under the Apache License, Version 2.0.</p>
</footer>
</body>
</html>
'''
    out = os.path.join(DOCS, 'erlang-otp-versions-and-support.html')
    open(out, 'w', encoding='utf-8').write(page)
    return out


# ---------------------------------------------------------------------------
# 2. Moose  ->  plain text (pod2text of an excerpted POD, with section numbers)
# ---------------------------------------------------------------------------
def pod_sections(pod):
    """-> list of [level, title, text] for =headN blocks; level 0 = preamble."""
    out = [[0, '_pre', '']]
    for line in pod.splitlines(keepends=True):
        mm = re.match(r'^=head(\d)\s+(.*?)\s*$', line)
        if mm:
            out.append([int(mm.group(1)), mm.group(2), line])
        else:
            out[-1][2] += line
    return out


def pod_cut(pod, cut_titles):
    """Remove the sections with a title in cut_titles together with their subsections."""
    res, skip_level = [], None
    for level, title, text in pod_sections(pod):
        if skip_level is not None and level > skip_level:
            continue
        skip_level = None
        if title == '_pre':  # code before =pod (# PODNAME ... __END__)
            continue
        if title in cut_titles:
            skip_level = level
            continue
        res.append(text)
    return ''.join(res)


def build_moose():
    sup = open(os.path.join(ORIG, 'moose', 'Support.pod'), encoding='utf-8').read()
    con = open(os.path.join(ORIG, 'moose', 'Contributing.pod'), encoding='utf-8').read()
    sup = pod_cut(sup, {'NAME', 'VERSION', 'AUTHORS', 'COPYRIGHT AND LICENSE'})
    con = pod_cut(con, {'NAME', 'VERSION', 'AUTHORS', 'COPYRIGHT AND LICENSE', 'Getting Started',
                        'Update Your Repository', 'Create Your Topic Branch', 'Hack. Commit. Repeat.',
                        'Clean Up Your Branch', 'Rebase on the Latest', 'Publish and Pull Request',
                        'Release Workflow', 'Emergency Bug Workflow (for immediate release)',
                        'Project Workflow', 'Get the Code'})
    texts = []
    for name, pod in (('support', sup), ('contributing', con)):
        p = os.path.join(WORK, 'moose_%s.pod' % name)
        open(p, 'w', encoding='utf-8').write('=encoding utf8\n\n' + pod)
        texts.append(run(['pod2text', '--utf8', '-w', '76', p]))

    counters = [0, 0, 0]

    def number(text):
        lines = []
        for line in text.splitlines():
            if re.match(r'^\S', line):                # =head1
                counters[0] += 1; counters[1] = 0; counters[2] = 0
                line = '%d. %s' % (counters[0], line)
            elif re.match(r'^  \S', line):            # =head2
                counters[1] += 1; counters[2] = 0
                line = '  %d.%d %s' % (counters[0], counters[1], line.strip())
            elif re.match(r'^   \S', line):           # =head3
                counters[2] += 1
                line = '   %d.%d.%d %s' % (counters[0], counters[1], counters[2], line.strip())
            lines.append(line)
        return '\n'.join(lines).rstrip() + '\n'

    part_a = number(texts[0])
    part_b = number(texts[1])
    rule = '=' * 76
    head = f'''{rule}
MOOSE MANUAL: SUPPORT POLICY AND CONTRIBUTING GUIDE
Moose::Manual::Support - Policies regarding support, releases, and
compatibility; and Moose::Manual::Contributing - How to get involved in
Moose (excerpt)
Moose version 2.2203
{rule}

Source: the Moose::Manual::Support and Moose::Manual::Contributing manual
pages of the Perl object system Moose 2.2203, as shipped in the Debian
package libmoose-perl 2.2203-1. This excerpt keeps the original wording;
the following sections of the Contributing page are omitted: Get the Code,
Getting Started, the step-by-step parts of Development Workflow, Release
Workflow (with Release How-To), Emergency Bug Workflow and Project
Workflow. Section numbers were added for reference.

This software is copyright (c) 2006 by Infinity Interactive, Inc.
This is free software; you can redistribute it and/or modify it under the
same terms as the Perl 5 programming language system itself.

'''
    body = (head + 'PART A. MOOSE::MANUAL::SUPPORT\n' + '-' * 30 + '\n\n' + part_a + '\n\n'
            + 'PART B. MOOSE::MANUAL::CONTRIBUTING (EXCERPT)\n' + '-' * 44 + '\n\n' + part_b)
    out = os.path.join(DOCS, 'MOOSE_SUPPORT_AND_CONTRIBUTING')
    open(out, 'w', encoding='utf-8').write(body)
    return out


# ---------------------------------------------------------------------------
# 3. Django REST framework  ->  PDF (weasyprint)
# ---------------------------------------------------------------------------
def build_drf():
    d = lambda n: html_to_md(os.path.join(ORIG, 'drf', n + '.html'))
    pm = pick(d('project-management'),
              ['Project management', 'Maintenance team', 'Current team', 'Maintenance cycles',
               'Responsibilities of team members', 'Release process', 'Translations',
               'Project requirements', 'Project ownership', 'Outstanding management & ownership issues'],
              drop=['This issue is for determining', 'Release manager is @', '#### Renewing', '#### New members',
                    'If you wish to be considered for this or a future date', 'To modify this process for future',
                    'When pushing the release to PyPI ensure', 'The following template should be used',
                    'During development cycle:', 'Checklist:'],
              drop_code=True)
    fund = pick(d('funding'),
                ['Funding', 'What funding has enabled so far', 'What future funding will enable',
                 'Individual plan', 'Corporate plans', 'Accountability', 'Frequently asked questions'],
                drop=['For privacy reasons', 'Once you\'ve signed up'])
    con = pick(d('contributing'),
               ['Contributing to REST framework', 'Community', 'Code of conduct', 'Issues', 'Triaging issues',
                'Development', 'Pull requests', 'Managing compatibility issues', 'Documentation', 'Language style'],
               drop=['git clone https://github.com/YOUR-USERNAME', 'See GitHub\'s Fork a Repo',
                     'python -m pip install pre-commit', 'pre-commit install', 'Then run:',
                     'To set them up, first ensure', 'Above: build notifications',
                     'There are many great Markdown editors', 'GitHub\'s documentation for working on pull requests',
                     'Then clone your fork'],
               drop_code=True,
               rename={'Issues': 'Issues', 'Development': 'Development'})
    # normalise the contributing page heading levels (original mixes # and ##)
    con = re.sub(r'^# (Issues|Development|Documentation)$', r'## \1', con, flags=re.M)
    rel = pick(d('release-notes'), ['Release Notes', 'Versioning', 'Deprecation policy'])
    rel = rel.replace('# Release Notes', '# Release Notes: versioning and deprecation policy', 1)
    home = pick(d('index'), ['Support', 'Security'])
    home = '# Support and security (from the documentation home page)\n\n' + home
    parts = [pm, fund, con, rel, home]
    md = '\n\n'.join(parts)
    # demote: each page title becomes h2 under the document title, numbered by CSS
    md = re.sub(r'^(#+)', lambda m: '#' + m.group(1), md, flags=re.M)
    md = re.sub(r'^#####+', '####', md, flags=re.M)
    open(os.path.join(WORK, 'drf_excerpt.md'), 'w', encoding='utf-8').write(md)
    body = run(['pandoc', '-f', 'markdown-smart', '-t', 'html5', '--wrap=none'], md)
    title = 'Django REST framework: Project Management, Funding, Contributing and Release Policies'
    sources = '''<table class="sources">
<caption>Pages of the Django REST framework 3.14.0 documentation used in this excerpt</caption>
<thead><tr><th>Part</th><th>Original page</th><th>Path in the documentation</th></tr></thead>
<tbody>
<tr><td>1</td><td>Project management</td><td>community/project-management/</td></tr>
<tr><td>2</td><td>Funding</td><td>community/funding/</td></tr>
<tr><td>3</td><td>Contributing to REST framework</td><td>community/contributing/</td></tr>
<tr><td>4</td><td>Release Notes (Versioning, Deprecation policy)</td><td>community/release-notes/</td></tr>
<tr><td>5</td><td>Home page (Support, Security)</td><td>index</td></tr>
</tbody></table>'''
    page = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
@page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #555; }}
  @top-right {{ content: "Django REST framework - community policies"; font-size: 8pt; color: #888; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; color: #111; }}
h1.doctitle {{ font-family: "DejaVu Sans", sans-serif; font-size: 19pt; color: #8c1c13; margin-bottom: 4pt; }}
p.sub {{ color: #444; margin-top: 0; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 14.5pt; color: #8c1c13; border-bottom: 1px solid #8c1c13;
      margin-top: 20pt; page-break-after: avoid; }}
h2.part {{ page-break-before: always; }}
h3 {{ font-family: "DejaVu Sans", sans-serif; font-size: 12pt; page-break-after: avoid; }}
h4, h5 {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; page-break-after: avoid; }}
pre, code {{ font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }}
blockquote {{ color: #555; font-style: italic; margin-left: 1.5em; }}
table {{ border-collapse: collapse; width: 100%; margin: 10pt 0; font-size: 9.5pt; }}
th, td {{ border: 1px solid #999; padding: 3pt 5pt; text-align: left; }}
th {{ background: #eee; }}
caption {{ caption-side: top; text-align: left; font-weight: bold; margin-bottom: 4pt; }}
hr {{ border: 0; border-top: 1px solid #ccc; }}
.note {{ font-size: 9pt; color: #444; }}
</style></head>
<body>
<h1 class="doctitle">{html.escape(title)}</h1>
<p class="sub">Excerpt from the Django REST framework documentation, version 3.14.0 (Debian package
python-djangorestframework-doc 3.14.0-2+deb12u1). Copyright &copy; 2011-present, Encode OSS Ltd.
Documentation licensed under the BSD licence of the project.</p>
{sources}
<p class="note">The wording is the original; whole sections and paragraphs that do not concern project policy
(command lines, issue templates, testing commands, Markdown style) were left out, and the funding plan details,
which the Debian package does not ship, are absent.</p>
{body}
</body></html>
'''
    # each original page starts on a new page
    page = re.sub(r'<h2 id="(project-management|funding|contributing-to-rest-framework|release-notes[^"]*|support-and-security[^"]*)">',
                  lambda m: '<h2 class="part" id="%s">' % m.group(1), page)
    hp = os.path.join(WORK, 'drf.html')
    open(hp, 'w', encoding='utf-8').write(page)
    out = os.path.join(DOCS, 'drf-project-management-and-funding.pdf')
    run(['weasyprint', hp, out])
    return out


# ---------------------------------------------------------------------------
# 4. ASE  ->  DOCX (pandoc)
# ---------------------------------------------------------------------------
def build_ase():
    a = lambda n: html_to_md(os.path.join(ORIG, 'ase', n + '.html'))
    lic = pick(a('licenseinfo'), ['License', 'Human-readable version', 'Legal version of the license',
                                  'What happens when ASE Calculators are under another license?'])
    contact = pick(a('contact'), ['Contact', 'Mailing List', 'Chat', 'Forum', 'GitLab'])
    bugs = pick(a('bugs'), ['Bugs!', 'Bug report', 'Known bugs'])
    faq = pick(a('faq'), ['How should I cite ASE?'], drop=['BibTex', '@article{', '@Article{'])
    faq = faq.replace('### How should I cite ASE?', '# How should I cite ASE?', 1)
    con = pick(a('contribute'), ['How to contribute', 'GitLab repository', 'Proposed git workflow',
                                 'Adding corrections to be included in a merge request',
                                 'Making small changes', 'Writing the commit message', 'Code review'],
               drop=['git config --global', 'You can learn the basics of git', 'Git Reference',
                     'Pro Git', 'Introduction to Git with', 'Tech Talk', '    $ ', '        $ ', 'vi contribute.rst'])
    # the definition list of commit acronyms -> a table (same words, table layout)
    m = re.search(r'Standard acronyms to start the commit message with are:\n\n(.*?)(?=\n## |\Z)', con, re.S)
    dl = m.group(1)
    pairs = re.findall(r'^(\S+):\n\n:   (.*)$', dl, re.M)
    table = '| Acronym | Meaning |\n|---|---|\n' + '\n'.join('| %s | %s |' % (k, v) for k, v in pairs) + '\n'
    con = con.replace(dl, table + '\n')
    md = '\n\n'.join([lic, contact, bugs, con, faq])
    md = re.sub(r'^(#+)', lambda mm: '#' + mm.group(1), md, flags=re.M)
    title = 'ASE (Atomic Simulation Environment): License, Contact, Bug Reports and How to Contribute'
    front = f'''---
title: "{title}"
subtitle: "Excerpt from the ASE 3.22.1 documentation (Debian package python-ase-doc)"
---

| Part | Original page | Path in the documentation |
|---|---|---|
| 1 | License | development/licenseinfo |
| 2 | Contact | contact |
| 3 | Bugs! | development/bugs |
| 4 | How to contribute (excerpt) | development/contribute |
| 5 | Frequently Asked Questions: How should I cite ASE? | faq |

Copyright 2003-2021 ASE Developers and the Center for Atomic-scale Materials Design (CAMd), Technical University of Denmark (DTU). ASE and its documentation are released under the GNU Lesser General Public License (LGPL-2.1+). The wording below is the original; git command lines and some how-to subsections were left out.

'''
    md = front + md
    mdp = os.path.join(WORK, 'ase_excerpt.md')
    open(mdp, 'w', encoding='utf-8').write(md)
    out = os.path.join(DOCS, 'ase-license-and-contributing.docx')
    run(['pandoc', '-f', 'markdown-smart', '-t', 'docx', '-o', out, mdp])
    return out


if __name__ == '__main__':
    for f in (build_erlang, build_moose, build_drf, build_ase):
        print('built', f())
