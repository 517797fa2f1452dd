# Turns the hand-written spec (surface => label per file) into gold.tsv rows: every word-bounded
# occurrence of a surface gets the label, longest surfaces first; "=> -" blocks a span.
#   python3 testdata/actors-gold/spec_to_gold.py GOLD_DIR/annotations.spec   (writes GOLD_DIR/gold.tsv;
#   the spec names the article files of GOLD_DIR)
import os,re,sys
spec_path=sys.argv[1]
gold_dir=os.path.dirname(spec_path) or '.'
spec=open(spec_path).read().split('\n')
out=['file\tbegin\tend\tsurface\tactor']
blocks={};cur=None
for l in spec:
    if l.startswith('== '): cur=l[3:].strip(); blocks[cur]=[]
    elif '=>' in l: s,a=l.split('=>'); blocks[cur].append((s.strip(),a.strip()))
for f,rules in blocks.items():
    t=open(os.path.join(gold_dir,f)).read().split('\n',1)[1]
    taken=[False]*len(t); rows=[]
    for s,a in sorted(rules,key=lambda r:-len(r[0])):
        n=0
        for m in re.finditer(re.escape(s),t):
            b,e=m.start(),m.end()
            if (b>0 and t[b-1].isalnum()) or (e<len(t) and t[e].isalnum()): continue
            if any(taken[b:e]): continue
            n+=1
            for i in range(b,e): taken[i]=True
            if a!='-': rows.append((b,e,s,a))
        if n==0: print('NOT FOUND',f,s,file=sys.stderr)
    for b,e,s,a in sorted(rows): out.append(f'{f}\t{b}\t{e}\t{s}\t{a}')
open(os.path.join(gold_dir,'gold.tsv'),'w').write('\n'.join(out)+'\n')
print(len(out)-1,'rows',file=sys.stderr)
