import re,difflib,collections,os,json
S=[l.rstrip("\n").split("\t",1)[1] for l in open("sents.txt")]
used1=set(i for v in json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','heldout','sentence-ids.json'))).values() for i in v)
freq=collections.Counter(w for s in S for w in re.findall(r"\w+",s.lower()))
def badness(s): return sum(1 for w in re.findall(r"\w+",s.lower()) if freq[w]<=3 and re.fullmatch(r"[a-z]+i",w))
# index candidate copies by first 10 chars and last 20 chars
byhead=collections.defaultdict(list); bytail=collections.defaultdict(list)
for j,s in enumerate(S): byhead[s[:10]].append(j); bytail[s[-20:]].append(j)
DOCS={
"g1_merkel_auschwitz":[11977,11978,12362,10030,1083,10029,16780,11980,2978,908,22754,3159,16782,3157,5056,3160,16781,21721,21723,17248,5054],
"g2_suap_petral":[5082,21782,16802,5083,2984,21784,79,80,918,81,21785,82,16804,21783,16803,1098,1099,12003],
"g3_hepatitis_bpjs":[7634,7635,10410,2622,4336,9076,24571,24573,741,19354,1421,1423,4338,13143,9082,4643,24230,6116,8109,14987,12997,6117,24231,10341],
"g4_pertamina_wakaf":[12989,12990,12991,12992,551,10336,24221,28888,12993,6106,10337,10338,1355,3402,8100,552,1356,6107,8102,8104,6111,4253,1358,3403],
"g5_pssi_klb":[1630,2486,25666,20496,2487,18479,10615,2488,25667,4515,3640,25899,303,25901,25896,2532,25898,6834,6835,10652,6838,6840,6883,281,6753],
}
used={}
os.makedirs("docs",exist_ok=True)
allused=set()
for name,ids in DOCS.items():
    out=[];src=[]
    for i in ids:
        c=set(byhead[S[i][:10]])|set(bytail[S[i][-20:]])|{i}
        c=[j for j in c if j==i or difflib.SequenceMatcher(None,S[i],S[j]).ratio()>0.9]
        c=[j for j in c if j not in used1] or [i]
        best=i if i not in used1 else min(c)
        if best in used1: print("USED1!",best)
        out.append(S[best]); src.append(best); allused.add(best)
    text="\n".join(out)+"\n"
    open(f"docs/{name}.txt","w").write(text)
    used[name]=src
    print(name,len(text.encode()),src)
json.dump(used,open("sentence-ids.json","w"))
# also report copies in first heldout docs
h1=set(open(f).read() for f in [])
