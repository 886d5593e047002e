#!/bin/sh
# Grep the visible text of all four documents for the key words of the
# near-miss questions (SC081-SC101). Text is extracted with the
# verifier's own --text mode, then whitespace is joined so that phrases
# broken across lines are still found. Output goes to stdout only.
cd "$(dirname "$0")/.."
T=$(mktemp -d ./.nearmiss.XXXX)
for f in CLUB_BYELAWS safety-and-water-rules.html junior-and-safeguarding-policy.docx boat-park-and-equipment-agreement.pdf; do
  python3 "$(git rev-parse --show-toplevel)/tools/verify-corpus.py" --text "docs/$f" | tr -s ' \n\t' '   ' | sed 's/\. /.\n/g' > "$T/$f"
done
for w in "course" "level 1|beginner" "bar" "pint|price|drink" "race officer|racing|race" \
         "house committee" "squad" "open meeting|entry" "moderat" "endorsement" \
         "warning" "alarm|code" "doyle|safety officer|phone|mobile|0770" \
         "incident form|kept|retain|retention|delete" "records" "speed|mph|fine" \
         "discount|instal|one sum" "charity|charit|registered|gift" "student|full-time|proof" \
         "card|cash" "nominat|candidate|elect|stand for" "treasurer|okonjo|@"; do
  echo "== $w"
  grep -i -E "$w" "$T"/* | sed "s|$T/||" | cut -c1-240
done
rm -rf "$T"
