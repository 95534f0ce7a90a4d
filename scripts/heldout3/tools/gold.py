# Hand-written gold for scripts/heldout3/docs, written from the five texts alone, before Istilah was run
# on them and without looking at any Istilah output.
# Each row: id, canonical_en, alternates, canonical_id, variants, type, tier
R = []
def row(i, en, alts, cid, variants, typ, tier="core"):
    R.append((i, en, alts, cid, variants, typ, tier))

# ---------------- PER ----------------
# h1 PSSI coach search
row("PER-001","Mochamad Iriawan","Mochamad Iriawan (Iwan Bule) | Iriawan | Mochamad \"Iwan Bule\" Iriawan","Mochamad Iriawan","Mochamad Iriawan | Iriawan","PER")
row("PER-002","Luis Milla","Milla","Luis Milla","Luis Milla | Milla","PER")
row("PER-003","Shin Tae-yong","Shin Tae-Yong | Shin","Shin Tae-yong","Shin Tae-yong | Shin","PER")
row("PER-004","Ratu Tisha Destria","Ratu Tisha | Tisha","Ratu Tisha Destria","Sekjen Ratu Tisha Destria | Ratu Tisha Destria | Tisha","PER")
row("PER-005","Iwan Budianto","","Iwan Budianto","Iwan Budianto","PER")
row("PER-006","Endri Erawan","","Endri Erawan","Endri Erawan","PER")
row("PER-007","Hasan Abdul Gani","","Hasan Abdul Gani","Hasan Abdul Gani","PER")
# h2 hepatitis A in Depok
row("PER-008","Terawan Agus Putranto","Terawan | Health Minister Terawan Agus Putranto","Terawan Agus Putranto","Menteri Kesehatan Terawan Agus Putranto | Terawan Agus Putranto | Terawan","PER")
row("PER-009","Farabi El Fouz Arafiq","Farabi el Fouz Arafiq | Farabi El-Fouz Arafiq | Dr. Farabi El Fouz Arafiq | Farabi el fouz Arafiq","Farabi El Fouz Arafiq","Farabi el fouz Arafiq","PER")
# h3 Petral bribery
row("PER-010","Bambang Irianto","Bambang | BI","Bambang Irianto","Bambang Irianto | Bambang | BI","PER")
row("PER-011","Febri Diansyah","","Febri Diansyah","juru bicara KPK Febri Diansyah | Febri Diansyah","PER")
row("PER-012","Laode M. Syarif","Laode M Syarif | Laode Muhammad Syarif | Laode Syarif","Laode M Syarif","Wakil Ketua KPK Laode M Syarif | Laode M Syarif","PER")
row("PER-013","Sani Dinar Saifuddin","","Sani Dinar Saifuddin","Sani Dinar Saifuddin","PER")
row("PER-014","Retno Wahyuningsih","","Retno Wahyuningsih","Retno Wahyuningsih","PER")
row("PER-015","Nurdin M. Prayitno","Nurdin M Prayitno | Nurdin Prayitno","Nurdin M Prayitno","Nurdin M Prayitno","PER")
row("PER-016","Edward Corne","","Edward Corne","Edward Corne","PER")
row("PER-017","Mulyono","","Mulyono","Mulyono","PER")
row("PER-018","Agus Bachtiar","","Agus Bachtiar","Agus Bachtiar","PER")
# h4 Oppo / 5G
row("PER-019","Aryo Meidianto","Aryo","Aryo Meidianto","Aryo Meidianto | Aryo","PER")
row("PER-020","Ismail","","Ismail","Ismail","PER")
# h5 Sriwijaya Air
row("PER-021","Agung Hardika","Agung","Agung Hardika","Agung Hardika | Agung","PER")
row("PER-022","Tri Asmorowati","Tri","Tri Asmorowati","Tri Asmorowati | Tri","PER")
row("PER-023","Ria Hayatunnur Taqwa","","Ria Hayatunnur Taqwa","Ria Hayatunnur Taqwa","PER")

