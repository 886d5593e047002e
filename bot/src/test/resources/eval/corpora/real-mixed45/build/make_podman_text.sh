#!/bin/sh
# docs/CONTRIBUTING: Podman's CONTRIBUTING.md followed by its SECURITY.md, as shipped in
# Debian package podman 4.3.1+ds1-8+deb12u1+b3 (/usr/share/doc/podman), joined with one blank line.
set -e
cd "$(dirname "$0")"
{ zcat originals/podman/CONTRIBUTING.md.gz; echo; cat originals/podman/SECURITY.md; } > ../docs/CONTRIBUTING
