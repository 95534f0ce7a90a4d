# Assembles docs/*.txt from sents.txt (made by ../heldout/tools/load.py in the current folder). Each DOCS id names a
# sentence; among its near-identical copies in the corpus (same opening or ending, similarity > 0.8) the
# listed copy is kept unless it has a word ending in -i that no other copy has (the bare stem + -i
# residue) and another copy has none. Writes docs/ and sentence-ids.json (ids used).
import re,difflib,os,json
S=[l.rstrip("\n").split("\t",1)[1] for l in open("sents.txt")]
DOCS={
"h1_pelatih_timnas":[281,6753,18486,25682,3643,3644,282,18488,18490,20509,13610,18491,18487,
  3684,13749,13750,6883,13751,10665,10666,
  6726,18470,6729,13581,18472,25633,25634,25635,13582,6727,6728,13584,25636,18473,25637,25638],
"h2_hepatitis_depok":[24568,24569,24570,7634,6275,7635,27761,3761,13139,24571,24572,24573,1421,
  6277,347,210,3467,7045,1423,24577,24578,24579,18030,6278,24580,18031,13939,24576,
  27763,4021,27764,27765,27766,27767,27768],
"h3_suap_petral":[5082,2984,21782,16802,5083,21783,16803,12005,2986,21784,917,12004,2985,918,21785,21786,16804,12003],
"h4_oppo_5g":[24701,24702,4364,13206,24703,8411,18089,18091,24704,8412,6342,13207,18094,13208,24706,13209,18096,15279,
  17967,13087,29180,24453,13088,19984,29184,29185],
"h5_sriwijaya_air":[24035,24036,3373,24038,1336,6024,24039,
  182,24183,24184,24185,24186,1350,8092,3397,3398,24178,24179,24180,24181,24182,24187,24189,24190,24191,24192,12980,1351,1352,24194,24195,24196],
}
def words(s): return set(re.findall(r"\w+",s.lower()))
def copies(i):
    s=S[i]
    c=[j for j in range(len(S)) if (S[j][:10]==s[:10] or S[j][-15:]==s[-15:])]
    return [j for j in c if difflib.SequenceMatcher(None,s,S[j]).ratio()>0.8] or [i]
used={}
os.makedirs("docs",exist_ok=True)
for name,ids in DOCS.items():
    out=[];src=[]
    for i in ids:
        c=copies(i); W={j:words(S[j]) for j in c}
        resid=lambda j: sum(1 for w in W[j] if w.endswith("i") and all(w not in W[k] for k in c if k!=j)) if len(c)>1 else 0
        best=min(c,key=lambda j:(resid(j),j!=i,j))
        if best!=i: print(f"  {name}: {i} -> {best}")
        out.append(S[best]); src.append(best)
    text="\n".join(out)+"\n"
    open(f"docs/{name}.txt","w").write(text)
    used[name]=src
    print(name,len(text.encode()),"bytes",len(src),"sentences")
json.dump(used,open("sentence-ids.json","w"))