# ---------------- TITLE ----------------
row("TITLE-001","PSSI chairman","PSSI president | chairman of PSSI | PSSI general chairman | general chairman of PSSI | PSSI chairperson","Ketua Umum PSSI","Ketua Umum PSSI | Ketua umum PSSI","TITLE")
row("TITLE-002","chairman","general chairman | president | chairperson","Ketua Umum","Ketua Umum","TITLE","extended")
row("TITLE-003","PSSI deputy chairman","PSSI vice chairman | deputy chairman of PSSI | PSSI vice president | PSSI deputy chair","Wakil Ketua Umum PSSI","Wakil Ketua Umum PSSI","TITLE")
row("TITLE-004","PSSI secretary-general","secretary-general of PSSI | PSSI general secretary | PSSI secretary general","Sekretaris Jenderal PSSI","Sekjen PSSI","TITLE")
row("TITLE-005","secretary-general","secretary general | general secretary","Sekretaris Jenderal","Sekjen","TITLE","extended")
row("TITLE-006","PSSI Executive Committee member","member of the PSSI Executive Committee | PSSI Exco member | member of PSSI's Exco","anggota Exco PSSI","anggota Exco PSSI","TITLE")
row("TITLE-007","national team coach","Indonesia national team coach | coach of the national team | head coach of the national team | Timnas coach | Indonesia coach","pelatih Timnas Indonesia","pelatih Timnas Indonesia | pelatih Timnas","TITLE")
row("TITLE-008","coach","head coach | trainer | manager","pelatih","pelatih | Pelatih | juru latih","TITLE","extended")
row("TITLE-009","club manager","club coach","manajer klub","manajer klub","TITLE","extended")
row("TITLE-010","Health Minister","Minister of Health | health minister","Menteri Kesehatan","Menteri Kesehatan","TITLE")
row("TITLE-011","pediatrician","paediatrician | pediatric specialist | child specialist | pediatrics specialist","dokter spesialis anak","dokter spesialis anak","TITLE")
row("TITLE-012","Dr.","dr. | Dr | doctor","dr.","dr. | dr","TITLE","extended")
row("TITLE-013","KPK spokesman","KPK spokesperson | spokesman for the KPK | Corruption Eradication Commission spokesman | spokesperson for the Corruption Eradication Commission | KPK spokeswoman","juru bicara KPK","juru bicara KPK","TITLE")
row("TITLE-014","KPK deputy chairman","KPK deputy chair | deputy chairman of the KPK | KPK vice chairman | deputy chair of the Corruption Eradication Commission | KPK deputy chief | KPK deputy commissioner","Wakil Ketua KPK","Wakil Ketua KPK","TITLE")
row("TITLE-015","Petral president director","President Director of Pertamina Energy Trading Limited | Petral CEO | Petral chief executive | President Director of Petral | Pertamina Energy Trading Limited president director","Direktur Utama Pertamina Energy Trading Limited","Direktur Utama Pertamina Energy Trading Limited","TITLE")
row("TITLE-016","Managing Director","managing director","Managing Director","Managing Director","TITLE","extended")
row("TITLE-017","Vice President of Marketing","VP Marketing | VP of Marketing | Vice President Marketing | Marketing Vice President | vice president for marketing","Vice President Marketing","Vice President (VP) Marketing | VP Marketing","TITLE")
row("TITLE-018","crude oil trader","","crude oil trader","crude oil trader","TITLE","extended")
row("TITLE-019","Head of Trading","head of trading","Head of Trading","Head of Trading","TITLE","extended")
row("TITLE-020","Assistant Manager Petrochemical","petrochemical assistant manager","Assistant Manager Petrochemical","Assistant Manager Petrochemical","TITLE","extended")
row("TITLE-021","senior staff","principal staff | senior staff member","staf utama","staf utama","TITLE","extended")
row("TITLE-022","Trader Distillates","distillates trader","Trader Distillates","Trader Distillates","TITLE","extended")
row("TITLE-023","Senior Trade Crude","senior crude trader","Senior Trade Crude","Senior Trade Crude","TITLE","extended")
row("TITLE-024","junior Trader Light Distillates","junior light distillates trader","junior Trader Light Distillates","junior Trader Light Distillates","TITLE","extended")
row("TITLE-025","Analyst Light Distillates Trading","light distillates trading analyst","Analyst Light Distillates Trading","Analyst Light Distillates Trading","TITLE","extended")
row("TITLE-026","Senior Trader Light Distillates","senior light distillates trader","Senior Trader Light Distillates","Senior Trader Light Distillates","TITLE","extended")
row("TITLE-027","Oppo Indonesia PR manager","PR Manager of Oppo Indonesia | Oppo Indonesia public relations manager | public relations manager of Oppo Indonesia | PR manager at Oppo Indonesia","PR Manager Oppo Indonesia","PR Manager Oppo Indonesia","TITLE")
row("TITLE-028","Director General of Resources and Equipment of Post and Information Technology","SDPPI Director General | Director General of SDPPI | Kominfo's SDPPI Director General | Director General of Post and Information Technology Resources and Equipment | Director General of Resources and Equipment for Posts and Informatics | Director-General of SDPPI","Dirjen SDPPI Kominfo","Dirjen SDPPI Kominfo","TITLE")
row("TITLE-029","Gapura Angkasa Makassar branch general manager","general manager of Gapura Angkasa's Makassar branch | Gapura Angkasa Makassar branch GM | GM of Gapura Angkasa Makassar | Gapura Angkasa Makassar general manager","GM Gapura Angkasa Cabang Makassar","GM Gapura Angkasa Cabang Makassar","TITLE")
row("TITLE-030","corporate secretary","company secretary","sekretaris perusahaan","sekretaris perusahaan","TITLE")
row("TITLE-031","duty manager","manager on duty","manager on duty","manager on duty","TITLE","extended")

