# Hand-written gold for scripts/heldout2/docs (written before looking at any istilah output).
# Each row: id, canonical_en, alternates, canonical_id, variants, type, tier
R = []
def row(i, en, alts, cid, variants, typ, tier="core"):
    R.append((i, en, alts, cid, variants, typ, tier))

# ---------------- PER ----------------
# g1 Merkel / Auschwitz
row("PER-001","Angela Merkel","Merkel | Chancellor Angela Merkel","Angela Merkel","Kanselir Jerman Angela Merkel | Angela Merkel | Merkel","PER")
row("PER-002","Mateusz Morawiecki","Morawiecki","Mateusz Morawiecki","Perdana Menteri Polandia Mateusz Morawiecki | Mateusz Morawiecki","PER")
row("PER-003","Christoph Heubner","Heubner","Christoph Heubner","Christoph Heubner | Heubner","PER")
row("PER-004","Helmut Schmidt","","Helmut Schmidt","Helmut Schmidt","PER")
row("PER-005","Helmut Kohl","","Helmut Kohl","Helmut Kohl","PER")
# g2 Petral bribery
row("PER-006","Bambang Irianto","Bambang | BI","Bambang Irianto","Bambang Irianto | Bambang | BI","PER")
row("PER-007","Febri Diansyah","","Febri Diansyah","juru bicara KPK Febri Diansyah | Febri Diansyah","PER")
row("PER-008","Laode M. Syarif","Laode M Syarif | Laode Muhammad Syarif","Laode M Syarif","Wakil Ketua KPK Laode M Syarif | Laode M Syarif","PER")
row("PER-009","Sani Dinar Saifuddin","","Sani Dinar Saifuddin","Sani Dinar Saifuddin","PER")
row("PER-010","Retno Wahyuningsih","","Retno Wahyuningsih","Retno Wahyuningsih","PER")
row("PER-011","Nurdin M. Prayitno","Nurdin M Prayitno","Nurdin M Prayitno","Nurdin M Prayitno","PER")
row("PER-012","Edward Corne","","Edward Corne","Edward Corne","PER")
row("PER-013","Mulyono","","Mulyono","Mulyono","PER")
row("PER-014","Agus Bachtiar","","Agus Bachtiar","Agus Bachtiar","PER")
# g3 hepatitis / BPJS Bali
row("PER-015","Terawan Agus Putranto","Terawan","Terawan Agus Putranto","Menteri Kesehatan Terawan Agus Putranto | Terawan Agus Putranto | Terawan","PER")
row("PER-016","Wayan Koster","I Wayan Koster | Koster","Wayan Koster","Gubernur Bali Wayan Koster | Wayan Koster | Koster","PER")
row("PER-017","Ketut Suarjaya","I Ketut Suarjaya | Dr. Ketut Suarjaya | Suarjaya","Ketut Suarjaya","Dr Ketut Suarjaya | Ketut Suarjaya | Suarjaya","PER")
# g4 Pertamina / stock waqf
row("PER-018","Erick Thohir","Erick","Erick Thohir","Menteri BUMN Erick Thohir | Erick Thohir | Erick","PER")
row("PER-019","Basuki Tjahaja Purnama","Ahok | Basuki Tjahaja Purnama (Ahok) | Basuki","Basuki Tjahaja Purnama","Basuki Tjahaja Purnama | Ahok | Pak Basuki","PER")
row("PER-020","Budi Gunadi Sadikin","Budi Sadikin","Budi Gunadi Sadikin","Budi Gunadi Sadikin | Wamen Budi Sadikin | Budi Sadikin","PER")
row("PER-021","Emma Sri Martini","Emma","Emma Sri Martini","Emma Sri Martini | Ibu Emma","PER")
row("PER-022","Pahala Mansury","Pahala Nugraha Mansury | Pahala","Pahala Mansury","Pahala Mansury | Pak Pahala","PER")
row("PER-023","Thessalonica Winarto","Thessalonica","Thessalonica Winarto","Thessalonica Winarto | Thessalonica","PER")
row("PER-024","Prama Nugraha","Prama","Prama Nugraha","Prama Nugraha","PER")
# g5 PSSI
row("PER-025","Zainudin Amali","Zainudin","Zainudin Amali","Menpora Zainudin Amali | Zainudin Amali | Zainudin","PER")
row("PER-026","Mochamad Iriawan","Iwan Bule | Mochamad Iriawan (Iwan Bule) | M. Iriawan | Iriawan","Mochamad Iriawan","Mochamad Iriawan | Iriawan | Iwan Bule | Iwan","PER")
row("PER-027","Gatot S. Dewa Broto","Gatot S Dewa Broto | Gatot S. | Gatot","Gatot S. Dewa Broto","Gatot","PER")
row("PER-028","Ratu Tisha Destria","Ratu Tisha","Ratu Tisha Destria","Ratu Tisha Destria","PER")
row("PER-029","Iwan Budianto","","Iwan Budianto","Iwan Budianto","PER")
row("PER-030","Endri Erawan","","Endri Erawan","Endri Erawan","PER")
row("PER-031","Hasan Abdul Gani","","Hasan Abdul Gani","Hasan Abdul Gani","PER")
row("PER-032","Dwi Irianto","Mbah Putih","Dwi Irianto","Dwi Irianto | Mbah Putih","PER")
row("PER-033","Johar Lin Eng","","Johar Lin Eng","Johar Lin Eng","PER")
row("PER-034","Priyanto","","Priyanto","Priyanto","PER")
row("PER-035","Anik Yuni Artikasari","","Anik Yuni Artikasari","Anik Yuni Artikasari","PER")
row("PER-036","Nurul Safarid","","Nurul Safarid","Nurul Safarid","PER")
row("PER-037","Mansyur Lestaluhu","","Mansyur Lestaluhu","Mansyur Lestaluhu","PER")

