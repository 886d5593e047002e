#!/usr/bin/env python3
"""Builds docs/classes-and-bookings.html: wraps src/classes-body.html (the page's
main content) in the site's page frame: head with inline style, cookie banner,
header with navigation, breadcrumb, aside and footer."""
import os
here = os.path.dirname(os.path.abspath(__file__))
body = open(os.path.join(here, '..', 'src', 'classes-body.html'), encoding='utf-8').read()
page = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Classes and bookings - Harrowfold &amp; District Dog Training Club</title>
<style>
  body { font-family: "Segoe UI", Arial, sans-serif; margin: 0; color: #222; background: #fbfaf6; line-height: 1.5; }
  header { background: #2f5d3a; color: #fff; padding: 0.8rem 1.5rem; }
  header .brand { font-size: 1.4rem; font-weight: bold; }
  nav ul { list-style: none; margin: 0.4rem 0 0; padding: 0; display: flex; gap: 1.2rem; }
  nav a { color: #fff; text-decoration: none; }
  .breadcrumb { font-size: 0.85rem; padding: 0.5rem 1.5rem; background: #e9efe6; }
  .wrap { display: flex; gap: 2rem; padding: 1rem 1.5rem; max-width: 1100px; }
  main { flex: 3; }
  aside { flex: 1; background: #fff; border: 1px solid #cfd8cc; padding: 0.8rem 1rem; align-self: flex-start; }
  table.prices { border-collapse: collapse; width: 100%; }
  table.prices th, table.prices td { border: 1px solid #b9c4b5; padding: 0.35rem 0.5rem; text-align: left; }
  table.prices th { background: #dfe8dc; }
  details { border: 1px solid #cfd8cc; margin: 0.4rem 0; padding: 0.4rem 0.8rem; background: #fff; }
  summary { cursor: pointer; font-weight: bold; }
  .note { font-size: 0.9rem; color: #555; }
  #cookie-banner { position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #fff; padding: 0.8rem 1.5rem; }
  #cookie-banner button { margin-left: 1rem; }
  footer { background: #2f5d3a; color: #e9efe6; padding: 1rem 1.5rem; font-size: 0.85rem; margin-top: 2rem; }
  footer a { color: #fff; }
</style>
</head>
<body>
<div id="cookie-banner" role="dialog" aria-label="Cookies">
  <p>We use one cookie to keep you signed in to the booking portal and, if you allow it, simple visitor counts. We do not use advertising cookies.
  <button type="button">Accept all</button><button type="button">Essential only</button></p>
</div>
<header>
  <div class="brand">Harrowfold &amp; District Dog Training Club</div>
  <nav aria-label="Main">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/join/">Join the club</a></li>
      <li><a href="/classes/" aria-current="page">Classes</a></li>
      <li><a href="/juniors/">Junior handlers</a></li>
      <li><a href="/fun-show/">Summer fun show</a></li>
      <li><a href="/policies/">Club policies</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/classes/">Classes</a> &rsaquo; Classes and bookings</div>
<div class="wrap">
''' + body + '''</main>
<aside>
  <h2>Class times</h2>
  <p>Tuesday and Thursday evenings, 6.00 pm to 9.00 pm; Saturday mornings, 9.00 am to 12.30 pm. Puppy classes are on Saturday mornings and Tuesday evenings.</p>
  <h2>Questions about classes?</h2>
  <p>Our classes coordinator is Helen Brightwater.<br>
  E-mail: classes@harrowfolddtc.example<br>
  Phone or text: 07700 900142 (evenings and weekends)</p>
  <h2>Find us</h2>
  <p>Pinfold Hall and Training Field, Pinfold Lane, Harrowfold HF3 7QA. Free parking in the club car park; please keep the farm gate clear.</p>
</aside>
</div>
<footer>
  <p>Harrowfold &amp; District Dog Training Club, Pinfold Hall, Pinfold Lane, Harrowfold HF3 7QA. Secretary: secretary@harrowfolddtc.example, 01632 960274.</p>
  <p><a href="/policies/club-rules/">Club Rules</a> | <a href="/policies/welfare/">Dog Welfare and Safety Policy</a> | <a href="/policies/privacy/">Privacy and Photos Notice</a> | <a href="/cookies/">Cookies</a></p>
  <p>Page last updated 2 February 2026.</p>
</footer>
</body>
</html>
'''
open(os.path.join(here, '..', 'docs', 'classes-and-bookings.html'), 'w', encoding='utf-8').write(page)
