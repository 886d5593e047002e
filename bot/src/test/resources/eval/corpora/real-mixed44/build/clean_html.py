"""Helpers: pull the main content out of the original HTML pages and clean it."""
from bs4 import BeautifulSoup, Comment
import re

def main_content(path):
    soup = BeautifulSoup(open(path, encoding='utf-8').read(), 'html.parser')
    for sel in [('div', {'id': 'main-content'}), ('div', {'role': 'main'}), ('div', {'id': 'content'})]:
        m = soup.find(*sel)
        if m:
            break
    for x in m(['script', 'style', 'img', 'nav', 'form']):
        x.decompose()
    for c in m.find_all(string=lambda s: isinstance(s, Comment)):
        c.extract()
    # sphinx / mkdocs permalink anchors
    for a in m.find_all('a', class_=['headerlink', 'toclink']):
        if a.get('class') == ['toclink']:
            a.unwrap()
        else:
            a.decompose()
    # erlang: title anchors
    for d in m.find_all('div', class_='title-anchors'):
        d.decompose()
    for d in m.find_all('div', class_='title-name'):
        d.unwrap()
    for a in m.find_all('a'):
        a.unwrap()
    for s in m.find_all('span', class_='code'):
        s.name = 'code'
        s.attrs = {}
    for s in m.find_all('span'):
        s.unwrap()
    for t in m.find_all(True):
        for att in list(t.attrs):
            if att not in ('class', 'id'):
                del t.attrs[att]
    return m