# ---------------- ORG ----------------
row("ORG-001","Football Association of Indonesia (PSSI)","PSSI | Football Association of Indonesia | Indonesian Football Association | All-Indonesia Football Association | Indonesian Football Federation","Persatuan Sepakbola Seluruh Indonesia","Persatuan Sepakbola Seluruh Indonesia | PSSI","ORG")
row("ORG-002","PSSI Executive Committee (Exco)","Exco PSSI | PSSI Exco | PSSI Executive Committee | Executive Committee of PSSI | Exco","Komite Eksekutif PSSI","Exco PSSI","ORG")
row("ORG-003","Indonesia national team","Indonesian national team | Indonesia national football team | Indonesian national football team | national team | Timnas | Timnas Indonesia","Timnas Indonesia","Timnas Indonesia | Timnas","ORG")
row("ORG-004","Garuda Squad","the Garuda squad | the Garudas | Skuad Garuda | Indonesia national team","Skuad Garuda","Skuat Garuda | skuat Garuda","ORG")
row("ORG-005","Indonesia U-19 national team","Indonesia U-19 | Indonesia under-19 team | Indonesian U-19 national team | Indonesia national under-19 team | Indonesia U19","Timnas U-19 Indonesia","Timnas U-19 Indonesia","ORG")
row("ORG-006","Malaysia national team","Malaysian national team | Malaysia national football team | Malaysia","Timnas Malaysia","Timnas Malaysia","ORG")
row("ORG-007","South Korea national team","South Korean national team | South Korea national football team | Korea Republic","Timnas Korea Selatan","Timnas Korea Selatan","ORG")
row("ORG-008","Seongnam FC","Seongnam Football Club","Seongnam FC","Seongnam FC","ORG")
row("ORG-009","Seongnam Ilhwa Chunma","Seongnam Ilhwa Chunma FC | Seongnam Ilhwa","Seongnam Ilhwa Chunma","Seongnam Ilhwa Chunma","ORG")
row("ORG-010","Depok Health Office","Depok City Health Office | Depok Health Agency | Depok Health Department | Depok City Health Agency | Depok health office | Depok City Health Service","Dinas Kesehatan Kota Depok","Dinas Kesehatan Kota Depok | Dinkes Depok","ORG")
row("ORG-011","World Health Organization (WHO)","WHO | World Health Organization","World Health Organization","World Health Organization | WHO","ORG")
row("ORG-012","Bunda Margonda Hospital","RS Bunda Margonda | Bunda Margonda Hospital, Depok | Bunda Margonda Hospital in Depok","RS Bunda Margonda","RS Bunda Margonda","ORG")
row("ORG-013","SMPN 20 Depok","State Junior High School 20 Depok | Public Junior High School 20 Depok | SMP Negeri 20 Depok | Depok State Junior High School 20 | State Junior High School 20 in Depok | SMPN 20","SMP Negeri 20 Depok","SMPN 20 Depok","ORG")
row("ORG-014","Corruption Eradication Commission (KPK)","KPK | Corruption Eradication Commission | Indonesia's Corruption Eradication Commission","Komisi Pemberantasan Korupsi","KPK","ORG")
row("ORG-015","Pertamina Energy Services Pte Ltd (PES)","PES | Pertamina Energy Services | Pertamina Energy Service | Pertamina Energy Service Pte Ltd | Pertamina Energy Services Pte Ltd | Pertamina Energy Services Pte. Ltd.","Pertamina Energy Service","Pertamina Energy Service (PES) Pte Ltd | Pertamina Energy Service | PES","ORG")
row("ORG-016","Pertamina Energy Trading Ltd (Petral)","Petral | Pertamina Energy Trading Limited | Pertamina Energy Trading Ltd | Pertamina Energy Trading Limited (Petral)","Pertamina Energy Trading Limited","Pertamina Energy Trading Limited | Petral","ORG")
row("ORG-017","Pertamina","PT Pertamina (Persero) | PT Pertamina | Pertamina (Persero) | state oil company Pertamina","PT Pertamina (Persero)","PT Pertamina (Persero) | PT Pertamina","ORG")
row("ORG-018","Kernel Oil","Kernel Oil Pte Ltd","Kernel Oil","Kernel Oil","ORG")
row("ORG-019","Integrated Supply Chain (ISC)","Integrated Supply Chain | ISC | Pertamina Integrated Supply Chain | Pertamina's Integrated Supply Chain","Integrated Supply Chain","Integrated Supply Chain","ORG")
row("ORG-020","Refining Directorate","Directorate of Refining | Pertamina Refining Directorate | Processing Directorate | Directorate of Processing","Direktorat Pengolahan","Direktorat Pengolahan","ORG")
row("ORG-021","Marketing and Trading","Marketing and Trading function | Marketing & Trading","Fungsi Marketing and Trading","Fungsi Marketing and Trading | Marketing and Trading","ORG","extended")
row("ORG-022","Pertamina head office","Pertamina headquarters | head office of PT Pertamina | Pertamina's headquarters","Kantor Pusat PT Pertamina","Kantor Pusat PT Pertamina","ORG","extended")
row("ORG-023","Oppo","OPPO","Oppo","Oppo","ORG")
row("ORG-024","Oppo Indonesia","OPPO Indonesia","Oppo Indonesia","Oppo Indonesia","ORG")
row("ORG-025","Qualcomm","Qualcomm Inc. | Qualcomm Technologies","Qualcomm","Qualcomm","ORG")
row("ORG-026","Ministry of Communication and Information Technology (Kominfo)","Kominfo | Communication and Information Technology Ministry | Ministry of Communication and Informatics | Ministry of Communications and Information Technology | Communications and Informatics Ministry | Communications Ministry","Kementerian Komunikasi dan Informatika","Kominfo","ORG")
row("ORG-027","Directorate General of Resources and Equipment of Post and Information Technology (SDPPI)","SDPPI | Directorate General of Post and Information Technology Resources and Equipment | Directorate General of Resources and Equipment for Posts and Informatics | Directorate General of Post and Informatics Resources and Equipment","Direktorat Jenderal Sumber Daya dan Perangkat Pos dan Informatika","SDPPI","ORG")
row("ORG-028","Gapura Angkasa","PT Gapura Angkasa","Gapura Angkasa","Gapura Angkasa","ORG")
row("ORG-029","Sriwijaya Air","Sriwijaya","Sriwijaya Air","Sriwijaya Air | Sriwijaya","ORG")
row("ORG-030","Sriwijaya Air Group","","Sriwijaya Air Group","Sriwijaya Air Group","ORG")
row("ORG-031","Nam Air","NAM Air","Nam Air","Nam Air","ORG")
row("ORG-032","Garuda Indonesia","PT Garuda Indonesia | Garuda","Garuda Indonesia","Garuda Indonesia","ORG")
row("ORG-033","kumparan","kumparan.com","kumparan","kumparan","ORG","extended")
row("ORG-034","Gapura Angkasa Makassar branch","Makassar branch of Gapura Angkasa","Gapura Angkasa Cabang Makassar","Gapura Angkasa Cabang Makassar","ORG","extended")

