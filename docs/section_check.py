#!/usr/bin/env python3
"""Reads `kb show` output files; prints, per document, passages per section path (in reading order) and what sits
under a wrong parent: a numbered section whose nearest numbered ancestor is not a prefix of its number, and a
paragraph opening with a dotted clause number (after any box border "*") whose number its section's number neither
equals nor prefixes (text filed under a sibling clause)."""
import re, sys
NUM = re.compile(r'^(?:(?:Section|Article|Clause|Part|Chapter|§)\s*)?(\d{1,3}(?:\.\d{1,3})*)(?:\.|\)|\s|$)', re.I)
CLAUSE = re.compile(r'^[*\s]*(\d{1,3}(?:\.\d{1,3})+)\.?\s')
def number(name):
    m = NUM.match(name.strip())
    return tuple(int(x) for x in m.group(1).split('.')) if m else None
def prefix(a, b):
    return len(a) < len(b) and b[:len(a)] == a
for path in sys.argv[1:]:
    counts, order, wrong_sections, wrong_paras = {}, [], set(), []
    section = None
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    passages = []
    while i < len(lines):
        if lines[i].startswith('  section: '):
            section = lines[i][len('  section: '):]
            text = []
            i += 1
            while i < len(lines) and lines[i].startswith('  '):
                text.append(lines[i][2:]); i += 1
            passages.append((section, '\n'.join(text)))
        else:
            i += 1
    for s, text in passages:
        if s not in counts: order.append(s); counts[s] = 0
        counts[s] += 1
        parts = [] if s == '(none)' else s.split(' › ')
        nums = [number(p) for p in parts]
        for k, n in enumerate(nums):
            if n is None: continue
            anc = next((nums[j] for j in range(k - 1, -1, -1) if nums[j] is not None), None)
            if anc is not None and not prefix(anc, n):
                wrong_sections.add(s)
        own = next((n for n in reversed(nums) if n is not None), None)
        for para in text.split('\n\n'):
            m = CLAUSE.match(para)
            if m:
                c = tuple(int(x) for x in m.group(1).split('.'))
                if own is not None and not (prefix(own, c) or own == c):
                    wrong_paras.append((s, para[:60].replace('\n', ' ')))
    total = sum(counts.values())
    print(f"== {path}: {total} passages, {len(order)} section paths; wrong parent: {len(wrong_sections)} sections,"
          f" {len(wrong_paras)} clause paragraphs")
    for s in order:
        print(f"   {counts[s]:3d}  {s}{'   <-- WRONG PARENT' if s in wrong_sections else ''}")
    for s, p in wrong_paras:
        print(f"   misplaced under [{s}]: {p}")
