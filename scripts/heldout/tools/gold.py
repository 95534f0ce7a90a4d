# Hand-written gold for scripts/heldout/docs (written before looking at any istilah output).
# Each row: id, canonical_en, alternates, canonical_id, variants, type, tier
R = []
def row(i, en, alts, cid, variants, typ, tier="core"):
    R.append((i, en, alts, cid, variants, typ, tier))

# ---------------- PER ----------------
row("PER-001","Mesut Özil","Mesut Ozil | Mesut Oezil | Özil | Ozil","Mesut Oezil","Mesut Oezil | Oezil","PER")
row("PER-002","Joko Widodo","Jokowi | President Joko Widodo","Joko Widodo","Presiden Joko Widodo | Joko Widodo | Presiden Jokowi | Jokowi","PER")
row("PER-003","Adi","Adi Prayitno","Adi","Adi","PER")
row("PER-004","Arsul Sani","","Arsul Sani","Sekjen PPP Arsul Sani | Arsul Sani","PER")
row("PER-005","Didi Irawadi","Didi Irawadi Syamsuddin","Didi Irawadi","Anggota DPR dari Fraksi Demokrat Didi Irawadi | Didi Irawadi | Didi","PER")
row("PER-006","Hinca","Hinca Panjaitan","Hinca","Hinca","PER")
row("PER-007","Hasto Kristiyanto","","Hasto Kristiyanto","Sekjen PDIP Hasto Kristiyanto | Hasto Kristiyanto | Hasto","PER")
row("PER-008","Fajar","Staff Sergeant Fajar","Fajar","Serka Fajar","PER")
row("PER-009","Gunawan","Private First Class Gunawan","Gunawan","Praka Gunawan","PER")
row("PER-010","Eko Margiyono","Maj. Gen. Eko Margiyono","Eko Margiyono","Pangdam Jaya Mayjen TNI Eko Margiyono | Eko Margiyono","PER")
row("PER-011","Zulhadrie","Col. Zulhadrie","Zulhadrie","Kapendam Jaya Kolonel Zulhadrie | Zulhadrie","PER")
row("PER-012","Gatot Eddy Pramono","Insp. Gen. Gatot Eddy Pramono","Gatot Eddy Pramono","Kapolda Metro Jaya Irjen Gatot Eddy Pramono | Irjen Gatot Eddy Pramono | Gatot Eddy Pramono | Gatot","PER")
row("PER-013","Ma'ruf Amin","Vice President Ma'ruf Amin","Ma'ruf Amin","Wakil Presiden Ma ' ruf Amin | Ma ' ruf Amin | Ma ' ruf","PER")
row("PER-014","Deni Surjantoro","","Deni Surjantoro","Kasubdit Komunikasi Dan Publikasi Bea Cukai Deni Surjantoro | Deni Surjantoro | Deni","PER")
row("PER-015","I Gusti Ngurah Askhara","Ari Askhara | I Gusti Ngurah Askhara Danadiputra","I Gusti Ngurah Askhara","Direktur Utama PT Garuda Indonesia (Persero) Tbk I Gusti Ngurah Askhara | I Gusti Ngurah Askhara | Ari Askhara","PER")
row("PER-016","Erick Thohir","","Erick Thohir","Menteri BUMN Erick Thohir | Erick Thohir","PER")
row("PER-017","Ikhsan","M. Ikhsan Rosan","Ikhsan","Ikhsan","PER")
row("PER-018","Heru Pambudi","","Heru Pambudi","Heru Pambudi","PER")
row("PER-019","Nina Kaginda","","Nina Kaginda","Nina Kaginda","PER")
row("PER-020","Sumardji","","Sumardji","AKBP Sumardji | Sumardji","PER")
row("PER-021","Mohammad Iqbal","","Mohammad Iqbal","Mohammad Iqbal","PER")
row("PER-022","Donald Trump","Trump","Trump","Trump","PER")
row("PER-023","Yen","","Yen","Yen","PER")

