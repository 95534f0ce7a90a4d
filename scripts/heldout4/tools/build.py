# Assembles docs/*.txt from sents.txt (made by ../heldout/tools/load.py in the current folder), as
# ../heldout3/tools/build.py does. Each DOCS id names a sentence; among its near-identical copies in the
# corpus (same opening or ending, similarity > 0.8) the listed copy is kept unless it has a word ending
# in -i that no other copy has (the bare stem + -i residue) and another copy has none. Writes docs/ and
# sentence-ids.json (ids used), and stops if any id used is in the sentence-ids.json of heldout,
# heldout2 or heldout3.
# Usage (from scripts/heldout4): python3 ../heldout/tools/load.py && python3 tools/build.py
import re,difflib,os,json,sys
S=[l.rstrip("\n").split("\t",1)[1] for l in open("sents.txt")]
HERE=os.path.dirname(os.path.abspath(__file__))
DOCS={
"h1_ojk_stern_resources":[17889,17890,3415,190,6148,6149,17891,24291,13031,1373,24292,3416,15025,15026,24293,4271,24294,
  24295,24296,24297,24298,17893,13032,17895,17892],
"h2_bank_sampah_nunukan":[24040,10303,24043,12917,10304,17792,24041,24042,24051,12920,17793,24052,6031,3376,24044,24045,
  24046,17794,10307,10308,24047,17795,17796,24049,3375,6028,6029,6030,12918,6032,24053,12921,12922,12923,24055,12925],
"h3_produksi_pangan":[13020,24254,1367,6130,24255,24256,24257,6131,6132,24258,24259,24260,6133,13021,10348,24261,6135,
  3410,3411,3412,24262,6136,13022,6134],
"h4_penenggelaman_kapal":[13023,24263,1368,24264,24265,24266,6137,24267,17883,17884,13024,24268,6138,6139,1369,24269,
  24270,24271,24272,24273,17885,17886,13025],
"h5_tawon_vespa":[13072,3435,17945,13074,17946,13073,13075,13076,1397,24412,24413,24414,17947,17948,10376,24415,24416,
  6199,17949,3436,13077,1398,6198,17950,10375,24409,24410,17951,17952,13078,24417],
}
def words(s): return set(re.findall(r"\w+",s.lower()))
def copies(i):
    s=S[i]
    c=[j for j in range(len(S)) if (S[j][:10]==s[:10] or S[j][-15:]==s[-15:])]
    return [j for j in c if difflib.SequenceMatcher(None,s,S[j]).ratio()>0.8] or [i]
other=set()
for d in ("heldout","heldout2","heldout3"):
    for ids in json.load(open(os.path.join(HERE,"..","..",d,"sentence-ids.json"))).values(): other.update(ids)
used={}
os.makedirs("docs",exist_ok=True)
for name,ids in DOCS.items():
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
clash=sorted(set(allids)&other)
if clash: sys.exit(f"ids also in heldout/heldout2/heldout3: {clash}")
print(len(allids),"sentences, none in heldout, heldout2 or heldout3")
json.dump(used,open("sentence-ids.json","w"))
