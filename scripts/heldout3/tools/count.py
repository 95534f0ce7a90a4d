# Counts every gold row's variants in the documents and writes the gold TSV (seed-variants.md, section 0).
# Usage: count.py DOCS_DIR OUT.tsv [GOLD_DIR]   (GOLD_DIR holds the set's gold.py; default: this folder)
import os,re,glob,sys
sys.path.insert(0,os.path.abspath(sys.argv[3]) if len(sys.argv)>3 else os.path.dirname(os.path.abspath(__file__)))
from gold import R, NOT_INSIDE
docs=[open(f,encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[1]+"/*.txt"))]
def pat(v):
    parts=[re.escape(w) for w in v.split(" ")]
    return r"[ \u00a0]".join(parts)
def count(cid,variants):
    vs=sorted(variants,key=len,reverse=True)
    rx=re.compile(r"(?<![^\W_])(?:"+"|".join(pat(v) for v in vs)+r")(?![^\W_])")
    n=0;per={}
    for d in docs:
        for ex in NOT_INSIDE.get(cid,[]):
            d=re.sub(re.escape(ex),lambda m:"#"*len(m.group()),d)
        for m in rx.finditer(d):
            n+=1; per[m.group()]=per.get(m.group(),0)+1
    return n,per
out=["cluster_id\tcanonical_en\ten_alternates\tcanonical_id\tvariants\ttype\tcount\ttier"]
bad=0
for (i,en,alts,cid,var,typ,tier) in R:
    vs=[v.strip() for v in var.split("|")]
    n,per=count(i,vs)
    unseen=[v for v in vs if v not in per]
    if unseen: print("UNSEEN",i,unseen,file=sys.stderr); bad+=1
    out.append("\t".join([i,en,alts,cid," | ".join(vs),typ,str(n),tier]))
open(sys.argv[2],"w").write("\n".join(out)+"\n")
print(len(R),"rows",bad,"with unseen variants",file=sys.stderr)