# ---------------- TITLE ----------------
row("TITLE-001","German Chancellor","Chancellor of Germany | German chancellor","Kanselir Jerman","Kanselir Jerman","TITLE")
row("TITLE-002","Chancellor","chancellor","Kanselir","Kanselir","TITLE","extended")
row("TITLE-003","Polish Prime Minister","Prime Minister of Poland | Poland's Prime Minister | Polish prime minister","Perdana Menteri Polandia","Perdana Menteri Polandia","TITLE")
row("TITLE-004","deputy head of the International Auschwitz Committee","Executive Vice President of the International Auschwitz Committee | vice president of the International Auschwitz Committee | deputy chairman of the International Auschwitz Committee","Deputi Kepala Komite Internasional Auschwitz","Deputi Kepala Komite Internasional Auschwitz","TITLE")
row("TITLE-005","KPK spokesperson","KPK spokesman | spokesperson for the KPK | KPK spokeswoman","juru bicara KPK","juru bicara KPK","TITLE")
row("TITLE-006","KPK Deputy Chairman","KPK deputy chairman | deputy chairman of the KPK | KPK Vice Chairman | KPK deputy chair | KPK Deputy Chairperson","Wakil Ketua KPK","Wakil Ketua KPK","TITLE")
row("TITLE-007","Managing Director","managing director","Managing Director","Managing Director Pertamina Energy Service | Managing Director","TITLE","extended")
row("TITLE-008","Vice President (VP) Marketing","VP Marketing | Vice President Marketing | VP of Marketing | Vice President of Marketing","VP Marketing","Vice President (VP) Marketing | VP Marketing","TITLE","extended")
row("TITLE-009","President Director","CEO | chief executive officer | chief executive | president director | managing director","Direktur Utama","Direktur Utama | Dirut","TITLE","extended")
row("TITLE-036","Petral President Director","President Director of Petral | Petral CEO | President Director of Pertamina Energy Trading Limited | Pertamina Energy Trading Limited President Director","Direktur Utama Petral","Direktur Utama Pertamina Energy Trading Limited","TITLE")
row("TITLE-037","Telkomsel President Director","Telkomsel CEO | President Director of Telkomsel | Telkomsel chief executive | Telkomsel president director","Direktur Utama Telkomsel","Direktur Utama Telkomsel | Dirut Telkomsel","TITLE")
row("TITLE-038","BTN President Director","BTN CEO | President Director of BTN | BTN chief executive | BTN president director | President Director of Bank Tabungan Negara","Direktur Utama BTN","Direktur Utama BTN | Dirut BTN","TITLE")
row("TITLE-010","Finance Director","CFO | chief financial officer | finance director | Director of Finance","Direktur Keuangan","Direktur Keuangan | Dirkeu","TITLE")
row("TITLE-011","Health Minister","Minister of Health","Menteri Kesehatan","Menteri Kesehatan","TITLE")
row("TITLE-012","Governor of Bali","Bali Governor | Bali governor","Gubernur Bali","Gubernur Bali","TITLE")
row("TITLE-013","head of the Bali Provincial Health Office","Bali Health Office head | head of the Bali Health Agency | head of the Bali Provincial Health Agency | head of the Bali Health Office","Kepala Dinas Kesehatan Provinsi Bali","Kepala Dinas Kesehatan Provinsi Bali","TITLE")
row("TITLE-014","State-Owned Enterprises Minister","Minister of State-Owned Enterprises | SOE Minister | SOEs Minister","Menteri BUMN","Menteri BUMN","TITLE")
row("TITLE-015","Pertamina President Commissioner","President Commissioner of Pertamina | Pertamina chief commissioner | Chief Commissioner of Pertamina | Pertamina president commissioner | chairman of Pertamina's board of commissioners","Komisaris Utama Pertamina","Komisaris Utama PT Pertamina (Persero) | Komisaris Utama PT Pertamina | Komut Pertamina","TITLE")
row("TITLE-039","President Commissioner","chief commissioner | president commissioner | Chief Commissioner | chairman of the board of commissioners","Komisaris Utama","Komisaris Utama | Komut","TITLE","extended")
row("TITLE-016","Pertamina Vice President Commissioner","Vice President Commissioner of Pertamina | Pertamina deputy president commissioner | Deputy President Commissioner of Pertamina | Pertamina deputy chief commissioner | Vice President Commissioner | deputy president commissioner","Wakil Komisaris Utama Pertamina","Wakil Komisaris Utama Pertamina | Wakil Komisaris Utama","TITLE")
row("TITLE-017","Deputy Minister","deputy minister | Vice Minister | Deputy SOE Minister","Wakil Menteri","Wamen","TITLE")
row("TITLE-018","Phillip Sekuritas director","director of Phillip Sekuritas | Phillip Sekuritas Director | Phillip Sekuritas Indonesia director","Direktur Phillip Sekuritas","Direktur Phillip Sekuritas","TITLE")
row("TITLE-019","Panin Sekuritas director","director of Panin Sekuritas | Panin Sekuritas Director","Direktur Panin Sekuritas","Direktur Panin Sekuritas","TITLE")
row("TITLE-020","Minister of Youth and Sports","Youth and Sports Minister | Sports Minister | Menpora | Minister of Youth and Sports (Menpora)","Menteri Pemuda dan Olahraga","Menteri Pemuda dan Olahraga | Menpora","TITLE")
row("TITLE-021","Secretary of the Ministry of Youth and Sports","Youth and Sports Ministry Secretary | Sesmenpora | Ministry of Youth and Sports secretary | Secretary to the Minister of Youth and Sports | secretary of the youth and sports ministry","Sekretaris Menpora","Sekretaris Menpora | Sesmenpora","TITLE")
row("TITLE-022","PSSI Chairman","PSSI chairman | PSSI chairperson | chairman of PSSI | PSSI general chairman | PSSI president | President of PSSI | PSSI chair | PSSI Chair","Ketua Umum PSSI","Ketua Umum PSSI | Ketua umum PSSI | Ketum PSSI","TITLE")
row("TITLE-023","chairman","general chairman | chair | chairperson","Ketua Umum","Ketua Umum","TITLE","extended")
row("TITLE-024","PSSI Vice Chairman","PSSI vice chairman | PSSI deputy chairperson | PSSI deputy chairman | vice chairman of PSSI | PSSI vice president | PSSI Deputy Chairman | PSSI deputy chair","Wakil Ketua Umum PSSI","Wakil Ketua Umum PSSI","TITLE")
row("TITLE-025","PSSI Secretary-General","PSSI secretary general | Secretary-General of PSSI | PSSI general secretary","Sekjen PSSI","Sekjen PSSI","TITLE")
row("TITLE-026","Secretary-General","secretary-general | secretary general","Sekjen","Sekjen","TITLE","extended")
row("TITLE-040","PSSI Executive Committee member","member of the PSSI Executive Committee | PSSI Exco member | Exco member | member of the PSSI Exco","anggota Komite Eksekutif PSSI","anggota Komite Eksekutif | anggota Exco PSSI","TITLE","extended")
row("TITLE-041","PSSI Disciplinary Committee member","member of the PSSI Disciplinary Committee | Disciplinary Committee member","anggota Komite Disiplin PSSI","anggota Komite Disiplin PSSI","TITLE","extended")
row("TITLE-027","PSSI referee assignment director","PSSI director of referee assignments | director of referee assignment | PSSI referee appointments director | PSSI Director of Refereeing","Direktur Penugasan Wasit PSSI","Direktur Penugasan Wasit PSSI","TITLE")
row("TITLE-028","Head of Trading","head of trading","Head of Trading","Head of Trading Pertamina Energy Service | Head of Trading","TITLE","extended")
row("TITLE-029","Senior Trader Light Distillates","senior light distillates trader","Senior Trader Light Distillates","Senior Trader Light Distillates Pertamina Energy Service | Senior Trader Light Distillates","TITLE","extended")
row("TITLE-030","junior Trader Light Distillates","junior light distillates trader","junior Trader Light Distillates","junior Trader Light Distillates Pertamina Energy Service | junior Trader Light Distillates","TITLE","extended")
row("TITLE-031","Analyst Light Distillates Trading","light distillates trading analyst","Analyst Light Distillates Trading","Analyst Light Distillates Trading Integrated Supply Chain PT Pertamina | Analyst Light Distillates Trading","TITLE","extended")
row("TITLE-032","Trader Distillates","distillates trader","Trader Distillates","Trader Distillates Pertamina Energy Service | Trader Distillates","TITLE","extended")
row("TITLE-033","Assistant Manager Petrochemical","assistant manager for petrochemicals","Assistant Manager Petrochemical","Assistant Manager Petrochemical Fungsi Marketing and Trading PT Pertamina | Assistant Manager Petrochemical","TITLE","extended")
row("TITLE-034","Senior Trade Crude","senior crude trader","Senior Trade Crude","Senior Trade Crude Pertamina Energy Service | Senior Trade Crude","TITLE","extended")
row("TITLE-035","senior staff","principal staff | senior staff member","staf utama","staf utama Integrated Supply Chain PT Pertamina | staf utama","TITLE","extended")