# ---------------- TITLE ----------------
row("TITLE-001","President","","Presiden","Presiden | presiden","TITLE","extended")
row("TITLE-002","Vice President","vice-president","Wakil Presiden","Wakil Presiden | wapres","TITLE")
row("TITLE-003","PPP Secretary-General","PPP secretary general | Secretary-General of the PPP","Sekjen PPP","Sekjen PPP","TITLE")
row("TITLE-004","PDI-P Secretary-General","PDIP Secretary-General | PDI-P secretary general | Secretary-General of the PDI-P","Sekjen PDIP","Sekjen PDIP","TITLE")
row("TITLE-005","member of the House of Representatives","DPR member | House member | member of the House | member of the DPR | lawmaker","Anggota DPR","Anggota DPR","TITLE")
row("TITLE-006","Staff Sergeant","Chief Sergeant | Sergeant First Class | Serka","Sersan Kepala","Serka","TITLE")
row("TITLE-007","Private First Class","Chief Private | Master Private | Praka","Prajurit Kepala","Praka","TITLE")
row("TITLE-008","Jakarta Military Commander","Kodam Jaya Commander | Commander of the Jaya Military Command | Jaya Military Regional Commander","Pangdam Jaya","Pangdam Jaya","TITLE")
row("TITLE-009","Major General","Maj. Gen. | Maj Gen","Mayor Jenderal","Mayjen","TITLE")
row("TITLE-010","Kodam Jaya spokesman","Jaya Military Command spokesperson | head of the Jaya Military Command information office | Kodam Jaya information chief","Kapendam Jaya","Kapendam Jaya","TITLE")
row("TITLE-011","Colonel","Col.","Kolonel","Kolonel","TITLE")
row("TITLE-012","Jakarta Police chief","Jakarta Metropolitan Police chief | Metro Jaya Police chief | chief of the Jakarta Metropolitan Police | Greater Jakarta Police chief","Kapolda Metro Jaya","Kapolda Metro Jaya","TITLE")
row("TITLE-013","Inspector General","Police Inspector General | Insp. Gen. | Inspector General of Police","Inspektur Jenderal","Irjen","TITLE")
row("TITLE-014","head of Customs communications and publications","head of the Communication and Publication Subdirectorate of Customs | Customs head of communications and publications","Kasubdit Komunikasi dan Publikasi Bea Cukai","Kasubdit Komunikasi Dan Publikasi Bea Cukai","TITLE")
row("TITLE-015","Garuda Indonesia CEO","President Director of Garuda Indonesia | Garuda Indonesia President Director | Garuda Indonesia President & CEO | Garuda Indonesia chief executive","Direktur Utama Garuda Indonesia","Direktur Utama PT Garuda Indonesia (Persero) Tbk | Direktur Utama PT Garuda Indonesia | Dirut Garuda Indonesia","TITLE")
row("TITLE-016","State-Owned Enterprises Minister","Minister of State-Owned Enterprises | SOE Minister | SOEs Minister","Menteri BUMN","Menteri BUMN","TITLE")
row("TITLE-017","Director General of Customs and Excise","Customs and Excise Director General | Director-General of Customs and Excise | customs chief","Dirjen Bea Cukai","Dirjen Bea Cukai","TITLE")
row("TITLE-018","Adjunct Senior Commissioner","Police Adjunct Senior Commissioner | Adjunct Senior Commissioner of Police | AKBP","Ajun Komisaris Besar Polisi","AKBP","TITLE")
row("TITLE-019","head of the Registration and Identification Subdirectorate","head of registration and identification | Registration and Identification Subdirectorate head","Kepala Sub Direktorat Registrasi dan Identifikasi","Kepala Sub Direktorat Registrasi dan Identifikasi","TITLE")
row("TITLE-021","regional head","regional leader | head of region","kepala daerah","kepala daerah","TITLE","extended")
row("TITLE-020","Director of Cargo and Business Development","Cargo and Business Development Director","Direktur Kargo dan Pengembangan Usaha","Direktur Kargo dan Pengembangan Usaha","TITLE")