# ---------------- GPE / LOC ----------------
row("GPE-001","Indonesia","","Indonesia","Indonesia","GPE")
row("GPE-002","Malaysia","","Malaysia","Malaysia","GPE")
row("GPE-003","Kuala Lumpur","KL","Kuala Lumpur","Kuala Lumpur","GPE")
row("GPE-004","South Korea","Republic of Korea | Korea","Korea Selatan","Korea Selatan","GPE")
row("GPE-005","North Korea","DPRK | Democratic People's Republic of Korea","Korea Utara","Korea Utara","GPE")
row("GPE-006","Spain","","Spanyol","Spanyol","GPE")
row("GPE-007","Russia","","Rusia","Rusia","GPE")
row("GPE-008","Depok","Depok City | city of Depok","Kota Depok","Depok | kota Depok","GPE")
row("GPE-009","West Java","","Jawa Barat","Jawa Barat","GPE")
row("GPE-010","Jakarta","","Jakarta","Jakarta","GPE")
row("GPE-011","Singapore","","Singapura","Singapura","GPE")
row("GPE-012","China","People's Republic of China | PRC","China","China","GPE")
row("GPE-013","Makassar","","Makassar","Makassar","GPE")
row("GPE-014","Manado","","Manado","Manado","GPE")
row("GPE-015","Lampung","","Lampung","Lampung","GPE")
row("GPE-016","Pontianak","","Pontianak","Pontianak","GPE")
row("GPE-017","Malang","","Malang","Malang","GPE")
row("LOC-001","Gelora Bung Karno Main Stadium (SUGBK)","SUGBK | Gelora Bung Karno Main Stadium | Gelora Bung Karno Stadium | GBK Main Stadium | Bung Karno Stadium","Stadion Utama Gelora Bung Karno","SUGBK","LOC")
row("LOC-002","Bukit Jalil National Stadium","Bukit Jalil Stadium | Bukit Jalil","Stadion Bukit Jalil","Stadion Bukit Jalil","LOC")
row("LOC-003","The Ritz-Carlton, Kuala Lumpur","Ritz-Carlton Kuala Lumpur | Ritz-Carlton hotel, Bukit Bintang | Ritz-Carlton Bukit Bintang | Ritz Carlton Bukit Bintang | Ritz-Carlton hotel in Bukit Bintang | Hotel Ritz Carlton Bukit Bintang","Hotel Ritz Carlton Bukit Bintang","Hotel Ritz Carlton Bukit Bintang","LOC")
row("LOC-004","Presidential Palace complex","presidential palace complex | Presidential Palace Complex | State Palace complex | presidential palace compound","Kompleks Istana Kepresidenan","Kompleks Istana Kepresidenan","LOC")
row("LOC-005","Sam Ratulangi International Airport","Sam Ratulangi Airport | Samratulangi Airport | Sam Ratulangi Airport, Manado | Sam Ratulangi International Airport, Manado | Manado airport | Samratulangi Airport Manado","Bandara Sam Ratulangi Manado","Bandara Samratulangi Manado","LOC")
row("LOC-006","Soekarno-Hatta International Airport","Soekarno-Hatta Airport | Soetta | Soetta Airport | Soekarno–Hatta International Airport","Bandara Soekarno-Hatta","Bandara Soetta","LOC")
row("LOC-007","Terminal 2, Soekarno-Hatta Airport","Soekarno-Hatta Airport Terminal 2 | Terminal 2 of Soekarno-Hatta Airport | Soetta Terminal 2 | Terminal 2 of Soekarno-Hatta International Airport | Soekarno-Hatta International Airport Terminal 2","Terminal 2 Bandara Soekarno-Hatta","Terminal 2 Bandara Soetta","LOC")

