#!/bin/sh
# Prints src/workshop-and-loan-bikes.html to docs/workshop-and-loan-bikes.pdf with weasyprint.
cd "$(dirname "$0")/.." && weasyprint src/workshop-and-loan-bikes.html docs/workshop-and-loan-bikes.pdf