# ---------------- ORG ----------------
row("ORG-001","Arsenal","Arsenal FC | Arsenal Football Club","Arsenal","Arsenal","ORG")
row("ORG-002","Manchester City","Man City | Manchester City FC","Manchester City","Manchester City","ORG")
row("ORG-003","NetEase","","NetEase","NetEase","ORG")
row("ORG-004","Goal","Goal.com","Goal","Goal","ORG")
row("ORG-005","Financial Times","the Financial Times | FT","Financial Times","Financial Times","ORG")
row("ORG-006","the Gunners","Gunners","The Gunners","The Gunners","ORG")
row("ORG-007","Premier League","English Premier League","Premier League","Premier League","ORG")
row("ORG-008","Weibo","Sina Weibo","Weibo","Weibo","ORG")
row("ORG-009","Twitter","","Twitter","Twitter","ORG")
row("ORG-010","Chinese government","Chinese authorities | government of China","pemerintah China","pemerintah China","ORG","extended")
row("ORG-011","United Development Party (PPP)","PPP | United Development Party","PPP","PPP","ORG")
row("ORG-012","Democratic Party","Demokrat Party | Partai Demokrat | Democrats | PD","Partai Demokrat","Partai Demokrat | Demokrat | PD","ORG")
row("ORG-013","Democratic Party faction","Demokrat faction | Democrat faction | Democratic faction","Fraksi Demokrat","Fraksi Demokrat","ORG")
row("ORG-014","Indonesian Democratic Party of Struggle (PDI-P)","PDI-P | PDIP | Indonesian Democratic Party of Struggle | PDI Perjuangan","PDI Perjuangan","PDI Perjuangan | PDIP","ORG")
row("ORG-015","People's Consultative Assembly (MPR)","MPR | People's Consultative Assembly","Majelis Permusyawaratan Rakyat","MPR","ORG")
row("ORG-016","House of Representatives (DPR)","DPR | House of Representatives | House","Dewan Perwakilan Rakyat","DPR","ORG")
row("ORG-017","Regional House of Representatives (DPRD)","Regional House of Representatives | DPRD | regional legislature | regional legislatures | Regional People's Representative Council","Dewan Perwakilan Rakyat Daerah","DPRD","ORG")
row("ORG-018","Indonesian Military (TNI)","TNI | Indonesian National Armed Forces | Indonesian Armed Forces | Indonesian military","Tentara Nasional Indonesia","TNI","ORG")
row("ORG-019","Indonesian Army","TNI AD | Army | Indonesian Army (TNI AD)","TNI Angkatan Darat","TNI AD","ORG")
row("ORG-020","Ministry of Home Affairs","Home Affairs Ministry | Interior Ministry | Ministry of Internal Affairs","Kementerian Dalam Negeri","Kementerian Dalam Negeri","ORG")
row("ORG-021","Gatot Subroto Army Hospital (RSPAD)","RSPAD Gatot Subroto | Gatot Subroto Army Hospital | Gatot Subroto Central Army Hospital","RSPAD Gatot Subroto","RSPAD Gatot Subroto","ORG")
row("ORG-022","Directorate General of Customs and Excise","Customs and Excise | Indonesian Customs | Customs | Directorate General of Customs and Excise (DJBC) | customs office","Direktorat Jenderal Bea dan Cukai","Ditjen Bea dan Cukai | Ditjen Bea Cukai | Bea Cukai","ORG")
row("ORG-023","Ministry of Finance","Finance Ministry | Ministry of Finance (Kemenkeu)","Kementerian Keuangan","Kementerian Keuangan | Kemenkeu","ORG")
row("ORG-024","Garuda Indonesia","PT Garuda Indonesia | PT Garuda Indonesia (Persero) Tbk | Garuda","Garuda Indonesia","PT Garuda Indonesia (Persero) Tbk | PT Garuda Indonesia | Garuda Indonesia | Garuda | GIAA","ORG")
row("ORG-025","Garuda Tauberes Indonesia","PT Garuda Tauberes Indonesia","Garuda Tauberes Indonesia","PT Garuda Tauberes Indonesia | Garuda Tauberes Indonesia","ORG")
row("ORG-026","Airbus","","Airbus","Airbus","ORG")
row("ORG-027","GMF AeroAsia","GMF | Garuda Maintenance Facility","GMF","GMF","ORG")
row("ORG-028","Immigration","Directorate General of Immigration | immigration","Imigrasi","Imigrasi","ORG")
row("ORG-029","Ministry of State-Owned Enterprises","State-Owned Enterprises Ministry | SOE Ministry | Ministry of SOEs","Kementerian BUMN","Kementerian Badan Usaha Milik Negara","ORG")
row("ORG-030","Jakarta Metropolitan Police","Jakarta Police | Metro Jaya Police | Polda Metro Jaya | Greater Jakarta Metropolitan Regional Police","Polda Metro Jaya","Polda Metro","ORG")
row("ORG-031","Ministry of Industry","Industry Ministry","Kementerian Perindustrian","Kementerian Perindustrian","ORG")
row("ORG-032","Ministry of Transportation","Transportation Ministry | Transport Ministry | Ministry of Transport","Kementerian Perhubungan","Kementerian Perhubungan","ORG")
row("ORG-033","Indonesian National Police (Polri)","Polri | Indonesian National Police | National Police","Kepolisian Negara Republik Indonesia","Polri","ORG")
row("ORG-034","kumparan","kumparan.com","kumparan","kumparan","ORG","extended")
row("ORG-035","Reuters","","Reuters","Reuters","ORG")
row("ORG-036","Federal Reserve (the Fed)","the Fed | Fed | Federal Reserve | US Federal Reserve","The Fed","The Fed","ORG")
row("ORG-037","US Senate","Senate | U.S. Senate | United States Senate","Senat AS","Senat AS","ORG")
row("ORG-038","White House","the White House","Gedung Putih","Gedung Putih","ORG")