# ---------------- DOC / ACRONYM ----------------
row("ACR-001","WIB (Western Indonesia Time, UTC+7)","WIB | Western Indonesia Time | Western Indonesian Time","WIB","WIB | wib","ACRONYM")
row("ACR-002","US dollar (USD)","USD | US dollar | US dollars | U.S. dollar","USD","USD","ACRONYM")
row("ACR-003","hepatitis A virus (HAV)","HAV | hepatitis A virus","Virus Hepatitis A","Virus Hepatitis A | HAV","ACRONYM")
row("ACR-004","hepatitis B virus (HBV)","HBV | hepatitis B virus","virus Hepatitis B","virus Hepatitis B | HBV","ACRONYM")
row("ACR-005","hepatitis C virus (HCV)","HCV | hepatitis C virus","HCV","HCV","ACRONYM")
row("ACR-006","HIV (human immunodeficiency virus)","HIV | human immunodeficiency virus","HIV","HIV | human immunodeficiency virus","ACRONYM")

# ---------------- MISC (competitions, products, events, works) ----------------
row("MISC-001","2022 World Cup","2022 FIFA World Cup | World Cup 2022 | FIFA World Cup 2022","Piala Dunia 2022","Piala Dunia 2022","MISC")
row("MISC-002","2022 World Cup qualifiers","2022 World Cup qualification | 2022 FIFA World Cup qualifiers | 2022 World Cup qualifier | World Cup 2022 qualifiers | 2022 FIFA World Cup qualification","Kualifikasi Piala Dunia 2022","Kualifikasi Piala Dunia 2022","MISC")
row("MISC-003","2018 World Cup","2018 FIFA World Cup | World Cup 2018 | FIFA World Cup 2018","Piala Dunia 2018","Piala Dunia 2018","MISC")
row("MISC-004","2022 AFF Championship","2022 AFF Cup | AFF Cup 2022 | AFF Championship 2022 | 2022 AFF Suzuki Cup | AFF Mitsubishi Electric Cup 2022","Piala AFF 2022","Piala AFF 2022","MISC")
row("MISC-005","AFC Champions League","Asian Champions League | ACL","Liga Champions Asia","Liga Champions Asia","MISC")
row("MISC-006","Encyclopaedia Britannica","Encyclopedia Britannica | Britannica","Encyclopedia Britannica","Encyclopedia Britannica","MISC")
row("MISC-007","Oppo Reno3","Reno3 | Reno 3 | Oppo Reno 3 | OPPO Reno3","Oppo Reno 3","Oppo Reno 3 | Reno 3","MISC")
row("MISC-008","Snapdragon 765G","Qualcomm Snapdragon 765G | 765G","Snapdragon 765G","Snapdragon 765G | 765G","MISC")
row("MISC-009","APAC Strategy Launch","Oppo APAC Strategy Launch","APAC Strategy Launch","APAC Strategy Launch","MISC")
row("MISC-010","homeland","the country | Indonesia","Tanah Air","Tanah Air","MISC","extended")

