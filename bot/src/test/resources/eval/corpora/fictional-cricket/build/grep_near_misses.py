#!/usr/bin/env python3
"""Greps the extracted text of all four documents for keywords of each near-miss
question and prints every hit with context, for manual review."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check

KEYS = {
 "CK081": ["pint", "price", "beer", "drink"],
 "CK082": ["wifi", "wi-fi", "password", "internet"],
 "CK083": ["overs", "over a side", "innings"],
 "CK084": ["defib", "AED", "first aid"],
 "CK085": ["hire", "party", "function", "birthday"],
 "CK086": ["cap ", "cap,", "cap."],
 "CK087": ["scorer"],
 "CK088": ["camp", "holiday", "summer"],
 "CK089": ["register", "registration", "affiliat"],
 "CK090": ["sort code", "account", "bank", "transfer", "standing order"],
 "CK091": ["finish", "close of play", "stumps", "end of the match"],
 "CK092": ["ICO", "registration number", "Information Commissioner"],
 "CK093": ["DBS", "weeks"],
 "CK094": ["winter", "nets", "indoor"],
 "CK095": ["sponsor"],
 "CK096": ["first league", "fixture", "season start", "April"],
 "CK097": ["capacity", "hold", "people"],
 "CK098": ["rent", "lease", "Parish Council"],
 "CK099": ["built", "1921", "pavilion was", "opened"],
 "CK100": ["Okafor", "0770", "phone"],
 "CK101": ["weight", "oz", "gram", "ball"],
}

def main():
    texts = {}
    for m in json.load(open(os.path.join(check.ROOT, "manifest.json"))):
        texts[m["id"]] = check.extract(os.path.join(check.ROOT, m["file"]))[-1]
    for qid, keys in KEYS.items():
        print(f"===== {qid}")
        for k in keys:
            for doc, t in texts.items():
                for mo in re.finditer(r"\b" + re.escape(k), t, re.I):
                    s = max(0, mo.start() - 90); e = min(len(t), mo.end() + 90)
                    print(f"  [{k}] {doc}: ...{t[s:e]}...")

if __name__ == "__main__":
    main()
