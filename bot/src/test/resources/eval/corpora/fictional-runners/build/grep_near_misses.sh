#!/bin/sh
# Greps the extracted texts (written by check.py into build/text/) for the
# key words of every near miss; every hit was read by hand (see README).
cd "$(dirname "$0")/text"
for pat in "AGM" "annual general meeting" "30 June" "registration fee" "captain" "start running" "beginner" \
  "entry fee" "10K" "club places" "marathon" "discount" "physio" "jacket" "dinner" "ticket" "points" \
  "batch" "deadline" "phone" "welfare" "waiting list" "moderator" "register" "finish" "19:" "dog" "pet" \
  "animal" "shop" "LiRF" "course" "cost" "minimum age" "distance" " km" "kilomet" "affiliat" "number" "£"; do
  echo "=== $pat"
  grep -i -o -h ".\{0,60\}$pat.\{0,60\}" constitution.0.txt training.1.txt juniors.0.txt privacy-discord.0.txt | tr -s ' '
done