# ---------------- ORG ----------------
row("ORG-001","International Auschwitz Committee","","Komite Internasional Auschwitz","Komite Internasional Auschwitz","ORG")
row("ORG-002","AFP","Agence France-Presse","AFP","AFP","ORG")
row("ORG-003","Nazis","Nazi | Nazi Party | Nazi Germany | NAZI | the Nazis","NAZI","NAZI","ORG")
row("ORG-004","Corruption Eradication Commission (KPK)","KPK | Corruption Eradication Commission","Komisi Pemberantasan Korupsi","KPK","ORG")
row("ORG-005","Pertamina Energy Services (PES)","PES | Pertamina Energy Services | Pertamina Energy Service | Pertamina Energy Services Pte Ltd | Pertamina Energy Service Pte Ltd","Pertamina Energy Service","Pertamina Energy Service (PES) Pte Ltd | Pertamina Energy Service | PES","ORG")
row("ORG-006","Pertamina Energy Trading Limited (Petral)","Petral | Pertamina Energy Trading Ltd | Pertamina Energy Trading Limited","Petral","Pertamina Energy Trading Limited | Petral","ORG")
row("ORG-007","Pertamina","PT Pertamina | PT Pertamina (Persero) | Pertamina (Persero)","Pertamina","PT Pertamina (Persero) | PT Pertamina | Pertamina","ORG")
row("ORG-008","Kernel Oil","Kernel Oil Pte Ltd","Kernel Oil","Kernel Oil","ORG")
row("ORG-009","Integrated Supply Chain (ISC)","Integrated Supply Chain | ISC | Pertamina Integrated Supply Chain","Integrated Supply Chain","Integrated Supply Chain","ORG")
row("ORG-010","Refining Directorate","Pertamina Refining Directorate | Directorate of Refining | Processing Directorate | Refinery Directorate","Direktorat Pengolahan","Direktorat Pengolahan PT Pertamina | Direktorat Pengolahan","ORG")
row("ORG-011","Marketing and Trading function","Marketing & Trading | Marketing and Trading","Fungsi Marketing and Trading","Fungsi Marketing and Trading","ORG","extended")
row("ORG-012","Depok Health Office","Depok City Health Office | Depok Health Agency | Depok City Health Agency | Depok health office","Dinas Kesehatan Kota Depok","Dinas Kesehatan Kota Depok | Dinkes Depok","ORG")
row("ORG-013","World Health Organization (WHO)","WHO | World Health Organization","World Health Organization","World Health Organization | WHO","ORG")
row("ORG-014","BPJS Kesehatan","Healthcare and Social Security Agency | BPJS Health | Social Security Agency for Health | Health Social Security Agency | Healthcare and Social Security Agency (BPJS Kesehatan)","BPJS Kesehatan","BPJS Kesehatan","ORG")
row("ORG-015","Bali Provincial Health Office","Bali Health Office | Bali Provincial Health Agency | Bali Health Agency","Dinas Kesehatan Provinsi Bali","Dinas Kesehatan Provinsi Bali","ORG")
row("ORG-016","Bali Provincial Government","Bali provincial government | Bali provincial administration | provincial government of Bali | Bali administration","Pemprov Bali","Pemprov Bali","ORG")
row("ORG-017","Telkomsel","PT Telekomunikasi Selular","Telkomsel","Telkomsel","ORG")
row("ORG-018","Bank Tabungan Negara (BTN)","BTN | Bank BTN | Bank Tabungan Negara | PT Bank Tabungan Negara","BTN","BTN","ORG")
row("ORG-019","Indonesia Stock Exchange (IDX)","IDX | Indonesia Stock Exchange | Indonesian Stock Exchange","Bursa Efek Indonesia","Bursa Efek Indonesia | BEI","ORG")
row("ORG-020","Phillip Sekuritas","Phillip Sekuritas Indonesia | PT Phillip Sekuritas Indonesia | Phillip Securities","Phillip Sekuritas","Phillip Sekuritas","ORG")
row("ORG-021","Panin Sekuritas","PT Panin Sekuritas | Panin Securities","Panin Sekuritas","Panin Sekuritas","ORG")
row("ORG-022","Dompet Dhuafa","Dompet Dhuafa Foundation","Dompet Dhuafa","Dompet Dhuafa","ORG")
row("ORG-023","Ministry of Youth and Sports (Kemenpora)","Kemenpora | Ministry of Youth and Sports | Youth and Sports Ministry","Kementerian Pemuda dan Olahraga","Kemenpora","ORG")
row("ORG-024","Football Association of Indonesia (PSSI)","PSSI | Football Association of Indonesia | Indonesian Football Association | All-Indonesia Football Association","PSSI","Persatuan Sepakbola Seluruh Indonesia | PSSI","ORG")
row("ORG-025","FIFA","","FIFA","FIFA","ORG")
row("ORG-026","Asian Football Confederation (AFC)","AFC | Asian Football Confederation","AFC","AFC","ORG")
row("ORG-027","Indonesian National Police (Polri)","Polri | Indonesian National Police | National Police","Kepolisian Negara Republik Indonesia","Polri","ORG")
row("ORG-028","Anti-Football Mafia Task Force","Anti-Match-Fixing Task Force | Football Mafia Task Force | Anti Football Mafia Task Force | Anti-Football Mafia Task Force (Satgas)","Satgas Anti Mafia Bola","Satgas Anti Mafia Bola | Anti Mafia Bola","ORG")
row("ORG-029","PSSI Disciplinary Committee","Disciplinary Committee | PSSI disciplinary committee","Komite Disiplin PSSI","Komite Disiplin PSSI","ORG")
row("ORG-030","PSSI Executive Committee (Exco)","Exco | PSSI Exco | Executive Committee | PSSI Executive Committee","Komite Eksekutif PSSI","Komite Eksekutif | Exco PSSI | Exco","ORG")
row("ORG-031","Indonesia national team","Indonesian national team | national team | Timnas Indonesia | Indonesia national football team","Timnas Indonesia","Timnas Indonesia","ORG")

