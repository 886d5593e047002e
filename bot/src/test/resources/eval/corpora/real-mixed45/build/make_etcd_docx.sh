#!/bin/sh
# Join seven etcd documentation pages (Debian package etcd-server 3.4.23-4+b4,
# /usr/share/doc/etcd-server) into one Markdown file and convert it to DOCX with pandoc.
# Each page's YAML "title:" front matter becomes its level-1 heading; the text is otherwise as shipped.
set -e
cd "$(dirname "$0")"
O=originals/etcd-server
page() { # file, as shipped: front matter -> "# title"
  python3 - "$1" <<'P'
import sys, re, gzip
f = sys.argv[1]
t = (gzip.open(f, 'rt', encoding='utf-8') if f.endswith('.gz') else open(f, encoding='utf-8')).read()
m = re.match(r'---\ntitle: (.*)\n---\n', t)
if m:
    t = '# ' + m.group(1).strip() + '\n' + t[m.end():]
print(t.rstrip() + '\n')
P
}
{
  page $O/reporting_bugs.md
  page $O/triage/issues.md
  page $O/triage/PRs.md
  page $O/branch_management.md
  page $O/op-guide/versioning.md
  page $O/op-guide/supported-platform.md
  page $O/dev-internal/release.md.gz
} > etcd-policies.md
pandoc -f gfm -t docx -o ../docs/etcd-bugs-triage-branches-releases.docx etcd-policies.md
