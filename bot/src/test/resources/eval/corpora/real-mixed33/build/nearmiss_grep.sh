#!/bin/sh
# grep the near-miss key words (and synonyms) in the visible text of all four documents
cd "$(dirname "$0")/.."
mkdir -p build/tmp
for f in docs/*; do python3 /work/sets/verify-corpus.py --text "$f" > "build/tmp/$(basename "$f").txt"; done
g() { echo "=== $1"; grep -n -i -E "$1" build/tmp/*.txt | cut -c1-220; }
g 'deputy'
g 'third-party|third party|compliance'
g 'travel|ticket|cost|pay|price|fee|\$|fund|sponsor'
g 'log(s|ged)?\b|retain|retention|delete'
g 'meetpad|account'
g 'moderat|ban(ned)?\b|openstack-discuss'
g 'release manager|release|releasing'
g 'security|vulnerab|secure|email|e-mail|@'
g 'how long|days|weeks|review time|first review|respon'
g 'maintainers? '
g 'stale|inactiv|auto-clos|closed'
g 'perl (5|version)|5\.[0-9]|minimum|require'
g 'major release|schedule|how often|every '
g 'support(ed)?|patch(ing)?|old(er)? (major|version)|LTS|long.term'
g 'licen[cs]e|CLA\b|contributor (license|agreement)|copyright'
g 'forum|moderator'
g 'mailing list|bazaar list|list\b'
g 'SRU'
g 'python'
g 'review(er|ers|ed)?\b|approv'