# ---------------- GPE / LOC ----------------
row("GPE-001","China","People's Republic of China | PRC","China","China","GPE")
row("GPE-002","Xinjiang","Xinjiang Uyghur Autonomous Region","Xinjiang","Xinjiang","GPE")
row("GPE-003","Central Jakarta","","Jakarta Pusat","Jakarta Pusat","GPE")
row("GPE-004","Tangerang","","Tangerang","Tangerang","GPE")
row("GPE-005","Toulouse","","Toulouse","Toulouse","GPE")
row("GPE-006","France","","Prancis","Prancis","GPE")
row("GPE-007","Indonesia","","Indonesia","Indonesia","GPE")
row("GPE-008","United States","US | U.S. | USA | United States of America | America","Amerika Serikat","Amerika Serikat | AS","GPE")
row("GPE-009","Hong Kong","","Hong Kong","Hong Kong","GPE")
row("GPE-010","Vietnam","Viet Nam","Vietnam","Vietnam","GPE")
row("GPE-011","Ho Chi Minh City","Saigon","Ho Chi Minh City","Ho Chi Minh City","GPE")
row("LOC-001","Asia","","Asia","Asia","LOC")
row("LOC-002","National Monument (Monas)","Monas | National Monument","Monumen Nasional","Monas","LOC")
row("LOC-003","Medan Merdeka Utara Street","Jalan Medan Merdeka Utara | Jl. Medan Merdeka Utara | Medan Merdeka Utara","Jalan Medan Merdeka Utara","Jalan Medan Merdeka Utara | Medan Merdeka Utara","LOC")
row("LOC-004","Taman Pandang","Pandang Park","Taman Pandang","Taman Pandang","LOC")
row("LOC-005","Soekarno-Hatta International Airport","Soekarno-Hatta Airport | Soetta | Soekarno–Hatta International Airport","Bandara Internasional Soekarno-Hatta","Bandara International Soekarno-Hatta | Soetta","LOC")
row("LOC-006","Wall Street","","Wall Street","Wall Street","LOC")
row("LOC-007","Monas park","National Monument park | Monas grounds","taman Monas","taman Monas","LOC","extended")

# ---------------- DOC / ACRONYM ----------------
row("DOC-001","1945 Constitution","Constitution of 1945 | 1945 Constitution of the Republic of Indonesia | UUD 1945","UUD 1945","UUD 1945 | UUD 45","DOC")
row("DOC-002","Broad Outlines of State Policy (GBHN)","GBHN | Broad Outlines of State Policy | Broad Guidelines of State Policy | State Policy Guidelines","Garis-Garis Besar Haluan Negara","GBHN","DOC")
row("DOC-003","Form A","form A","Form A","Form A | form A","DOC")
row("DOC-004","Type Registration Certificate (TPT)","TPT | Type Registration Certificate | type registration","Tanda Pendaftaran Tipe","Tanda Pendaftaran Tipe | TPT","DOC")
row("DOC-005","Type Test Certificate","type approval certificate | Type Test Letter","Surat Uji Tipe","Surat Uji Tipe","DOC")
row("ACR-001","WIB (Western Indonesia Time, UTC+7)","WIB | Western Indonesia Time","WIB","WIB","ACRONYM")
row("ACR-002","vehicle registration certificate (STNK)","STNK | vehicle registration certificate | vehicle registration","Surat Tanda Nomor Kendaraan","STNK","ACRONYM")
row("ACR-003","state-owned enterprises (BUMN)","SOEs | state-owned enterprises | state-owned enterprise | BUMN","Badan Usaha Milik Negara","BUMN | Badan Usaha Milik Negara","ACRONYM")

