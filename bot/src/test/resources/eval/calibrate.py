"""Refits the abstention weights (compose/Abstention) from the engine's DEBUG evidence lines.

Run from the repository root after `mvn -q -DskipTests package`:
    python3 bot/src/test/resources/eval/calibrate.py
It scores every question set, fits a class-balanced logistic regression on dev, tune and community
(the hold-out set is held out) and prints the weights, the misses and each question's features.
"""
import json, subprocess, re, sys, numpy as np, os, tempfile
DATA=tempfile.mkdtemp()+'/kb'
import pathlib
E=str(pathlib.Path(__file__).parent)+'/'
files={'dev':E+'dev.jsonl','tune':E+'tune.jsonl','hold':E+'holdout.jsonl','blind':E+'community.jsonl','b2':E+'community2.jsonl'}
rows=[]
for name,f in files.items():
    qs=[json.loads(l) for l in open(f) if l.strip()]
    env=dict(os.environ, POLICYBOT_LOG_LEVEL='DEBUG')
    out=subprocess.run(['java','-jar','bot/target/policybot.jar','--data',DATA,'eval',f],capture_output=True,text=True,env=env)
    feats={}
    for line in out.stderr.splitlines():
        m=re.search(r'Question (.*) evidence Evidence\[coverage=([-\d.E]+), support=([-\d.E]+), similarity=([-\d.E]+), unknown=([-\d.E]+), loose=([-\d.E]+), answerType=([-\d]+)',line)
        if m: feats[m.group(1)]=[float(m.group(i)) for i in range(2,8)]
    for q in qs:
        # question text as cleaned; match by prefix
        k=[k for k in feats if k==q['q'].strip() or k==' '.join(q['q'].split())]
        x=feats[k[0]] if k else None
        rows.append((name,q['id'],q['q'],1 if q['expect']=='answer' else 0,x))
    print(name, out.stdout.strip().splitlines()[-1])
train=[r for r in rows if r[0]!='hold' and r[4]]
test=[r for r in rows if r[0]=='hold' and r[4]]
def fit(data,l2=0.002,it=40000,lr=0.5):
    X=np.array([r[4] for r in data]);y=np.array([r[3] for r in data])
    X=np.hstack([np.ones((len(X),1)),X]);w=np.zeros(X.shape[1])
    for _ in range(it):
        p=1/(1+np.exp(-X@w));cw=np.where(y==1,0.5/y.mean(),0.5/(1-y.mean()));g=X.T@((p-y)*cw)/len(y)+l2*np.r_[0,w[1:]];w-=lr*g
    return w
def evaluate(w,data,label):
    X=np.array([r[4] for r in data]);X=np.hstack([np.ones((len(X),1)),X]);s=X@w
    for r,si in zip(data,s):
        ok=(si>=0)==(r[3]==1)
        if not ok: print('  MIS',label,r[1],r[2],'score=%.2f'%si,['%.2f'%v for v in r[4]])
    acc=np.mean([(si>=0)==(r[3]==1) for r,si in zip(data,s)]);print(label,'acc %.3f'%acc)
w=fit(train);print('weights bias,cov,sup,sim,unk,loose,type',np.round(w,2))
evaluate(w,train,'train');evaluate(w,test,'hold')
# no-intent rows (abstained by intent have no features)
print('no features:',[r[1] for r in rows if not r[4]])
import itertools
allr=[r for r in rows if r[4]]
print('label sim cov sup unk loose type id q')
for r in sorted(allr,key=lambda r:r[4][2]):
    print(r[3], ' '.join('%.2f'%v for v in r[4]), r[1], r[2][:60])
