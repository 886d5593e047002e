#!/usr/bin/env python3
"""Fits the answer decision's two logistic models from eval traces and writes them into
knowledge/src/main/resources/org/policybot/knowledge/decide/decision-weights.json.

    java -jar bot/target/policybot.jar eval --corpus DIR [--split F --part tuning] --trace T.jsonl
    tools/fit-decision.py sentence T1.jsonl T2.jsonl ...   # fit the sentence model, then re-trace
    tools/fit-decision.py answer   T1.jsonl T2.jsonl ...   # fit the answer model on fresh traces
    tools/fit-decision.py report   T1.jsonl ...            # leave-one-set-out figures, writes nothing

Only traces of TUNING documents may be given (see bot/src/test/resources/eval/corpus-split.json and
docs/EVALUATION.md); the validation documents are scored, never fitted on.

sentence model: does this sentence answer the question? One row per candidate sentence of an
  answerable question whose candidates hold the expected evidence; a sentence is positive when it
  holds an evidence phrase, or sits in a passage that does and holds every expected fact.
answer model: does the knowledge base answer the question? One row per question; positive when
  the question is answerable. Class-balanced, so the threshold reads as a balance of the two errors.
Both are L2-regularised logistic regressions fitted by Newton's method (numpy only).
"""
import json, sys, os, math
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
WEIGHTS = os.path.join(HERE, '..', 'knowledge', 'src', 'main', 'resources', 'org', 'policybot', 'knowledge',
                       'decide', 'decision-weights.json')
L2 = 1.0  # ridge strength; chosen by leave-one-set-out in `report`
LISTWISE = os.environ.get('LISTWISE', '1') == '1'  # the sentence model as a ranking (see fit_listwise)


def load(paths):
    cases = []
    for p in paths:
        name = os.path.basename(p).rsplit('.', 1)[0]
        for line in open(p, encoding='utf-8'):
            c = json.loads(line)
            c['set'] = name
            cases.append(c)
    return cases


def sentence_rows(cases, names):
    X, y, group = [], [], []
    for qi, c in enumerate(cases):
        if c['expect'] != 'answer' or not c['sentences']:
            continue
        labels = [s['evidence'] or (s['passageEvidence'] and s['facts'] > 0) for s in c['sentences']]
        if not any(labels):
            continue
        for s, l in zip(c['sentences'], labels):
            X.append([s['f'][n] for n in names])
            y.append(1.0 if l else 0.0)
            group.append(qi)
    return np.array(X), np.array(y), np.array(group)


