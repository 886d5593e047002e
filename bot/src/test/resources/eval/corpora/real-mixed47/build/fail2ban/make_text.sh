#!/bin/sh
# Builds docs/DEVELOP from the fail2ban 1.0.2-2 package files kept in build/originals/fail2ban/.
# The words are not changed: the three files are joined as they are, byte for byte.
#   README.md  - whole
#   DEVELOP    - lines 1-170 (everything before the "Design" section, which is left out whole)
#   FILTERS    - lines 1-124 ("Developing Filters" introduction and the whole "Filter Test Cases" section)
set -e
cd "$(dirname "$0")/../.."
O=build/originals/fail2ban
{
  zcat $O/README.md.gz
  printf '\n\n'
  zcat $O/DEVELOP.gz | sed -n '1,170p'
  printf '\n'
  zcat $O/FILTERS.gz | sed -n '1,124p'
} > docs/DEVELOP
