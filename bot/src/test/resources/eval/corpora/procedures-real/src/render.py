#!/usr/bin/env python3
"""Resolves the two website templates fetched into fetched/ into plain HTML.

Only template syntax is replaced; the policy text itself is not touched.

* Django (django/djangoproject.com, conduct/enforcement.html): the {% block title %}
  goes into <title>, the {% block content %} into <main> of django-page.html (site
  chrome: head, nav, sidebar, footer), {% url 'conduct_reporting' %} becomes the
  site path /conduct/reporting/.  Output: ../docs/django-coc-enforcement-manual.html
* Rust (rust-lang/www.rust-lang.org, templates/policies/privacy.hbs): the
  {{#*inline "page"}} wrapper is dropped, {{baseurl}} becomes https://www.rust-lang.org
  and {{text policies-privacy-page-title}} becomes "Rust Privacy Notice" (the en-US
  string of that key).  Output: a standalone HTML file for wkhtmltopdf (argv[1]).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs')


def django():
    src = open(os.path.join(HERE, 'fetched/django-djangoproject.com/enforcement.html'), encoding='utf-8').read()
    title = re.search(r'{% block title %}(.*?){% endblock %}', src, re.S).group(1)
    content = re.search(r'{% block content %}\n(.*?){% endblock %}', src, re.S).group(1)
    content = content.replace("{% url 'conduct_reporting' %}", '/conduct/reporting/')
    assert '{%' not in content and '{{' not in content
    page = open(os.path.join(HERE, 'django-page.html'), encoding='utf-8').read()
    page = page.replace('@@TITLE@@', title).replace('@@CONTENT@@', content.rstrip('\n'))
    open(os.path.join(DOCS, 'django-coc-enforcement-manual.html'), 'w', encoding='utf-8').write(page)


def rust(out):
    src = open(os.path.join(HERE, 'fetched/rust-lang-www.rust-lang.org/privacy.hbs'), encoding='utf-8').read()
    body = src.replace('{{#*inline "page"}}\n', '').replace('{{/inline}}\n{{~> (parent)~}}\n', '')
    body = body.replace('{{text policies-privacy-page-title}}', 'Rust Privacy Notice')
    body = body.replace('{{baseurl}}', 'https://www.rust-lang.org')
    assert '{{' not in body, re.findall(r'{{.*?}}', body)
    html = ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<title>Rust Privacy Notice</title>\n'
            '<link rel="stylesheet" href="rust-privacy.css">\n</head>\n<body>\n'
            + body.strip('\n') + '\n</body>\n</html>\n')
    open(out, 'w', encoding='utf-8').write(html)


if __name__ == '__main__':
    django()
    rust(sys.argv[1])
