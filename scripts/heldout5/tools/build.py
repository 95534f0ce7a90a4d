# The sentence ids of heldout5's five documents; ../heldout/tools/assemble.py (shared with heldout3 and
# heldout4) chooses among each sentence's copies, writes docs/ and sentence-ids.json, and stops if any id
# used is in the sentence-ids.json of heldout, heldout2, heldout3 or heldout4 (a listed sentence whose
# near-identical copy is in one of them is reported).
# Usage (from scripts/heldout5): python3 ../heldout/tools/load.py && python3 tools/build.py
import os,sys
DOCS={
"h1_sidang_kriss_hatta":[13347,25031,25032,25033,13348,18240,18241,18242,25034,6476,6477,6478,25035,25036,13349,6479,
  18243,13350,10504,25038,18244,3549,3550,25039,25040,8564,6480,6481],
"h2_bukalapak_ceo":[6210,24431,24432,24433,10380,203,24434,13082,17959,6211,6212,17960,17961,10381,24435,24436,24437,
  13083],
"h3_petir_brimob":[24604,13158,13159,10415,24605,13160,6294,24606,6295,6296,6297,24607,20077,24608,24609,24610,10416,
  24611,24612,3472,6298,10417,13161],
"h4_bolsonaro_dicaprio":[13148,24597,13150,24598,13149,18040,24599,24600,10412,13151,13153,1427,1428,1429,18041,18043,
  13154,10413,18044,24601,13155,24602,18045,18046,8357,13157,18047,13156,24603,29364,212],
"h5_virus_eee":[6264,24508,24517,6267,24518,8287,24509,24510,1415,17999,24511,24512,24513,24514,24515,13114,6265,18000,
  18001,13113,6266,13115,18002],
}
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","heldout","tools"))
from assemble import assemble
assemble(DOCS, avoid=("heldout","heldout2","heldout3","heldout4"))
