"""Builds docs/django-security-policies.html: the RST policy text converted by pandoc,
wrapped in page chrome that imitates docs.djangoproject.com (header, nav, breadcrumbs,
cookie banner, sidebar, footer, scripts). The chrome is written for this set; the policy
text is the one in django-security.rst."""
import os, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'docs', 'django-security-policies.html')

body = subprocess.run(['pandoc', '-f', 'rst-smart', '-t', 'html5', os.path.join(HERE, 'django-security.rst')],
                      capture_output=True, text=True, check=True).stdout
# the document title becomes the page heading; give the body its own anchor-wrapped sections
body = body.replace('<h1 id="djangos-security-policies">Django\'s security policies</h1>',
                    '<h1 id="djangos-security-policies">Django\'s security policies<a class="headerlink" href="#djangos-security-policies" title="Permalink to this headline">¶</a></h1>')
body = re.sub(r'<h2 id="([^"]+)">(.*?)</h2>',
              lambda m: f'<h2 id="{m.group(1)}">{m.group(2)}<a class="headerlink" href="#{m.group(1)}" title="Permalink to this headline">¶</a></h2>',
              body)
toc = '\n'.join(f'          <li><a class="reference internal" href="#{i}">{t}</a></li>'
                for i, t in re.findall(r'<h2 id="([^"]+)">(.*?)<a', body))