# ---------------- TERM ----------------
T = [
# h1
("coaching candidate","coach candidate | candidate coach | candidate for coach | coaching candidates | coach candidates","kandidat pelatih","kandidat pelatih | calon pelatih","core"),
("assessment","assessments","asesmen","assessment | assesment","extended"),
("assessment criteria","evaluation criteria","kriteria penilaian","kriteria penilaian","extended"),
("presentation","","presentasi","presentasi | Presentasi","extended"),
("federation board","federation officials | federation executives | federation management","pengurus federasi","pengurus federasi","extended"),
("VVIP stand","VIP stand | VVIP box | VVIP grandstand | VVIP seats","tribun VVIP","tribun VVIP","extended"),
("official website","","situsweb resmi","situsweb resmi","extended"),
("national team","","tim nasional","tim nasional","extended"),
("football","soccer","sepak bola","sepak bola","extended"),
("trophy","trophies","trofi","trofi | Trofi","extended"),
("title","championship title | championship","gelar juara","gelar juara","extended"),
("finals","final round | World Cup finals","putaran final","putaran final","extended"),
("Malaysian time","Malaysia time | local time","waktu Malaysia","waktu Malaysia","extended"),
# h2
("hepatitis A outbreak","outbreak of hepatitis A","wabah hepatitis A","Wabah hepatitis A","core"),
("hepatitis","","hepatitis","hepatitis | Hepatitis","core"),
("hepatitis A","","hepatitis A","hepatitis A | Hepatitis A","core"),
("hepatitis B","","hepatitis B","hepatitis B | Hepatitis B","core"),
("hepatitis C","","hepatitis C","hepatitis C","core"),
("hepatitis A vaccine","hepatitis A vaccination","vaksin hepatitis A","Vaksin hepatitis A","core"),
("vaccine","vaccines | vaccination","vaksin","vaksin | Vaksin","core"),
("urinary tract infection","urinary tract infections | UTI","infeksi saluran kencing","infeksi saluran kencing","core"),
("inflammatory disease","inflammation","penyakit peradangan","penyakit peradangan","extended"),
("mode of transmission","route of transmission | transmission route | means of transmission | modes of transmission","cara penularan","cara penularan","core"),
("transmission period","period of communicability | infectious period | incubation period","masa penularan","Masa penularan","core"),
("fecal-oral route","fecal-oral | faecal-oral | faecal-oral route | fecal-oral transmission","fecal-oral","fecal-oral","extended"),
("liver dysfunction","impaired liver function | liver function disorder | liver function impairment","gangguan fungsi hati","gangguan fungsi hati","core"),
("liver","the liver","hati","hati","extended"),
("liver damage","liver injury","kerusakan hati","kerusakan hati","core"),
("chronic disease","chronic illness | chronic diseases","penyakit kronis","penyakit kronis","core"),
("liver cancer","","kanker hati","kanker hati","core"),
("cirrhosis","liver cirrhosis","sirosis","sirosis","core"),
("sexual intercourse","sexual contact | sex","hubungan seksual","hubungan seksual","core"),
("body fluids","bodily fluids","cairan tubuh","cairan tubuh","core"),
("needles","needle | syringes | syringe | hypodermic needles","jarum suntik","jarum suntik","core"),
("medical procedures","medical procedure","prosedur medis","prosedur medis","core"),
("injecting drug use","injection drug use | injecting drugs | injected drugs | injection drugs | injectable drugs","narkoba suntik","penggunaan narkoba suntik | narkoba suntik","core"),
("blood transfusion","blood transfusions","transfusi darah","transfusi darah","core"),
("injections","injection","suntik injeksi","suntik injeksi","extended"),
("alcoholics","alcohol addicts | heavy drinkers | alcoholic","pencandu alkohol","Pencandu alkohol","core"),
("outpatient care","outpatient treatment | home care | outpatient","rawat jalan","rawat jalan","core"),
("special diet","","diet khusus","diet khusus","extended"),
("antibiotics","antibiotic","antibiotik","antibiotik","core"),
("antivirals","antiviral drugs | antiviral | antiviral medication","antivirus","anti virus","core"),
("complications","complication","penyulit","penyulit","core"),
("medication","medicines | drugs","obat-obatan","obat-obatan","extended"),
("fever","","demam","demam","extended"),
("nausea","","mual","mual","extended"),
("vomiting","","muntah","muntah","extended"),
("diarrhea","diarrhoea","diare","diare","extended"),
("loss of appetite","","hilangnya nafsu makan","hilangnya nafsu makan","extended"),
("jaundice","yellowing of the skin | yellowing skin","kulit menguning","kulit menguning","extended"),
("dark urine","dark-colored urine","warna urin gelap","warna urin gelap","extended"),
("itching","itchiness","gatal","gatal","extended"),
("hospital","","rumah sakit","RS","extended"),
("disease","illness | diseases","penyakit","penyakit | Penyakit","extended"),
("virus","viruses","virus","virus | Virus","extended"),
("infection","infections","infeksi","infeksi","extended"),
("patients","sufferers | patient | those infected","penderita","penderita","extended"),
("patient","patients","pasien","pasien","extended"),
("doctor","doctors | physician","dokter","dokter","extended"),
# h3
("bribery","bribe | bribes","suap","suap | Suap","core"),
("alleged bribery case","suspected bribery case | bribery case","kasus dugaan suap","kasus dugaan suap","core"),
("oil and gas mafia","oil-and-gas mafia | oil and gas cartel","mafia migas","mafia migas","core"),
("suspect","suspects","tersangka","tersangka","core"),
("witness","witnesses","saksi","saksi","core"),
("law enforcers","law enforcement | law enforcement officials | law enforcement agencies | law enforcement authorities","penegak hukum","penegak hukum","core"),
("press conference","news conference","konferensi pers","konferensi pers","core"),
("crude oil","","minyak mentah","minyak mentah","core"),
("refined products","refinery products | refined petroleum products | oil products | refined oil products","produk kilang","produk kilang","core"),
("procurement","","pengadaan","pengadaan | Pengadaan","core"),
("tender","tenders | bidding","tender","tender","core"),
("procurement tender","tender for procurement","tender pengadaan","tender pengadaan","extended"),
("cargo allocation","cargo allocations | cargo quota | cargo allotment | cargo quota allocation","jatah alokasi kargo","jatah alokasi kargo","core"),
("cargo shipments","cargo shipping | shipment of cargo | cargo delivery","pengiriman kargo","pengiriman kargo","extended"),
("partner","business partner | counterparty | vendor | supplier | partners","rekanan","rekanan","core"),
("overseas bank account","offshore bank account | foreign bank account | bank account abroad | bank accounts abroad","rekening bank di luar negeri","rekening bank di luar negeri","core"),
("fee","","fee","fee","extended"),
("subsidiary company","subsidiary","subsidiary company","subsidiary company","extended"),
("national oil company","national oil companies | NOC","National Oil Company","National Oil Company","extended"),
("major oil company","major oil companies | oil majors","Major Oil Company","Major Oil Company","extended"),
("refinery","refineries","Refinery","Refinery","extended"),
("trader","traders","trader","trader","extended"),
("light distillates","","Light Distillates","Light Distillates","extended"),
("cargo","cargoes | shipments","kargo","kargo","extended"),
("trading","trade","perdagangan","perdagangan","extended"),
# h4
("5G","fifth generation | fifth-generation | 5G technology","5G","5G","core"),
("5G network","5G networks | 5G mobile network","jaringan 5G","jaringan 5G | network 5G","core"),
("5G modem","","modem 5G","modem 5G","core"),
("5G regulations","5G regulation | 5G rules | rules on 5G","aturan 5G","aturan 5G","core"),
("frequency","frequencies | spectrum | frequency band","frekuensi","frekuensi","core"),
("low band","low-band | lower band | Lower-band","Lower-band","Lower-band","extended"),
("mid-band","mid band | middle band | Middle-band","Middle-band","Middle-band","extended"),
("high band","high-band | upper band | Upper-band","Upper-band","Upper-band","extended"),
("processor","processors | chip | chipset","prosesor","prosesor","core"),
("processor chip","chipset | chip","chip prosesor","chip prosesor","extended"),
("prototype","prototypes","purwarupa","purwarupa | prototipenya","core"),
("under-display camera","under-screen camera | under display camera | under screen camera | camera under the screen | under-display selfie camera","kamera di bawah layar","kamera di bawah layar | kamera selfie di bawah layar | under screen camera","core"),
("front camera","selfie camera | front-facing camera","kamera depan","kamera depan | kamera selfie","core"),
("smartphone","smartphones","smartphone","smartphone | Smartphone","extended"),
("mobile phone","phone | cell phone | cellphone | handset","ponsel","ponsel","extended"),
("smartphone industry","","industri smartphone","industri smartphone","extended"),
("connectivity","","konektivitas","konektivitasnya","extended"),
("haze effect","hazy effect | foggy effect | haziness","efek berkabut","efek berkabut","extended"),
("screen","display","layar","layar","extended"),
("device","devices","perangkat","perangkat","extended"),
("consumer","consumers","konsumen","konsumen","extended"),
# h5
("airport services","airport handling services | aerodrome services | airport operational services | airport operations services","layanan kebandarudaraan","layanan kebandarudaraan | layanan operasional kebandarudaraan","core"),
("ground handling","ground-handling | ground handling services","ground handling","ground handling","extended"),
("flight support","flight support services | aviation support services | flight support operations","penunjang penerbangan","penunjang penerbangan","core"),
("airline","airlines | carrier","maskapai","maskapai","core"),
("cash-basis top-up","top up cash basis | cash basis top-up payment","top up cash basis","top up cash basis","extended"),
("arrears","outstanding debt | unpaid bills | overdue payments | outstanding payments | debts","tunggakan","tunggakan","core"),
("suspension of services","service suspension | termination of services | service stoppage | halt of services | suspension of service","penghentian layanan","penghentian layanan","core"),
("postponement","delay | delays | postponements","penundaan","penundaan","core"),
("delay","delays | lateness","keterlambatan","keterlambatan | Keterlambatan","core"),
("flight cancellation","flight cancellations | cancellation of flights | cancelled flights","pembatalan penerbangan","pembatalan penerbangan","core"),
("flight schedule board","flight information display | departures board | flight information board | flight schedule display","papan jadwal penerbangan","papan jadwal penerbangan","core"),
("customer service office","customer service | passenger service room | passenger service office | passenger services room | customer service room | customer service counter | passenger service counter","ruang layanan penumpang","ruang layanan penumpang | costumer service","core"),
("check-in counter","check in counter | check-in desk","check in counter","check in counter","extended"),
("check-in service","check-in services | check in service","layanan check in","layanan check in","extended"),
("baggage handling","baggage processing | luggage handling | baggage service","pengurusan bagasi","pengurusan bagasi","core"),
("refund","refunds","refund","refund","extended"),
("gate","boarding gate","gate","gate","extended"),
("structural officials","senior officials | executives | management officials | officials","pejabat struktural","pejabat struktural","extended"),
("public relations","PR | public relations division | communications","kehumasan","kehumasan","extended"),
("board of directors","directors | management","direksi","direksi","core"),
("commissioners","board of commissioners | commissioner","komisaris","komisaris","core"),
("partnership","cooperation | cooperative relationship | business partnership | cooperation agreement | partnership agreement","hubungan kerja sama","hubungan kerja sama","core"),
("cooperation","collaboration | partnership","kerja sama","kerja sama","extended"),
("management","the management","pihak manajemen","pihak manajemen","extended"),
("internal matter","internal problem | internal issue","masalah internal","masalah internal","extended"),
("passengers","passenger","penumpang","penumpang","extended"),
("flight","flights","penerbangan","penerbangan | Penerbangan","extended"),
("aircraft","plane | airplane | aeroplane","pesawat","pesawat","extended"),
("airport","airports","bandara","bandara","extended"),
]
for k,(en,alts,cid,var,tier) in enumerate(T,1):
    row(f"TERM-{k:03d}",en,alts,cid,var,"TERM",tier)

# counting exceptions: cluster id -> strings inside which its variants are not counted (different referent)
NOT_INSIDE = {
 "ORG-003": ["Timnas U-19 Indonesia","Timnas Malaysia","Timnas Korea Selatan"],   # bare Timnas = Indonesia's team only
 "TITLE-001": ["Wakil Ketua Umum PSSI"],
 "TITLE-002": ["Wakil Ketua Umum"],
 "ORG-029": ["Sriwijaya Air Group"],
 "GPE-001": ["Garuda Indonesia"],
 }
NOT_INSIDE[next(r[0] for r in R if r[3]=="rumah sakit")] = ["RS Bunda Margonda"]   # generic RS vs the named hospital
