"""Print an HTML file to PDF with WeasyPrint (Debian's python3-weasyprint 57),
adding build/page.css (A4, "Page N of M" footers). Remote URLs (the page's
Google Fonts links) are refused so that the build works offline; the text
falls back to the system serif and sans-serif fonts."""
import sys
import weasyprint

def fetcher(url, timeout=10, ssl_context=None):
    if url.startswith(('http://', 'https://')):
        raise ValueError('offline build: not fetching ' + url)
    return weasyprint.default_url_fetcher(url, timeout, ssl_context)

src, css, out = sys.argv[1:4]
doc = weasyprint.HTML(filename=src, url_fetcher=fetcher)
doc.write_pdf(out, stylesheets=[weasyprint.CSS(filename=css)])