# ---------------- MISC (groups, products, works, indexes) ----------------
row("MISC-001","Uighur Muslims","Uyghur Muslims | Muslim Uighurs | Muslim Uyghurs","muslim Uighur","muslim Uighur","MISC")
row("MISC-002","Uighurs","Uyghurs | Uighur people | Uyghur people","orang-orang Uighur","orang-orang Uighur","MISC")
row("MISC-021","Uighurs","Uyghurs | Uighur | Uyghur","Uighur","Uighur","MISC")
row("MISC-003","Uighur women","Uyghur women","perempuan Uighur","perempuan Uighur","MISC","extended")
row("MISC-004","Chinese people","people of China | the Chinese","rakyat China","rakyat China | Rakyat China","MISC")
row("MISC-005","Chinese public","the Chinese public","publik China","publik China","MISC","extended")
row("MISC-006","Pro Evolution Soccer (PES)","PES | Pro Evolution Soccer | eFootball PES","Pro Evolution Soccer","Pro Evolution Soccer | PES","MISC")
row("MISC-007","FIFA (video game)","FIFA | EA Sports FIFA","FIFA","FIFA","MISC")
row("MISC-008","Quran","Koran | Qur'an | Al-Quran","Alquran","Alquran","MISC")
row("MISC-009","Islam","","Islam","Islam","MISC")
row("MISC-010","Airbus A330-900neo","A330-900neo | Airbus A330neo | Airbus A330-900 Neo | A330-900","Airbus A330-900 Neo","Airbus A330-900 Neo | Airbus A-330-900 Neo | A300-900 Neo","MISC")
row("MISC-011","Harley-Davidson","Harley Davidson | Harley","Harley-Davidson","Harley Davidson | Harley-Davidson | Harley","MISC")
row("MISC-012","Harley-Davidson FLH Shovelhead","FLH Shovelhead","Harley-Davidson FLH Shovelhead","Harley-Davidson FLH Shovelhead","MISC")
row("MISC-013","Brompton","Brompton bicycle","Brompton","Brompton","MISC")
row("MISC-014","Dow Jones Industrial Average","Dow Jones | Dow","Dow Jones Industrial Average","Dow Jones Industrial Average","MISC")
row("MISC-015","S&P 500","S&P 500 index | Standard & Poor's 500","S&P 500","S & P 500","MISC")
row("MISC-016","Nasdaq Composite","Nasdaq Composite index | Nasdaq","Nasdaq Composite","Nasdaq Composite","MISC")
row("MISC-017","Philadelphia Semiconductor index","PHLX Semiconductor index | Philadelphia SE Semiconductor index | SOX | Philadelphia Semiconductor","Philadelphia Semiconductor","Philadelphia Semiconductor","MISC")
row("MISC-018","Jakarta Composite Index (JCI)","JCI | IDX Composite | Jakarta Composite Index | IHSG","Indeks Harga Saham Gabungan","IHSG","MISC")
row("MISC-019","rupiah","Rp | Indonesian rupiah | IDR","rupiah","Rp","MISC","extended")
row("MISC-020","homeland","the country | Indonesia","Tanah Air","Tanah Air","MISC","extended")

