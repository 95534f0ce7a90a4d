# The sentence ids of heldout4's five documents; ../heldout/tools/assemble.py (shared with heldout3)
# chooses among each sentence's copies, writes docs/ and sentence-ids.json, and stops if any id used
# is in the sentence-ids.json of heldout, heldout2 or heldout3.
# Usage (from scripts/heldout4): python3 ../heldout/tools/load.py && python3 tools/build.py
import os,sys
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
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","heldout","tools"))
from assemble import assemble
assemble(DOCS, avoid=("heldout","heldout2","heldout3"))
