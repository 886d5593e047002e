"""Extract the Sphinx page bodies of the original HTML files to Markdown (pandoc)."""
import re, subprocess, sys, pathlib
here = pathlib.Path(__file__).parent
def body(path):
    t = open(path, encoding='utf-8').read()
    m = re.search(r'<div itemprop="articleBody">(.*?)</div>\s*</div>\s*<footer', t, re.S) \
        or re.search(r'<div class="body" role="main">(.*?)<div class="sphinxsidebar', t, re.S) \
        or re.search(r'role="main"[^>]*>(.*?)<footer', t, re.S)
    h = m.group(1)
    h = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', '', h, flags=re.S)
    h = re.sub(r'</?(div|span)\b[^>]*>', '', h)
    h = re.sub(r'<blockquote>(.*?)</blockquote>', r'\1', h, flags=re.S)
    return h
def md(path):
    out = subprocess.run(['pandoc', '-f', 'html-native_divs-native_spans', '-t', 'gfm-raw_html', '--wrap=none'], input=body(path),
                         capture_output=True, text=True, check=True).stdout
    return out
if __name__ == '__main__':
    (here / 'raw').mkdir(exist_ok=True)
    for p in ['scrapy/contributing', 'scrapy/versioning', 'hypothesis/supported', 'hypothesis/community',
              'hypothesis/support', 'hypothesis/manifesto', 'hypothesis/development', 'dask/develop', 'dask/maintainers', 'dask/support']:
        (here / 'raw' / (p.replace('/', '-') + '.md')).write_text(md(here / 'orig' / (p + '.html')))