# ---------------- TERM ----------------
T = [
# h1
("religious and ethnic persecution","persecution based on religion and ethnicity | religious and ethnic-based persecution","persekusi berbasis agama dan etnis","persekusi berbasis agama dan etnis","core"),
("forced marriage","forced marriages","pernikahan paksa","pernikahan paksa","core"),
("burning of the Quran","Quran burning | Koran burning | burning of Korans","pembakaran Alquran","pembakaran Alquran","core"),
("video game","video games","video game","video game","extended"),
("official statement","","pernyataan resmi","pernyataan resmi","extended"),
("social media","","media sosial","media sosial","extended"),
("Twitter account","","akun Twitter","akun Twitter","extended"),
("fan base","supporter base","basis pendukung","basis pendukung","extended"),
# h2
("amendment to the 1945 Constitution","amendment of the 1945 Constitution | 1945 Constitution amendment | amending the 1945 Constitution","amandemen UUD 1945","amandemen UUD 1945 | amandemen UUD 45","core"),
("amendment","constitutional amendment","amandemen","amandemen","core"),
("limited amendment","","amandemen terbatas","amandemen terbatas","core"),
("presidential term","president's term of office | presidential term limit | term of office of the president | presidential tenure","masa jabatan presiden","masa jabatan presiden | masa jabatan Presiden","core"),
("term of office","tenure | term","masa jabatan","masa jabatan","extended"),
("extension of the presidential term","presidential term extension | extending the presidential term","perpanjangan masa jabatan presiden","perpanjangan masa jabatan presiden","core"),
("three terms","third term | 3 terms","tiga periode","tiga periode | 3 periode","extended"),
("two terms","2 terms","dua periode","dua periode","extended"),
("presidential election","election of the president | presidential elections","pemilihan presiden","pemilihan presiden","core"),
("presidential election system","system of presidential election","sistem pemilihan presiden","sistem pemilihan presiden","extended"),
("regional head elections","regional elections | local elections | Pilkada | local head elections | regional head election","pemilihan kepala daerah","pemilihan kepala daerah | Pilkada","core"),
("highest state institution","supreme institution | highest institution","lembaga tertinggi","lembaga tertinggi","core"),
("state policy guidelines","guidelines of state policy | state guidelines | state policy direction","haluan negara","haluan negara","core"),
("abuse of power","","abuse of power","abuse of power","extended"),
("term limit","limitation of the term of office | term limits","pembatasan masa jabatan","pembatasan masa jabatan","core"),
("democracy","","demokrasi","demokrasi","extended"),
("party elites","party elite","partai elite","partai elite","extended"),
# h3
("smoke grenade","smoke grenades","granat asap","granat asap","core"),
("grenade","grenades","granat","granat","core"),
("explosion","blast","ledakan","ledakan | Ledakan","extended"),
("crime scene investigation","crime scene examination | crime scene processing","olah TKP","olah TKP","core"),
("crime scene (TKP)","crime scene | TKP","tempat kejadian perkara","TKP","core"),
("press conference","news conference","konferensi pers","konferensi pers","core"),
("serious injuries","seriously injured | severe injuries","luka berat","luka berat","core"),
("law of war","laws of war | international humanitarian law","hukum perang","hukum perang","core"),
("civilians","civilian","warga sipil","warga sipil","core"),
("non-explosive","","non-eksplosif","non-eksplosif","extended"),
("canister grenade","canister-type grenade | cylindrical grenade","granat tipe tabung","granat tipe tabung","extended"),
("potassium","","kalium","kalium","extended"),
("chlorate","","klorat","klorat","extended"),
("lactose","","laktosa","laktosa","extended"),
("morning exercise","morning workout","olahraga pagi","olah raga pagi | olahraga pagi","extended"),
("TNI personnel","TNI members | TNI soldiers | soldiers | military personnel","anggota TNI","anggota TNI","extended"),
("police","the police","polisi","Polisi | kepolisian","extended"),
# h4
("smuggling","","penyelundupan","penyelundupan | Penyelundupan","core"),
("smuggled goods","contraband","selundupan","selundupan","extended"),
("VIP passengers","VIP passenger","penumpang VIP","penumpang VIP","core"),
("folding bicycle","folding bike | folding bicycles","sepeda lipat","sepeda lipat","core"),
("spare parts","spare part | parts","suku cadang","spare part | sparepart","extended"),
("big motorbike","large motorcycle | big bike | big motorcycle","motor gede","moge | motor gede","core"),
("customs clearance","customs formalities | customs procedures","kepabeanan","kepabeanan","core"),
("bonded zone","bonded area","kawasan berikat","kawasan berikat","core"),
("import duty","import duties | customs duty","bea masuk","bea masuk","core"),
("luxury goods","luxury items","barang mewah","barang mewah","core"),
("illegal goods","illegal items","barang ilegal","barang ilegal","extended"),
("baggage","luggage | carried goods","barang bawaan","barang bawaan","extended"),
("socialite","","sosialita","sosialita","extended"),
("motor vehicle","motor vehicles","kendaraan bermotor","kendaraan bermotor","core"),
("imported motor vehicle","imported motor vehicles","kendaraan bermotor impor","kendaraan bermotor impor","extended"),
("board of commissioners","","dewan komisaris","Dewan Komisaris | dewan komisaris","core"),
("board of directors","directors | management","direksi","Direksi | direksi","core"),
("labor union","trade union | workers' union | labour union","serikat pekerja","serikat pekerja","core"),
("subsidiary","subsidiaries","anak usaha","anak usaha","core"),
("hangar","","hanggar","hanggar","extended"),
("seizure","confiscation","penyitaan","penyitaan","core"),
("handover","delivery","serah terima","serah terima","extended"),
("dismissal","removal from office","pemberhentian jabatan","pemberhentian jabatan","extended"),
# h5
("US dollar","U.S. dollar | dollar","dolar AS","dolar AS","core"),
("year-to-date (YTD)","year to date | YTD | year-to-date","year-to-date","year-to-date | ytd","extended"),
("phase one trade deal","phase-one trade deal | phase one trade agreement | phase one deal","kesepakatan dagang fase satu","kesepakatan dagang fase satu | kesepakatan fase satu","core"),
("trade deal","trade agreement","kesepakatan dagang","kesepakatan dagang | kesepakatan perdagangan","core"),
("US-China trade deal","US-China trade agreement | U.S.-China trade deal","kesepakatan perdagangan AS-China","kesepakatan perdagangan AS-China","core"),
("trade war","","perang dagang","perang dagang","core"),
("US-China tensions","U.S.-China tensions | tensions between the US and China","ketegangan AS-China","ketegangan AS-China","core"),
("human rights","","hak asasi manusia","hak asasi manusia","core"),
("Fed minutes","minutes of the Fed | FOMC minutes | minutes of the Federal Reserve","risalah The Fed","risalah The Fed","core"),
("board of governors","governors | policymakers","dewan gubernur","dewan gubernur","core"),
("benchmark interest rate","benchmark rate | policy rate | key interest rate","suku bunga acuan","suku bunga acuan","core"),
("easing cycle","easing period | period of easing","masa pelonggaran","masa pelonggaran","core"),
("tariffs","tariff","tarif","tarif","core"),
("trading volume","volume of trading","volume perdagangan","Volume perdagangan","core"),
("trading days","","hari perdagangan","hari perdagangan","extended"),
("close of trading","market close | closing","penutupan perdagangan","penutupan perdagangan","extended"),
("utilities sector","utilities","sektor utilitas","sektor utilitas","extended"),
("real estate","","real estat","real estat","extended"),
("miscellaneous industry sector","miscellaneous industries sector | miscellaneous industry","sektor aneka industri","sektor aneka industri","core"),
("benchmark index","","indeks benchmark","indeks benchmark","extended"),
("prolonged protests","protracted protests","protes berkepanjangan","protes berkepanjangan","extended"),
("deadline","","tenggat waktu","tenggat waktu","extended"),
("investor optimism","","optimisme investor","optimisme investor","extended"),
("shares","stocks","saham","saham","extended"),
]
for k,(en,alts,cid,var,tier) in enumerate(T,1):
    row(f"TERM-{k:03d}",en,alts,cid,var,"TERM",tier)

# counting exceptions: cluster id -> strings inside which its variants are not counted
NOT_INSIDE = {
 "PER-012": ["RSPAD Gatot Subroto"],
 "ORG-024": ["Garuda Tauberes Indonesia"],
 "ORG-026": ["Airbus A330-900 Neo","Airbus A-330-900 Neo"],
 "MISC-011": ["Harley-Davidson FLH Shovelhead"],
 "TITLE-001": ["Wakil Presiden"],
 "GPE-007": ["Garuda Indonesia","Garuda Tauberes Indonesia"],
}
