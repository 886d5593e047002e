#!/bin/sh
# Grep the visible text of all four documents (as verify-corpus.py --text
# extracts it) for the key words of each near-miss question.
# Usage: sh build/check_near_misses.sh   (from the set folder)
set -e
T=$(mktemp -d "$PWD/.nearmiss.XXXXXX")
for f in docs/*; do
  python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" --text "$f" > "$T/$(basename "$f").txt"
done
while IFS='|' read -r label pattern; do
  [ -z "$label" ] && continue
  echo "=== $label  [$pattern]"
  grep -Hin -E "$pattern" "$T"/*.txt | sed "s|$T/||" || echo "   (no hits)"
done <<'LIST'
N1 coffee price|coffee|flat white|latte|menu|drink|price of|prices
N2 parking|parking|car park|\bcars?\b|vehicle|permit
N3 dogs|\bdogs?\b|\bpets?\b|animal
N4 AGM date|annual general|general meeting|\bAGM\b
N5 cafe manager|café|cafe
N6 taster price|taster
N7 annual upfront|annual|upfront|up front|whole year|yearly|per year|a year
N8 registration number|registration|registered|number
N9 waiting list|waiting list|waitlist|queue
N10 locker size|locker
N11 fob system company|access fob system|supplier|supplies|hosts
N12 market stall price|market|stall|pitch
N13 liability amount|liability|insur|million|cover
N14 showers|shower|changing|wash
N15 hot desk count|hot desks?|how many|\bdesks\b
N16 cafe capacity|capacity|seats|people
N17 application decision time|application|apply|decision
N18 air conditioning|air|heat|temperat|cool|\bfans?\b|summer|window
N19 quorum|quorum|general meeting|vote
N20 locker key|\bkeys?\b|locker
N21 3d printer|3d|3-d|printer|printing|print
LIST
rm -rf "$T"
