#!/usr/bin/env python3
"""Measures the similarity from which a knowledge gap's closest passage counts as "close" (a near miss:
the documents talk about it but do not say it) rather than far (an off-topic question), the threshold
GapReport.CLOSE uses for its hint.

    for c in CORPUS...; do
      java -jar bot/target/policybot.jar eval --corpus $c --trace TRACES/$(basename $c).trace
    done
    tools/gap-hint.py TRACES CORPUS...

Each corpus README labels its out-of-scope questions in a table: rows "out of scope, near miss" and
"out of scope, off-topic" with an id range (c174–c213). A question's similarity is the highest COSINE
of its candidate sentences, as the engine's closest passage (Provenance.closest) reports it. Prints the
accuracy of the best threshold over all corpora, and leave-one-corpus-out: the threshold chosen on the
others, scored on the one left out.
"""
import json, os, re, sys

ROW = re.compile(r'\|\s*out of scope, (near miss|off-topic)\s*\|\s*\d+\s*\|\s*([a-z])(\d+)\D+?(\d+)\s*\|')


def labels(corpus):
    out = {}
    with open(os.path.join(corpus, 'README.md'), encoding='utf-8') as f:
        for m in ROW.finditer(f.read()):
            kind, prefix, lo, hi = m.group(1), m.group(2), int(m.group(3)), int(m.group(4))
            for n in range(lo, hi + 1):
                out['%s%03d' % (prefix, n)] = kind == 'near miss'
    return out


def cases(traces, corpus):
    name = os.path.basename(os.path.normpath(corpus))
    labelled = labels(corpus)
    rows = []
    with open(os.path.join(traces, name + '.trace'), encoding='utf-8') as f:
        for line in f:
            o = json.loads(line)
            if o['id'] in labelled:
                similarity = max((s['f']['COSINE'] for s in o['sentences']), default=0.0)
                rows.append((name, similarity, labelled[o['id']]))
    return rows


def accuracy(rows, t):
    return sum(1 for _, s, near in rows if (s >= t) == near) / len(rows)


def best(rows):
    # ties go to the threshold nearest 0.40, then the lower
    return max((accuracy(rows, t / 100), -abs(t - 40), -t) for t in range(0, 101))


def main():
    traces, corpora = sys.argv[1], sys.argv[2:]
    rows = [r for c in corpora for r in cases(traces, c)]
    near = sum(1 for r in rows if r[2])
    acc, _, negt = best(rows)
    print('%d labelled questions: %d near misses, %d off-topic' % (len(rows), near, len(rows) - near))
    print('all corpora: best threshold %.2f, accuracy %.3f' % (-negt / 100, acc))
    for c in sorted({r[0] for r in rows}):
        train = [r for r in rows if r[0] != c]
        test = [r for r in rows if r[0] == c]
        t = -best(train)[2] / 100
        print('  %-22s threshold %.2f from the others, accuracy here %.3f (%d questions)' % (c, t, accuracy(test, t),
                                                                                         len(test)))


if __name__ == '__main__':
    main()
