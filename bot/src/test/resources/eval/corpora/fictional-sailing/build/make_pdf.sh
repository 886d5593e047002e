#!/bin/sh
# Print docs/boat-park-and-equipment-agreement.pdf from the HTML source with weasyprint.
set -e
cd "$(dirname "$0")/.."
weasyprint src/boat-park-and-equipment-agreement.html docs/boat-park-and-equipment-agreement.pdf
