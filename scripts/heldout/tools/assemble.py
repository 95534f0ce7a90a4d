# Shared by the builders of heldout3 and heldout4: assembles docs/*.txt and sentence-ids.json in the
# current folder from sents.txt (made there by ../heldout/tools/load.py). Each id of `docs` names a
# sentence; among its near-identical copies in the corpus (same opening or ending, similarity > 0.8) the
# listed copy is kept unless it has a word ending in -i that no other copy has (the bare stem + -i
# residue) and another copy has none. `avoid` names other held-out sets (folders beside this one's):
# the build stops if an id used is in one of their sentence-ids.json.
import re,difflib,os,json,sys
def assemble(docs,avoid=()):
    S=[l.rstrip("\n").split("\t",1)[1] for l in open("sents.txt")]
    scripts=os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..")
    def words(s): return set(re.findall(r"\w+",s.lower()))
    def copies(i):
        s=S[i]
        c=[j for j in range(len(S)) if (S[j][:10]==s[:10] or S[j][-15:]==s[-15:])]
        return [j for j in c if difflib.SequenceMatcher(None,s,S[j]).ratio()>0.8] or [i]
    other=set()
    for d in avoid:
        for ids in json.load(open(os.path.join(scripts,d,"sentence-ids.json"))).values(): other.update(ids)
    used={}
    os.makedirs("docs",exist_ok=True)
    for name,ids in docs.items():
        out=[];src=[]
        for i in ids:
            c=copies(i); W={j:words(S[j]) for j in c}
            resid=lambda j: sum(1 for w in W[j] if w.endswith("i") and all(w not in W[k] for k in c if k!=j)) if len(c)>1 else 0
            best=min(c,key=lambda j:(resid(j),j!=i,j))
            if best!=i: print(f"  {name}: {i} -> {best}")
            if set(c)&other: print(f"  {name}: {i} has a copy in another set: {sorted(set(c)&other)}")
            out.append(S[best]); src.append(best)
        text="\n".join(out)+"\n"
        open(f"docs/{name}.txt","w").write(text)
        used[name]=src
        print(name,len(text.encode()),"bytes",len(src),"sentences")
    allids=[j for v in used.values() for j in v]
    assert len(allids)==len(set(allids)), "an id is used twice"
    if avoid:
        clash=sorted(set(allids)&other)
        if clash: sys.exit(f"ids also in {', '.join(avoid)}: {clash}")
        print(len(allids),"sentences, none in",", ".join(avoid))
    json.dump(used,open("sentence-ids.json","w"))
