import re,difflib,collections,os
S=[l.rstrip("\n").split("\t",1)[1] for l in open("sents.txt")]
freq=collections.Counter(w for s in S for w in re.findall(r"\w+",s.lower()))
DOCS={
"h1_oezil_uighur":[6694,25571,6696,25572,25574,6697,25575,6695,18452,13554,13555,25577,18453,18454,18455,30284,25578],
"h2_amandemen_uud":[9969,9972,3253,1019,5715,3098,17079,120,119,122,1197,17447,1168,1169,1170,1190,5716,17074,17075,12585,12586,54,3251,5718,5315],
"h3_ledakan_monas":[933,915,12279,3124,5276,3275,5750,5331,12237,1003,3231,5382,5072,5074,5363,12536,5665,5280,5281,12540,17019,5672,3071,5751,16750,12332,5332,9964,3274,132,9975,5710],
"h4_selundupan_garuda":[884,0,5402,11918,3,65,12839,12982,11931,4998,1069,4247,4252,1057,2148,8096,19685,4176,23851,10319,2195,3392],
"h5_wall_street":[14893,14894,8023,11142,6009,6010,14895,8024,28694,6011,1332,1333,11145,4216,2231,11208,3427,15063],
}
def badness(s): return sum(1 for w in re.findall(r"\w+",s.lower()) if freq[w]<=3 and re.fullmatch(r"[a-z]+i",w))
used={}
os.makedirs("docs",exist_ok=True)
for name,ids in DOCS.items():
    out=[];src=[]
    for i in ids:
        cands=[j for j in range(len(S)) if abs(len(S[j])-len(S[i]))<15 and S[j][:12]==S[i][:12] or j==i]
        cands=[j for j in cands if difflib.SequenceMatcher(None,S[i],S[j]).ratio()>0.9]
        best=i
        out.append(S[best]); src.append(best)
    text="\n".join(out)+"\n"
    open(f"docs/{name}.txt","w").write(text)
    used[name]=src
    print(name,len(text.encode()),src)
import json; json.dump(used,open("used.json","w"))
