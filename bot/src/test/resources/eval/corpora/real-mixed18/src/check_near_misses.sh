#!/bin/sh
# Greps the key words of every near miss in the visible text of all four documents
# (as verify-corpus.py --text reads them). Every hit was read by hand; see README.md.
cd "$(dirname "$0")/.."
T=$(mktemp -d)
for f in docs/*; do python3 /work/sets/verify-corpus.py --text "$f" > "$T/$(basename "$f").txt"; done
for w in 'key id' keyid fingerprint country hosted gdpr 'jurisdiction' 'admins' 'queue' hostid regenerat 'how many' machines \
         cost price fee 'usd' '\$' affidavit 'send' address trademark 'name' patent city office located \
         'days' hour week cvss score severity reserved batch year lts appeal 'who is' member team \
         ban suspend 'how long' last chosen term elect serve anonym steering email credit histor 'look' past; do
  echo "== $w"; grep -ino -- ".\{0,50\}$w.\{0,50\}" "$T"/*.txt | sed "s#$T/##"
done
rm -r "$T"