# ---------------- GPE / LOC / EVENT ----------------
row("GPE-001","Germany","","Jerman","Jerman","GPE")
row("GPE-002","Poland","","Polandia","Polandia","GPE")
row("GPE-003","Soviet Union","USSR | Soviet","Uni Soviet","Uni Soviet | Soviet","GPE")
row("GPE-004","Halle","","Halle","Halle","GPE")
row("GPE-005","Singapore","","Singapura","Singapura","GPE")
row("GPE-006","Depok","Depok City","Depok","Depok","GPE")
row("GPE-007","West Java","","Jawa Barat","Jawa Barat","GPE")
row("GPE-008","Jakarta","","Jakarta","Jakarta","GPE")
row("GPE-009","Bali","","Bali","Bali","GPE")
row("GPE-010","Central Jakarta","","Jakarta Pusat","Jakarta Pusat","GPE")
row("GPE-011","Indonesia","","Indonesia","Indonesia","GPE")
row("LOC-001","Auschwitz","Auschwitz concentration camp | Auschwitz camp | Auschwitz death camp | Auschwitz-Birkenau | Auschwitz extermination camp","Auschwitz","Kamp konsentrasi Auschwitz | kamp pembantaian Auschwitz | kamp Auschwitz | Auschwitz","LOC")
row("LOC-002","Death Wall","Wall of Death | Execution Wall | Black Wall","Death Wall","Death Wall","LOC")
row("LOC-003","Presidential Palace complex","Presidential Palace Complex | presidential palace compound | State Palace complex | Presidential Palace","Kompleks Istana Kepresidenan","Kompleks Istana Kepresidenan","LOC")
row("LOC-004","IDX Building","Indonesia Stock Exchange Building | IDX building","Gedung BEI","Gedung BEI","LOC","extended")
row("LOC-005","Senayan","","Senayan","Senayan","LOC")
row("LOC-006","Shangri-La Hotel","Hotel Shangri-La | Shangri-La Jakarta","Hotel Shangri-La","Hotel Shangri-La","LOC")
row("LOC-008","Pertamina head office","Pertamina headquarters | head office | headquarters","Kantor Pusat PT Pertamina","Kantor Pusat PT Pertamina | Kantor Pusat","LOC","extended")
row("LOC-007","Ancol","","Ancol","Ancol","LOC")
row("EVT-001","Holocaust","the Holocaust","holocaust","holocaust","EVENT")
row("EVT-002","PSSI Extraordinary Congress","PSSI extraordinary congress | extraordinary congress | KLB | PSSI Extraordinary Congress (KLB)","Kongres Luar Biasa PSSI","KLB PSSI | KLB","EVENT")

