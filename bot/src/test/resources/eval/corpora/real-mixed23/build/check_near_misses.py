#!/usr/bin/env python3
"""Greps the key words (and synonyms) of each near-miss question in the visible
text of all four documents, as extracted by /work/sets/verify-corpus.py --text,
and prints every hit with its line, for reading."""
import json, re, subprocess, sys, os
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
man = json.load(open(os.path.join(SET, "manifest.json")))
texts = {m["id"]: subprocess.run(["python3", "/work/sets/verify-corpus.py", "--text",
         os.path.join(SET, m["file"])], capture_output=True, text=True).stdout.splitlines()
         for m in man}
KW = {
 "M23081": ["signature", "sign", "gpg", "pgp", "key", "checksum", "verify"],
 "M23082": ["code owner", "clang", "owner", "approv"],
 "M23083": ["end of life", "eol", "unmaintained", "support", "maintain", "security fix"],
 "M23084": ["monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "day of", "weekday"],
 "M23085": ["www", "access", "permission", "write", "commit"],
 "M23086": ["fingerprint", "pgp", "gpg", "key"],
 "M23087": ["bounty", "reward", "pay", "money", "credit", "compensat"],
 "M23088": ["security team", "member", "roster", "small number"],
 "M23089": ["technical board", "techboard", "board"],
 "M23090": ["cvss", "score", "severity", "mandatory", "embargo may"],
 "M23091": ["lts", "long term", "long and short term", "stable branch", "years", "maintained"],
 "M23092": ["price", "cost", "fee", "pay", "charge", "$", "commercial"],
 "M23093": ["age", "minor", "years old", "18", "13", "adult"],
 "M23094": ["notice", "change", "amend", "modif", "days"],
 "M23095": ["address", "postal", "redmond", "way", "notices"],
 "M23096": ["email", "e-mail", "contact", "@", "question", "licensing"],
 "M23097": ["committers are", "list of", "names", "current"],
 "M23098": ["irc", "channel", "libera", "oftc", "network"],
 "M23099": ["report", "conduct", "email", "e-mail", "contact", "violation"],
 "M23100": ["inactiv", "months", "period", "retain"],
 "M23101": ["security team", "minimal size", "number", "how many", "members"],
}
ids = sys.argv[1:] or sorted(KW)
for qid in ids:
    print("=" * 8, qid, KW[qid])
    for doc, lines in texts.items():
        for n, line in enumerate(lines, 1):
            low = line.lower()
            hit = [k for k in KW[qid] if k in low]
            if hit:
                print("  %-18s %4d %-22s %s" % (doc, n, ",".join(hit), line.strip()[:150]))
