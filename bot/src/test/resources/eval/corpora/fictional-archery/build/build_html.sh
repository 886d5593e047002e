#!/bin/sh
# The html page is written by hand; it is copied unchanged into docs/.
set -e
cd "$(dirname "$0")/.."
cp src/juniors-and-privacy.html docs/juniors-and-privacy.html
