import html, sys
text = open(sys.argv[1], encoding="utf-8").read()
print("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>GNU General Public License, version 2</title>
<style>
@page { size: A4; margin: 2cm 2cm 2.2cm 2cm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; } }
pre { font: 9.5pt/1.35 "DejaVu Sans Mono", monospace; white-space: pre; }
</style></head><body><pre>""" + html.escape(text) + "</pre></body></html>")