def fit(X, y, l2=L2, balanced=False):
    n, d = X.shape
    Xb = np.hstack([np.ones((n, 1)), X])
    w = np.zeros(d + 1)
    sw = np.ones(n)
    if balanced:
        pos = y.sum()
        neg = n - pos
        sw = np.where(y > 0, n / (2 * pos), n / (2 * neg))
    reg = l2 * np.eye(d + 1)
    reg[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-Xb @ w))
        g = Xb.T @ (sw * (p - y)) + reg @ w
        H = Xb.T @ (Xb * (sw * p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[0], w[1:]


def fit_listwise(X, y, group, l2=L2):
    """Conditional logit: each question's positive sentences against all of its candidates (the
    ranking that matters), by Newton steps on the Fisher matrix; then Platt scaling, so the
    probabilities read as pointwise ones."""
    d = X.shape[1]
    w = np.zeros(d)
    groups = [np.where(group == g)[0] for g in np.unique(group)]

    def loss_grad_hess(w):
        loss, g, H = 0.5 * l2 * w @ w, l2 * w, l2 * np.eye(d)
        for idx in groups:
            x = X[idx]
            z = x @ w
            z -= z.max()
            p = np.exp(z) / np.exp(z).sum()
            pos = y[idx] > 0
            zp = z[pos]
            q = np.exp(zp - zp.max()) / np.exp(zp - zp.max()).sum()
            loss += -(np.log(np.exp(zp).sum()) - np.log(np.exp(z).sum()))
            mp = p @ x
            g += mp - q @ x[pos]
            H += (x * p[:, None]).T @ x - np.outer(mp, mp)
        return loss, g, H

    for _ in range(30):
        loss, g, H = loss_grad_hess(w)
        step = np.linalg.solve(H, g)
        t = 1.0
        while t > 1e-4 and loss_grad_hess(w - t * step)[0] > loss:
            t /= 2
        w = w - t * step
        if np.abs(t * step).max() < 1e-6:
            break
    z = (X @ w)[:, None]
    b, a = fit(z, y, l2=0.0)
    return b, a[0] * w


def top1(cases, names, bias, w):
    ok = total = 0
    for c in cases:
        if c['expect'] != 'answer' or not c['sentences']:
            continue
        total += 1
        scores = [bias + sum(w[i] * s['f'][n] for i, n in enumerate(names)) for s in c['sentences']]
        best = c['sentences'][int(np.argmax(scores))]
        ok += 1 if (best['evidence'] or (best['passageEvidence'] and best['facts'] > 0)) else 0
    return ok, total


def question_rows(cases, names):
    X = [[c['question'][n] for n in names] for c in cases if c['question']]
    y = [1.0 if c['expect'] == 'answer' else 0.0 for c in cases if c['question']]
    return np.array(X), np.array(y)


def rates(p, y, at):
    ans = p >= at
    tpr = (ans & (y > 0)).sum() / max(1, (y > 0).sum())
    tnr = (~ans & (y == 0)).sum() / max(1, (y == 0).sum())
    return tpr, tnr


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    cases = load(paths)
    weights = json.load(open(WEIGHTS))
    snames = list(weights['sentence']['weights'].keys())
    qnames = list(weights['answer']['weights'].keys())
    sets = sorted({c['set'] for c in cases})
    if mode == 'report':
        for l2 in (0.1, 1.0, 10.0):
            ok = tot = 0
            tprs, tnrs = [], []
            for held in sets:
                train = [c for c in cases if c['set'] != held]
                test = [c for c in cases if c['set'] == held]
                X, y, grp = sentence_rows(train, snames)
                b, w = fit_listwise(X, y, grp, l2) if LISTWISE else fit(X, y, l2)
                o, t = top1(test, snames, b, w)
                ok += o
                tot += t
                Xq, yq = question_rows(train, qnames)
                bq, wq = fit(Xq, yq, l2, balanced=True)
                Xt, yt = question_rows(test, qnames)
                pt = 1 / (1 + np.exp(-(bq + Xt @ wq)))
                tpr, tnr = rates(pt, yt, 0.5)
                tprs.append(tpr)
                tnrs.append(tnr)
            print(f"l2 {l2}: sentence top-1 (held-out sets) {ok}/{tot} = {ok / tot:.3f}; answer at 0.5: "
                  f"answers {np.mean(tprs):.3f} of answerable, abstains on {np.mean(tnrs):.3f} of out-of-scope")
        X, y, _ = sentence_rows(cases, snames)
        o, t = top1(cases, snames, weights['sentence']['bias'], [weights['sentence']['weights'][n] for n in snames])
        print(f"current sentence weights: top-1 {o}/{t} = {o / t:.3f}")
        return
    src = ', '.join(f"{s}" for s in sets)
    if mode == 'sentence':
        X, y, grp = sentence_rows(cases, snames)
        b, w = fit_listwise(X, y, grp) if LISTWISE else fit(X, y)
        o, t = top1(cases, snames, b, w)
        weights['sentence'] = {'source': f"fitted by tools/fit-decision.py (L2 {L2}) on {len(y)} sentences of "
                                         f"{t} answerable tuning questions ({src}); top-1 on them {o / t:.3f}",
                               'bias': round(float(b), 4),
                               'weights': {n: round(float(x), 4) for n, x in zip(snames, w)}}
    elif mode == 'answer':
        X, y = question_rows(cases, qnames)
        b, w = fit(X, y, balanced=True)
        p = 1 / (1 + np.exp(-(b + X @ w)))
        tpr, tnr = rates(p, y, 0.5)
        weights['answer'] = {'source': f"fitted by tools/fit-decision.py (L2 {L2}, class-balanced) on {len(y)} "
                                       f"tuning questions ({int(y.sum())} answerable; {src}); at 0.5 it answers "
                                       f"{tpr:.3f} of the answerable and abstains on {tnr:.3f} of the rest",
                             'bias': round(float(b), 4),
                             'weights': {n: round(float(x), 4) for n, x in zip(qnames, w)}}
    else:
        sys.exit("mode: sentence | answer | report")
    with open(WEIGHTS, 'w') as f:
        json.dump(weights, f, indent=2)
        f.write('\n')
    print(json.dumps(weights[mode], indent=2))


if __name__ == '__main__':
    main()
