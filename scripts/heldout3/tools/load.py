# Writes sents.txt (sentence number, tab, detokenized text as make_corpus.py makes it) in the current folder.
import gzip,os,re,sys
src=os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","..","..","shared","data","nlp-id-kumparan","dataset_postag.txt.gz")
sents,cur=[],[]
for line in gzip.open(src,"rt",encoding="utf-8"):
    line=line.rstrip("\n")
    if not line.strip():
        if cur: sents.append(cur); cur=[]
        continue
    cur.append(line.split("\t")[0])
if cur: sents.append(cur)
def detok(toks):
    s=" ".join(toks)
    s=re.sub(r" ([,.;:!?%)\]])", r"\1", s); s=re.sub(r"([(\[]) ", r"\1", s)
    return s.replace(" nya ","nya ")
with open("sents.txt","w") as f:
    for i,s in enumerate(sents): f.write(f"{i}\t{detok(s)}\n")
print(len(sents))