PAGE = '''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="The web framework for perfectionists with deadlines.">
  <title>Django's security policies | Django documentation | Django</title>
  <link rel="canonical" href="https://docs.djangoproject.com/en/dev/internals/security/">
  <link rel="search" type="application/opensearchdescription+xml" href="https://docs.djangoproject.com/en/dev/search/description/" title="Django documentation">
  <link rel="stylesheet" href="https://static.djangoproject.com/css/output.0c5ab6e8f3a2.css">
  <link rel="shortcut icon" href="https://static.djangoproject.com/img/icon-touch.e4872c4da341.png">
  <style>
    .cookie-notice{position:fixed;bottom:0;left:0;right:0;background:#0c4b33;color:#fff;padding:12px 20px;z-index:100;font-size:14px}
    .cookie-notice[hidden]{display:none}
    .headerlink{visibility:hidden;margin-left:.3em}
    h1:hover .headerlink,h2:hover .headerlink{visibility:visible}
  </style>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('consent', 'default', {'analytics_storage': 'denied'});
  </script>
</head>
<body id="generic" class="">
  <div class="cookie-notice" id="cookie-notice" role="dialog" aria-label="Cookie notice">
    <p>We use cookies to measure how this documentation is used and to remember your theme and version choices. <a href="https://www.djangoproject.com/cookies/">Read more</a></p>
    <button type="button" class="button" data-cookie="accept">Accept all</button>
    <button type="button" class="button secondary" data-cookie="essential">Essential only</button>
  </div>

  <div role="banner" id="top">
    <div class="container">
      <a class="logo" href="https://www.djangoproject.com/">Django</a>
      <p class="meta">The web framework for perfectionists with deadlines.</p>
      <div class="header-tools">
        <button class="theme-toggle" aria-label="Toggle theme (current theme: auto)">
          <span class="visuallyhidden">Toggle theme</span>
        </button>
      </div>
      <div role="navigation" aria-label="Main">
        <button class="menu-button"><span class="visuallyhidden">Menu</span></button>
        <ul>
          <li><a href="https://www.djangoproject.com/start/overview/">Overview</a></li>
          <li><a href="https://www.djangoproject.com/download/">Download</a></li>
          <li class="active"><a href="https://docs.djangoproject.com/">Documentation</a></li>
          <li><a href="https://www.djangoproject.com/weblog/">News</a></li>
          <li><a href="https://www.djangoproject.com/community/">Community</a></li>
          <li><a href="https://github.com/django/django" target="_blank" rel="noopener">Code</a></li>
          <li><a href="https://code.djangoproject.com/">Issues</a></li>
          <li><a href="https://www.djangoproject.com/foundation/">About</a></li>
          <li><a href="https://www.djangoproject.com/fundraising/">&#9829; Donate</a></li>
        </ul>
      </div>
    </div>
  </div>

  <div class="copy-banner">
    <div class="container container--flex container--flex--wrap--mobile">
      <h1><a href="https://docs.djangoproject.com/en/dev/">Documentation</a></h1>
      <form action="https://docs.djangoproject.com/en/dev/search/" class="search form-input" role="search">
        <label class="visuallyhidden" for="id_term">Search:</label>
        <input type="search" name="q" placeholder="Search dev documentation" id="id_term">
        <button type="submit"><span class="visuallyhidden">Submit</span></button>
      </form>
    </div>
  </div>

  <div id="billboard"></div>

  <div class="container sidebar-right">
    <main id="main-content">
      <div id="version-switcher">
        <ul id="doc-languages" class="language-switcher doc-switcher">
          <li class="current"><span>Language: <strong>en</strong></span></li>
          <li><a href="https://docs.djangoproject.com/fr/dev/internals/security/">fr</a></li>
          <li><a href="https://docs.djangoproject.com/ja/dev/internals/security/">ja</a></li>
        </ul>
        <ul id="doc-versions" class="version-switcher doc-switcher">
          <li class="current"><span>Documentation version: <strong>development</strong></span></li>
        </ul>
      </div>

      <article id="docs-content">
        <div class="section" id="s-django-s-security-policies">
{body}
        </div>
      </article>

      <nav class="browse-horizontal" aria-labelledby="browse-horizontal-header">
        <span id="browse-horizontal-header" class="visuallyhidden">Previous page and next page</span>
        <div class="left"><a rel="prev" href="https://docs.djangoproject.com/en/dev/internals/mailing-lists/"><span class="arrow">&lsaquo;</span> Mailing lists</a></div>
        <div class="right"><a rel="next" href="https://docs.djangoproject.com/en/dev/internals/release-process/">Django's release process <span class="arrow">&rsaquo;</span></a></div>
      </nav>
    </main>

    <div role="complementary">
      <h2 class="visuallyhidden" id="aside-header">Additional Information</h2>
      <div class="fundraising-sidebar">
        <h3>Support Django!</h3>
        <p>Support the Django Software Foundation, the non-profit behind Django, with a donation.</p>
        <a href="https://www.djangoproject.com/fundraising/">Donate today!</a>
      </div>
      <h3>Contents</h3>
      <ul>
        <li><a class="reference internal" href="#djangos-security-policies">Django's security policies</a>
          <ul>
{toc}
          </ul>
        </li>
      </ul>
      <h3>Browse</h3>
      <ul>
        <li>Prev: <a href="https://docs.djangoproject.com/en/dev/internals/mailing-lists/">Mailing lists</a></li>
        <li>Next: <a href="https://docs.djangoproject.com/en/dev/internals/release-process/">Django's release process</a></li>
        <li><a href="https://docs.djangoproject.com/en/dev/contents/">Table of contents</a></li>
        <li><a href="https://docs.djangoproject.com/en/dev/genindex/">General Index</a></li>
        <li><a href="https://docs.djangoproject.com/en/dev/py-modindex/">Python Module Index</a></li>
      </ul>
      <h3>You are here:</h3>
      <ul>
        <li><a href="https://docs.djangoproject.com/en/dev/">Django dev documentation</a>
          <ul><li><a href="https://docs.djangoproject.com/en/dev/internals/">Django internals</a>
            <ul><li>Django's security policies</li></ul>
          </li></ul>
        </li>
      </ul>
      <h3>Getting help</h3>
      <dl class="list-links">
        <dt><a href="https://docs.djangoproject.com/en/dev/faq/">FAQ</a></dt>
        <dd>Try the FAQ &mdash; it's got answers to many common questions.</dd>
        <dt><a href="https://docs.djangoproject.com/en/dev/genindex/">Index</a>, <a href="https://docs.djangoproject.com/en/dev/py-modindex/">Module Index</a>, or <a href="https://docs.djangoproject.com/en/dev/contents/">Table of Contents</a></dt>
        <dd>Handy when looking for specific information.</dd>
        <dt><a href="https://forum.djangoproject.com/">Django Forum</a></dt>
        <dd>Search the Django Forum for answers to common questions.</dd>
        <dt><a href="https://code.djangoproject.com/">Ticket tracker</a></dt>
        <dd>Report bugs with Django or Django documentation in our ticket tracker.</dd>
      </dl>
      <h3>Download:</h3>
      <p>Offline (development version): <a href="https://media.djangoproject.com/docs/django-docs-dev-en.zip">HTML</a> | <a href="https://media.readthedocs.org/pdf/django/latest/django.pdf">PDF</a> | <a href="https://media.readthedocs.org/epub/django/latest/django.epub">ePub</a><br>
      <span class="quiet">Provided by <a href="https://readthedocs.org/">Read the Docs</a>.</span></p>
    </div>
  </div>

  <footer>
    <div class="subfooter">
      <div class="container">
        <h2 class="visuallyhidden">Django Links</h2>
        <div class="col learn">
          <h3>Learn More</h3>
          <ul>
            <li><a href="https://www.djangoproject.com/start/overview/">About Django</a></li>
            <li><a href="https://www.djangoproject.com/start/">Getting Started with Django</a></li>
            <li><a href="https://www.djangoproject.com/foundation/teams/">Team Organization</a></li>
            <li><a href="https://www.djangoproject.com/foundation/">Django Software Foundation</a></li>
            <li><a href="https://www.djangoproject.com/conduct/">Code of Conduct</a></li>
            <li><a href="https://www.djangoproject.com/diversity/">Diversity Statement</a></li>
          </ul>
        </div>
        <div class="col involved">
          <h3>Get Involved</h3>
          <ul>
            <li><a href="https://www.djangoproject.com/community/">Join a Group</a></li>
            <li><a href="https://docs.djangoproject.com/en/dev/internals/contributing/">Contribute to Django</a></li>
            <li><a href="https://docs.djangoproject.com/en/dev/internals/contributing/bugs-and-features/">Submit a Bug</a></li>
            <li><a href="https://docs.djangoproject.com/en/dev/internals/security/#reporting-security-issues">Report a Security Issue</a></li>
            <li><a href="https://www.djangoproject.com/foundation/individual-members/">Individual membership</a></li>
          </ul>
        </div>
        <div class="col follow">
          <h3>Follow Us</h3>
          <ul>
            <li><a href="https://github.com/django">GitHub</a></li>
            <li><a href="https://fosstodon.org/@django" rel="me">Mastodon</a></li>
            <li><a href="https://forum.djangoproject.com/">Django Forum</a></li>
            <li><a href="https://www.djangoproject.com/rss/weblog/">News RSS</a></li>
          </ul>
        </div>
        <div class="col support">
          <h3>Support Us</h3>
          <ul>
            <li><a href="https://www.djangoproject.com/fundraising/">Sponsor Django</a></li>
            <li><a href="https://www.djangoproject.com/foundation/corporate-membership/">Corporate membership</a></li>
            <li><a href="https://django.threadless.com/" target="_blank">Official merchandise store</a></li>
            <li><a href="https://www.djangoproject.com/fundraising/#benevity-giving">Benevity Workplace Giving Program</a></li>
          </ul>
        </div>
      </div>
    </div>
    <div class="footer">
      <div class="container">
        <div class="footer-logo"><a class="logo" href="https://www.djangoproject.com/">Django</a></div>
        <ul class="thanks">
          <li><span>Hosting by</span> <a class="in-kind-donors" href="https://www.djangoproject.com/fundraising/#in-kind-donors">In-kind donors</a></li>
          <li class="design"><span>Design by</span> <a class="threespot" href="https://www.threespot.com">Threespot</a> <span class="ampersand">&amp;</span> <a class="andrevv" href="http://andrevv.com/">andrevv</a></li>
        </ul>
        <p class="copyright">&copy; 2005-2025 <a href="https://www.djangoproject.com/foundation/">Django Software Foundation</a> and individual contributors. Django is a <a href="https://www.djangoproject.com/trademarks/">registered trademark</a> of the Django Software Foundation.</p>
      </div>
    </div>
  </footer>

  <script src="https://static.djangoproject.com/js/mod/theme-toggle.2b5c1e9a4f00.js"></script>
  <script>
    (function () {
      var notice = document.getElementById('cookie-notice');
      if (localStorage.getItem('cookie-choice')) { notice.hidden = true; }
      notice.addEventListener('click', function (e) {
        var choice = e.target.getAttribute('data-cookie');
        if (!choice) { return; }
        localStorage.setItem('cookie-choice', choice);
        if (choice === 'accept') { gtag('consent', 'update', {'analytics_storage': 'granted'}); }
        notice.hidden = true;
      });
    })();
  </script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>
</body>
</html>
'''
open(OUT, 'w', encoding='utf-8').write(PAGE.replace('{body}', body).replace('{toc}', toc))
print('wrote', OUT)