# ---------------- DOC / ACRONYM / MISC ----------------
row("MISC-001","Arbeit macht frei","work sets you free | work makes you free","Arbeit macht frei","Arbeit macht frei","MISC")
row("MISC-002","Jews","Jewish people | Jewish residents | Jewish citizens","warga Yahudi","warga Yahudi","MISC")
row("MISC-009","Jewish","Jews | Jew | Jewish people","Yahudi","Yahudi","MISC")
row("MISC-003","Poles","Polish citizens | Polish people | Polish residents","warga Polandia","warga Polandia","MISC")
row("MISC-004","Soviet troops","Soviet army | Soviet soldiers | Red Army | Soviet Army","tentara Uni Soviet","tentara Uni Soviet | tentara Soviet","MISC")
row("MISC-005","anti-Nazi fighters","anti-Nazi resistance fighters | anti-Nazi resistance","pejuang anti-NAZI","pejuang anti-NAZI","MISC","extended")
row("MISC-006","Encyclopaedia Britannica","Encyclopedia Britannica | Britannica","Encyclopedia Britannica","Encyclopedia Britannica","MISC")
row("MISC-007","US dollar","USD | US$ | dollar | U.S. dollar","USD","USD","MISC","extended")
row("MISC-008","rupiah","Rp | Indonesian rupiah | IDR","rupiah","Rp","MISC","extended")
row("ACR-001","hepatitis A virus (HAV)","HAV | hepatitis A virus","virus hepatitis A","virus hepatitis A | Virus Hepatitis A | HAV","ACRONYM")
row("ACR-002","hepatitis B virus (HBV)","HBV | hepatitis B virus","virus hepatitis B","virus Hepatitis B | HBV","ACRONYM")
row("ACR-003","hepatitis C virus (HCV)","HCV | hepatitis C virus","virus hepatitis C","virus hepatitis C | HCV","ACRONYM")
row("ACR-004","HIV (human immunodeficiency virus)","HIV | human immunodeficiency virus","HIV","HIV | human immunodeficiency virus","ACRONYM")
row("ACR-005","premium assistance recipients (PBI)","PBI | contribution assistance recipients | recipients of premium assistance | premium aid recipients | subsidized members | PBI recipients","Penerima Bantuan Iuran","PBI","ACRONYM")
row("ACR-006","regional budget (APBD)","APBD | regional budget | provincial budget | regional revenue and expenditure budget","Anggaran Pendapatan dan Belanja Daerah","APBD","ACRONYM")
row("ACR-007","state-owned enterprises (BUMN)","SOEs | state-owned enterprises | state-owned enterprise | BUMN","Badan Usaha Milik Negara","BUMN","ACRONYM")
row("ACR-008","public company (Tbk)","Tbk | publicly listed company | listed company | public listed company | public company","perusahaan terbuka","Tbk | perusahaan terbuka","ACRONYM")
row("ACR-009","Sharia Online Trading System (SOTS)","SOTS | Sharia Online Trading System | sharia online trading system","SOTS","SOTS","ACRONYM")
row("ACR-010","general meeting of shareholders (GMS)","GMS | general meeting of shareholders | General Meeting of Shareholders | shareholders' meeting | general shareholders' meeting | RUPS","Rapat Umum Pemegang Saham","Rapat Umum Pemegang Saham | RUPS","ACRONYM")

