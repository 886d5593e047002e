#!/bin/sh
# Grep the extracted text of all four documents for the key words of every
# near-miss question; every hit was read to confirm it does not answer the question.
cd "$(dirname "$0")/.." && python3 build/check.py --dump >/dev/null
cd build/extracted
for w in "sort code" "account number" "per hour" "paid" "dog" "animal" "pet" "opening" "hours" \
         "workshop" "cost" "newsletter" "how many members" "insur" "capacity" "Lantern Room" "hire" \
         "ticket" "Christmas" "CCTV" "Wexcombe" "chair" "deputy" "beaten" "won" "minimum age" \
         "Federation" "affiliat" "Hollins" "last season" "judge" "fee" "engrav" "points" \
         "confirm" "reply" "respond"; do
  echo "=== $w"
  grep -i -h -o -E ".{0,80}$w.{0,80}" constitution.text.txt competitions.html.txt \
       darkroom-loans.docx.txt privacy-discord.pdf-raw.txt | sort -u
done
