#!/usr/bin/env python3
"""Greps the extracted texts (build/text/, written by check.py) of all four
documents for the key words of each near-miss question and prints every hit,
so each hit can be read to confirm that no sentence answers the question."""
import glob, re
NM = {
 "postcode of Arch 14": ["postcode", "post code", r"\bOX\d"],
 "current Chair's name": [r"\bChair\b"],
 "trade stand cost": ["trade stand", "trader", "pitch"],
 "wifi password": ["wifi", "wi-fi", "password", "internet"],
 "Christmas social date/price": ["christmas", "social"],
 "DCC system make": ["DCC", "Z21", "make", "brand", "system"],
 "number of members": ["members in total", "membership of", r"\d+ members"],
 "insurance company": ["insur"],
 "longest train / coaches": ["train length", "coaches", "longest", "maximum length"],
 "closed-toe shoes": ["shoe", "footwear", "toe"],
 "coach trips": ["coach", "trip", "outing", "visit to"],
 "Arch Gazette frequency": ["gazette", "newsletter", "monthly", "quarterly"],
 "2027 exhibition": ["2027", "next year"],
 "membership badge replacement": ["badge", "replacement"],
 "instagram": ["instagram", "social media", "facebook"],
 "sort code": ["sort code", "account number", "bank"],
 "hire the arch": ["hire", "party", "birthday", "non-member"],
 "photographer's name": ["photographer"],
 "Greyfield parking capacity": ["parking", "car park", "playing fields"],
 "cafe prices": ["cafe", "bacon", "food", "lunch"],
 "exhibition cancelled refund": ["cancel", "refund"],
}
texts = {p: open(p, encoding="utf-8").read() for p in sorted(glob.glob("build/text/*.txt"))}
for name, words in NM.items():
    print("=" * 8, name)
    for p, t in texts.items():
        flat = re.sub(r"\s+", " ", t)
        for w in words:
            for m in re.finditer(w, flat, re.I):
                print(f"  [{p.split('/')[-1]}] ...{flat[max(0,m.start()-80):m.end()+80]}...")