# ---------------- TERM ----------------
T = [
# g1
("concentration camp","concentration camps","kamp konsentrasi","Kamp konsentrasi","core"),
("forced labor camp","labor camp | forced labour camp | forced-labor camp | labour camp","kamp kerja paksa","kamp kerja paksa","core"),
("death camp","extermination camp","kamp pembantaian","kamp pembantaian","core"),
("survivors","survivor | Holocaust survivors","korban selamat","korban selamat","core"),
("anti-Semitic","antisemitic | anti-Semitism | antisemitism","anti-Semit","anti-Semit","core"),
("anti-Semitic acts","anti-Semitic incidents | antisemitic acts | antisemitic incidents","tindakan anti-Semit","tindakan anti-Semit","extended"),
("anti-Semitic attacks","antisemitic attacks","serangan anti-Semit","serangan anti-Semit","extended"),
("hate speech","","ujaran kebencian","ujaran kebencian","core"),
("genocide","","genosida","genosida","core"),
("synagogue","","sinagoge","Sinagoge","extended"),
("wreath-laying","laying of a wreath | wreath laying | wreath-laying ceremony","peletakan karangan bunga","peletakan karangan bunga","core"),
("wreath","floral wreath","karangan bunga","karangan bunga","extended"),
("moment of silence","observe a moment of silence | minute of silence","mengheningkan cipta","mengheningkan cipta","extended"),
("camp prisoners","camp inmates | prisoners","tahanan kamp","tahanan kamp","extended"),
("liberation","","pembebasan","pembebasan","extended"),
# g2
("bribery","bribe | bribes","suap","suap | Suap","core"),
("alleged bribery case","bribery case | alleged bribery","kasus dugaan suap","kasus dugaan suap","extended"),
("oil and gas mafia","oil-and-gas mafia | oil and gas cartel","mafia migas","mafia migas","core"),
("oil and gas","oil & gas | oil-and-gas","migas","migas","core"),
("suspect","suspects","tersangka","tersangka","core"),
("witness","witnesses","saksi","saksi","core"),
("press conference","news conference","konferensi pers","konferensi pers","core"),
("crude oil","","minyak mentah","minyak mentah","core"),
("crude oil trader","","crude oil trader","crude oil trader Pertamina Energy Service | crude oil trader","extended"),
("refined products","refined product | refinery product | refinery products | refined petroleum products | refined oil products | petroleum products","produk kilang","produk kilang","core"),
("procurement","","pengadaan","pengadaan | Pengadaan","core"),
("procurement tender","tender | procurement tenders","tender pengadaan","tender pengadaan","core"),
("tender","bid | tenders","tender","tender","extended"),
("cargo allocation","cargo allotment | cargo quota","jatah alokasi kargo","jatah alokasi kargo","extended"),
("cargo shipments","cargo shipment | shipping of cargo","pengiriman kargo","pengiriman kargo","extended"),
("business partner","partner | counterparty","rekanan","rekanan","extended"),
("law enforcement","law enforcers | law enforcement officers | law enforcement authorities","penegak hukum","penegak hukum","core"),
("bank account","bank accounts","rekening bank","rekening bank","extended"),
("subsidiary company","subsidiary","subsidiary company","subsidiary company","extended"),
("National Oil Company","national oil companies | NOC","National Oil Company","National Oil Company","extended"),
("Major Oil Company","major oil companies | oil majors","Major Oil Company","Major Oil Company","extended"),
("fee","fees","fee","fee","extended"),
("light distillates","","Light Distillates","Light Distillates","extended"),
# g3
("hepatitis","","hepatitis","hepatitis | Hepatitis","core"),
("hepatitis A","","hepatitis A","hepatitis A | Hepatitis A","core"),
("hepatitis B","","hepatitis B","hepatitis B | Hepatitis B","core"),
("hepatitis C","","hepatitis C","hepatitis C | Hepatitis C","core"),
("hepatitis A outbreak","outbreak of hepatitis A","wabah hepatitis A","wabah hepatitis A","core"),
("outbreak","epidemic","wabah","wabah","extended"),
("urinary tract infections","urinary tract infection | UTI | UTIs","penyakit infeksi saluran kencing","penyakit infeksi saluran kencing","core"),
("urinary tract infection","urinary tract infections | UTI","infeksi saluran kencing","infeksi saluran kencing","extended"),
("hepatitis program manager","hepatitis program officer | manager of the hepatitis program","pengelola program hepatitis","pengelola program hepatitis","extended"),
("liver function disorder","impaired liver function | liver dysfunction | liver function disorders","gangguan fungsi hati","gangguan fungsi hati","core"),
("liver cancer","","kanker hati","kanker hati","core"),
("liver damage","","kerusakan hati","kerusakan hati","core"),
("permanent liver damage","","kerusakan hati permanen","kerusakan hati permanen","extended"),
("liver failure","","gagal hati","gagal hati","core"),
("chronic liver cancer","","kanker hati kronis","kanker hati kronis","extended"),
("inflammation","inflammatory disease","peradangan","peradangan","extended"),
("fecal-oral","fecal-oral route | faecal-oral","fecal-oral","fecal-oral","extended"),
("sexual intercourse","sexual contact | sexual relations | sex","hubungan seksual","hubungan seksual","core"),
("body fluids","bodily fluids | body fluid","cairan tubuh","cairan tubuh","core"),
("drinking water","","air minum","air minum","extended"),
("hepatitis A vaccine","hepatitis A vaccination | vaccine against hepatitis A","vaksin hepatitis A","Vaksin hepatitis A","core"),
("vaccine","vaccines","vaksin","Vaksin","extended"),
("premium","premiums | contribution | contributions | dues","iuran","iuran","core"),
("BPJS Kesehatan premium","BPJS Kesehatan premiums | BPJS Kesehatan contributions | BPJS Health premiums","iuran BPJS Kesehatan","iuran BPJS Kesehatan","core"),
("BPJS Kesehatan premium increase","BPJS Kesehatan premium hike | increase in BPJS Kesehatan premiums | BPJS Health premium increase","kenaikan iuran BPJS Kesehatan","kenaikan iuran BPJS Kesehatan","extended"),
("class III","Class III | third class | class 3 | third-class","kelas III","kelas III | Kelas III","core"),
("participants","participant | members | enrollees","peserta","peserta","extended"),
("regional government","local government | regional governments | local governments","pemerintah daerah","pemerintah daerah","core"),
("central government","the central government","pemerintah pusat","pemerintah pusat","core"),
("subsidy","subsidies","subsidi","subsidi","extended"),
("budget","","anggaran","anggaran","extended"),
# g4
("board of directors","directors | management | board","direksi","direksi","core"),
("commissioner","commissioners","komisaris","komisaris","extended"),
("refinery","refineries","kilang","kilang | refinery","core"),
("refinery construction","refinery development | building refineries | construction of refineries | refinery building","pembangunan kilang","pembangunan kilang","core"),
("oil and gas imports","oil and gas import | oil-and-gas imports | imports of oil and gas","impor migas","impor migas","core"),
("stock waqf","share waqf | waqf of shares | stock endowment | share endowment | waqf shares","wakaf saham","wakaf saham","core"),
("waqf","endowment | Islamic endowment","wakaf","wakaf","core"),
("Islamic capital market","sharia capital market | Sharia capital market | sharia-compliant capital market","pasar modal syariah","pasar modal syariah","core"),
("sharia stocks","Islamic stocks | sharia-compliant stocks | sharia shares | Islamic shares","saham syariah","saham syariah","core"),
("sharia stock investors","Islamic stock investors","investor saham syariah","investor saham syariah","extended"),
("shares","stocks | stock | share","saham","saham","extended"),
("customers","clients | customer | client","nasabah","nasabah","extended"),
("investors","investor","investor","investor","extended"),
("cooperate","work together | work with | collaborate","bekerja sama","bekerja sama","extended"),
# g5
("football mafia","match-fixing | match fixing | football match-fixing mafia | soccer mafia | match-fixing mafia","mafia bola","mafia bola","core"),
("eradication of the football mafia","fight against the football mafia | crackdown on match-fixing | eradicating the football mafia","pemberantasan mafia bola","pemberantasan mafia bola","extended"),
("task force","task force (Satgas) | Satgas","Satuan Tugas","Satuan Tugas | Satgas","core"),
("holding concurrent positions","concurrent positions | dual positions | multiple positions | holding multiple posts | concurrent posts | dual posts","rangkap jabatan","rangkap jabatan","core"),
("national football","Indonesian football | national soccer","persepakbolaan nasional","persepakbolaan nasional","extended"),
("written statement","","keterangan tertulis","keterangan tertulis","extended"),
("police","the police","kepolisian","kepolisian","extended"),
("voters","voter","voters","voters","extended"),
("coach","head coach","pelatih","pelatih","extended"),
("reporters","journalists | the press","pewarta","pewarta","extended"),
("federation officials","federation board | federation management","pengurus federasi","pengurus federasi","extended"),
("chairman candidate","candidate for chairman | chairmanship candidate","calon Ketua Umum PSSI","calon Ketua Umum PSSI | calon Ketum PSSI | Calon Ketua Umum","extended"),
]
for k,(en,alts,cid,var,tier) in enumerate(T,1):
    row(f"TERM-{k:03d}",en,alts,cid,var,"TERM",tier)

# counting exceptions: cluster id -> strings inside which its variants are not counted
NOT_INSIDE = {
 "ORG-007": ["Pertamina Energy Service","Pertamina Energy Trading Limited"],
 "TITLE-039": ["Wakil Komisaris Utama"],
 "TITLE-020": ["Sekretaris Menpora"],
 "TITLE-022": ["Wakil Ketua Umum PSSI"],
 "TITLE-023": ["Wakil Ketua Umum PSSI"],
 "PER-026": ["Iwan Budianto"],
 "GPE-011": ["Persatuan Sepakbola Seluruh Indonesia","Bursa Efek Indonesia","Timnas Indonesia"],
}
