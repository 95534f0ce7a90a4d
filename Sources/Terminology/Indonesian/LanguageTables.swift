/// The Indonesian language data the extractor reads: title heads, cue words that type a name,
/// connectors inside names, verbs of saying. Facts about the language, kept apart from the engine;
/// every entry is lowercase and general (no entity of any particular text).
public struct LanguageTables: Sendable {
    /// Heads of titles and offices (`presiden`, `perdana menteri`, `juru bicara`), one or more words.
    public var titleHeads: Set<String> = [
        "presiden", "wakil presiden", "perdana menteri", "menteri", "menteri luar negeri", "kanselir",
        "kepala", "juru bicara", "jubir", "gubernur", "wakil gubernur", "sekretaris jenderal", "sekjen",
        "sekretaris", "duta besar", "dutabesar", "dubes", "pemimpin", "pimpinan", "ketua", "direktur", "direktur jenderal",
        "dirjen", "direktur utama", "dirut", "panglima", "raja", "ratu", "pangeran", "putra mahkota", "paus",
        "wali kota", "walikota", "bupati", "jenderal", "jendral", "laksamana", "marsekal", "kolonel", "komandan",
        "asisten", "ajudan", "penasihat", "staf khusus", "komisaris", "jaksa agung", "hakim", "senator", "utusan khusus",
        "utusan", "diplomat", "pemimpin tertinggi", "kaisar", "emir", "sultan", "syekh", "gubernur jenderal",
        "kapolri", "kapolda", "kapolres", "menlu", "menhan", "wapres", "mendagri", "panglima tni", "kasad",
        "rektor", "dekan", "profesor", "prof.", "dr.", "ir.", "h.", "hj.", "bapak", "ibu", "pak", "bu",
        "tuan", "nyonya", "reporter", "editor", "penulis", "kontributor", "wartawan", "koresponden", "fotografer", "analis", "pengamat",
        "anggota", "ketua umum", "sekretaris negara", "sekretaris kabinet", "seskab", "penasihat keamanan nasional", "wakil ketua",
        // Honorifics as news writes them without the full stop (`Prof Bambang Hidayat`, `Ny Ani`).
        "prof", "dr", "ir", "ny", "kh", "hj",
        // Academic titles of the Dutch era (`Drs Soedjono`, `Dra Siti`).
        "drs", "drs.", "dra", "dra.",
        // English forms of address in translated copy (`Mr Smith`, `Mrs Thatcher`).
        "mr", "mr.", "mrs", "mrs.",
        // Military and police ranks, written out and abbreviated (`Komjen Pol …`, `Mayjen …`).
        "letnan jenderal", "mayor jenderal", "brigadir jenderal", "letjen", "mayjen", "brigjen", "komjen",
        "irjen", "kombes", "akbp", "kapten", "mayor", "letnan", "sersan", "laksda", "laksdya", "marsda", "marsdya",
        // Offices and functions abbreviated in Indonesian news.
        "wasekjen", "ketum", "waketum", "menteri koordinator", "menko", "menkeu", "menkumham", "menkum", "mensesneg", "wakapolri", "kabareskrim",
        // Candidates (`Capres Golkar`, `cagub DKI`).
        "capres", "cawapres", "cagub", "cawagub", "cabup", "cawalkot", "caleg",
        // Ministers' titles as blends (`Menkokesra Agung Laksono`, `Menkes`).
        "menkes", "menpora", "menhub", "menaker", "menakertrans", "menristek", "mendikbud", "menkominfo", "mensos",
        "menpar", "menperin", "mendag", "mentan", "menpan", "menag", "menpera", "menkokesra", "menkopolhukam",
        "menkoperekonomian", "menkomaritim", "menko polhukam", "menko perekonomian", "menko kesra",
        // Heads of the units of a ministry or agency, as blends (`Kasubdit Komunikasi dan Publikasi …`
        // = Kepala Subdirektorat, `Kabag`, `Kasubbag`, `Kabiro`, `Kadiv`).
        "kasubdit", "kabag", "kasubbag", "kasubag", "kabiro", "kadiv",
        // Boards of a company, as blends (`Komut Pertamina` = Komisaris Utama, `Wadirut` = Wakil
        // Direktur Utama, `Dirkeu` = Direktur Keuangan).
        "komut", "wakomut", "wadirut", "dirkeu",
        "deputi", "komisioner", "bendahara umum", "ketua harian", "uskup", "uskup agung", "kardinal",
        // Occupations that introduce a person the way a title does (`Ilmuwan NASA William Stefanov`).
        "ilmuwan", "politikus", "politisi", "ekonom", "peneliti", "aktivis", "pengacara", "kuasa hukum",
    ]

    /// Ranks of the Indonesian police (Polri) and armed forces (TNI), abbreviated as news writes
    /// them before a name and written out (`Irjen`, `AKBP`, `Serka`, `Kolonel`, `Laksda`, `Inspektur
    /// Jenderal`): the official rank tables of Polri (Perkap 2016 on ranks) and TNI (army, navy and
    /// air force, PP 39/2010). A rank is a title of its own, split from an office before it
    /// (`Kapolda Metro Jaya Irjen …`) and from the person after it; ``init()`` adds them to
    /// ``titleHeads``. Their English is in `glossary/language.tsv`.
    public var ranks: Set<String> = [
        // Polri, from the top: generals, senior and junior officers, non-commissioned officers, enlisted.
        "jenderal", "jendral", "jenderal besar", "komjen", "komisaris jenderal", "irjen", "inspektur jenderal", "brigjen", "brigadir jenderal",
        "kombes", "komisaris besar", "akbp", "ajun komisaris besar", "kompol", "akp", "ajun komisaris", "iptu", "ipda",
        "aiptu", "aipda", "bripka", "brigpol", "brigadir", "briptu", "bripda", "abrip", "abriptu", "abripda",
        "bharaka", "bharatu", "bharada",
        // TNI army (and marines): generals, officers, warrant officers, sergeants, corporals, privates.
        "letjen", "letnan jenderal", "mayjen", "mayor jenderal", "kolonel", "letkol", "letnan kolonel", "mayor", "kapten",
        "lettu", "letnan satu", "letda", "letnan dua", "letnan", "peltu", "pelda", "serma", "sersan mayor", "serka",
        "sersan kepala", "sertu", "sersan satu", "serda", "sersan dua", "sersan", "kopka", "kopral kepala", "koptu",
        "kopral satu", "kopda", "kopral dua", "kopral", "praka", "prajurit kepala", "pratu", "prajurit satu", "prada",
        "prajurit dua",
        // TNI navy and air force flag ranks.
        "laksamana", "laksdya", "laksamana madya", "laksda", "laksamana muda", "laksma", "laksamana pertama",
        "marsekal", "marsdya", "marsekal madya", "marsda", "marsekal muda", "marsma", "marsekal pertama",
    ]

    /// Words written right after a rank that say the service, corps or retirement, not the name
    /// (`Mayjen TNI …`, `Kombes Pol …`, `Kolonel Laut …`, `Brigjen (Purn) …`, `Letkol Inf …`).
    public var rankMarkers: Set<String> = [
        "tni", "pol", "pol.", "polisi", "purn", "purn.", "laut", "udara", "mar", "inf", "kav", "arh", "arm", "czi",
        "cpm", "ckm", "chk", "cba", "caj", "cpl", "cku", "cpn", "pnb", "psk", "kes", "tek", "lek", "adm", "nav",
    ]

    /// Offices of a regional or local unit of the police, the armed forces or the prosecution,
    /// written as blends of head and unit (`Kapolda` = Kepala Polda, `Pangdam` = Panglima Kodam,
    /// `Kapendam` = Kepala Penerangan Kodam, `Dandim` = Komandan Kodim): the capitalized words after
    /// one name the unit's region (`Kapolda Metro Jaya`, `Pangdam Jaya`); its holder follows the
    /// rank (`Pangdam Jaya Mayjen TNI …`). Sources: the units' own abbreviations (Polri, TNI
    /// AD/AL/AU, Kejaksaan). Their English is in `glossary/acronyms.tsv`.
    public var unitOffices: Set<String> = [
        "kapolda", "wakapolda", "kapolres", "wakapolres", "kapolresta", "kapolrestabes", "kapolsek", "pangdam", "kasdam",
        "kapendam", "danrem", "dandim", "danramil", "danyon", "danlanal", "danlantamal", "danlanud", "kajati", "kajari",
        "kakanwil", "kalapas", "kabid humas", "kabid", "kasat reskrim", "kasatreskrim", "kasat", "kadis", "kadiv humas",
    ]

    /// Forms of address among the title heads: a title only before a person or an office (`Ibu
    /// Ani`, `Pak Menteri`), ordinary words before common ones (`ibu hamil`, `ibu jari`).
    public var addressForms: Set<String> = ["bapak", "ibu", "pak", "bu", "tuan", "nyonya"]

    /// Personal pronouns: capitalized inside a sentence they start one the text lost its full stop
    /// before (`Prof Muhammad Ikhsan Ia merupakan …`), never a part of a name; the polite `Anda` is
    /// capitalized wherever it stands (`Batasi Makanan yang Mengandung Gula Anda dan suami …`). Not
    /// `kita` and `kami`, which names hold (`Rumah Sakit Harapan Kita`).
    public var pronouns: Set<String> = ["ia", "dia", "beliau", "mereka", "saya", "aku", "engkau", "kamu", "anda"]

    /// Demonstratives after a noun (`Trojan ini`, `hewan itu`): the word before one heads a noun phrase.
    public var demonstratives: Set<String> = ["ini", "itu", "tersebut"]
    /// Words before a title head that stay in front in English (`wakil` deputy, `mantan` former).
    public var preHeads: Set<String> = ["wakil", "mantan", "calon", "kandidat", "plt", "penjabat", "eks", "bekas", "pelaksana tugas"]

    /// Pre-heads of a former holder (`mantan Menteri ESDM`, `eks Dirut Garuda`): they date the
    /// holder and name no office, so the title term starts after them (`wakil`, `plt` are offices
    /// of their own: `Wakil Presiden`).
    public var formerPreHeads: Set<String> = ["mantan", "eks", "bekas"]

    /// Title heads that need a complement before a name can follow (`kepala Roscosmos …`).
    public var complementHeads: Set<String> = [
        "kepala", "ketua", "direktur", "direktur jenderal", "direktur utama", "gubernur", "juru bicara", "jubir",
        "wali kota", "walikota", "bupati", "duta besar", "dubes", "komandan", "panglima", "rektor", "dekan",
        "sekretaris", "utusan khusus", "utusan", "reporter", "editor", "wartawan", "koresponden", "fotografer",
        "anggota", "penasihat", "asisten", "ajudan", "staf khusus", "kasubdit", "kabag", "kasubbag", "kasubag",
        "kabiro", "kadiv", "komut", "wakomut",
    ]

    /// Posts whose complement is an organisation, a team or a company (`pelatih Benfica` is Benfica's
    /// coach, `CEO Tokopedia`, `Pelatih Persija Thomas Doll`): the name right after one is typed an
    /// organisation, never its holder. ``init()`` adds them to ``titleHeads`` and ``complementHeads``.
    public var organizationPosts: Set<String> = [
        "pelatih", "pelatih kepala", "asisten pelatih", "manajer", "manajer umum", "ceo", "pendiri",
    ]

    /// English job titles that Indonesian news writes in Title Case before a company and its holder
    /// (`Marketing Director PT Toyota-Astra`, `Chief Technology Officer XL Axiata`, `Head of Sales`):
    /// the words that head such a post. A run of ``englishTitleWords`` holding one of them is a title
    /// whose complement is an organisation (like ``organizationPosts``); alone, only
    /// ``englishStandaloneTitleHeads`` are one (`President`, `Head`, `Lead` alone start names).
    public var englishTitleHeads: Set<String> = [
        "manager", "director", "officer", "advisor", "adviser", "founder", "co-founder", "cofounder", "chairman",
        "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto", "cmo", "cio", "vp", "evp", "svp", "president",
        "head", "chief", "specialist", "analyst", "consultant", "strategist", "supervisor", "coordinator",
        "commissioner", "treasurer", "spokesperson", "spokesman", "representative", "lead", "leader", "owner",
        "ambassador", "executive", "secretary", "economist", "researcher", "scientist", "engineer", "designer",
        "planner", "administrator", "controller", "auditor", "trainer", "curator", "producer", "partner", "trader",
    ]

    /// English title heads that are a title on their own before a name (`CEO`, `Manager`); the
    /// others need another title word (`Vice President`, `Head of Sales`, `Chief Executive`).
    public var englishStandaloneTitleHeads: Set<String> = [
        "manager", "director", "officer", "advisor", "adviser", "founder", "co-founder", "cofounder", "chairman",
        "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto", "cmo", "cio", "vp", "evp", "svp", "analyst", "trader",
    ]

    /// Words of English job titles besides their heads: ranks of a post and the fields and units it
    /// runs (`Senior`, `Vice`, `Marketing`, `Corporate Affairs`, `Division`). With
    /// ``englishTitleHeads`` they make the runs a title may consist of.
    public var englishTitleWords: Set<String> = [
        "senior", "junior", "vice", "deputy", "assistant", "associate", "general", "managing", "regional", "country",
        "area", "national", "global", "group", "corporate", "marketing", "sales", "brand", "product", "products",
        "business", "development", "communication", "communications", "public", "relations", "affairs",
        "operating", "operation", "operations", "financial", "finance", "technology", "technical", "information",
        "strategy", "strategic", "research", "human", "resources", "resource", "legal", "commercial", "digital",
        "creative", "program", "project", "account", "customer", "service", "services", "division", "department",
        "investor", "risk", "compliance", "supply", "chain", "retail", "network", "data", "security", "content",
        "media", "editorial", "innovation", "engineering", "production", "quality", "planning", "partnership",
        "partnerships", "growth", "procurement", "investment", "investments", "medical", "clinical", "academic",
        "design", "merchandising", "distribution", "logistics", "treasury", "audit", "government", "external",
        "internal", "independent", "non-executive", "interim", "acting", "founding", "hr", "it", "pr", "trading",
    ]

    /// Units of a company that end an English post after its head (`Chief Corporate Affairs`,
    /// `Vice President Research Department`).
    public var englishPostUnits: Set<String> = ["affairs", "relations", "division", "department", "communications", "communication"]

    /// Fields a post runs, which Indonesian news writes right after an English title head without
    /// `of` (`VP Marketing`, `Director Finance`, `Head Sales & Marketing`): after the head they belong
    /// to the post. Not the modifiers among ``englishTitleWords`` (`global`, `group`, `corporate`,
    /// `digital`, `media`), which also start a company's name (`CEO Global Mediacom`).
    public var englishPostFields: Set<String> = [
        "marketing", "sales", "finance", "financial", "operations", "operation", "legal", "hr", "it", "pr",
        "procurement", "treasury", "audit", "compliance", "logistics", "merchandising", "distribution",
        "engineering", "production", "planning", "research", "development", "strategy", "communication",
        "communications", "relations", "affairs", "partnership", "partnerships", "investment", "investments",
        "business", "commercial", "retail", "product", "products", "brand", "account", "customer", "service",
        "services", "risk", "quality", "security", "innovation", "design", "editorial", "content", "growth",
        "trading",
    ]

    /// Offices whose complement is the place they govern (`Gubernur Jawa Barat`, `Bupati Enrekang`).
    public var placeOffices: Set<String> = ["gubernur", "bupati", "wali kota", "walikota", "camat", "lurah"]

    /// Cue words that make a name an organisation when they head it (`Kementerian Pertahanan`).
    public var organizationHeads: Set<String> = [
        "kementerian", "kemenlu", "departemen", "dewan", "partai", "kantor berita", "badan", "komisi", "lembaga",
        "majelis", "mahkamah", "pakta", "organisasi", "perserikatan", "bank", "universitas", "perusahaan",
        "kepolisian", "tentara", "angkatan", "korps", "pasukan", "markas", "sekretariat", "direktorat",
        "direktorat jenderal", "ditjen",
        "otoritas", "agensi", "biro", "institut", "akademi", "yayasan", "asosiasi", "federasi", "persatuan",
        "serikat", "kelompok", "front", "gerakan", "aliansi", "koalisi", "pengadilan", "parlemen", "kongres",
        "senat", "kabinet", "pemerintah", "kejaksaan", "kantor", "stasiun televisi", "harian", "surat kabar",
        "majalah", "grup", "pt", "cv", "kereta api", "maskapai", "pusat", "dinas", "komite", "uni", "fraksi",
        "kantor berita", "lembaga survei", "kepolisian daerah", "polda", "polres", "kodam", "rumah sakit",
        // Hospitals by their abbreviations (`RSPAD Gatot Subroto`, `RSUD Tangerang`, `RS Pertamina`):
        // the person a hospital is named after is no person of the text.
        "rs", "rsud", "rsup", "rspad", "rsal", "rsau", "rsia", "rsj",
        // Fronts and parties (`Barisan Nasional`, Malay `Parti Keadilan Rakyat`).
        "barisan", "parti",
        // Schools (`SMP Santa Maria`, `SMA Negeri 1`).
        "sekolah", "sd", "smp", "sma", "smk", "stm", "mts", "madrasah", "pesantren", "pondok pesantren",
        // State (negeri) and private (swasta) schools (`SDN 1 Bandung`, `SDS Vianney`).
        "sdn", "sds", "smpn", "smps", "sman", "smas", "smkn", "smks", "mtsn",
    ]

    /// Units of measure written in capitals after digits (`128GB`, `48MP`, `5000MAH`, `1080P`): an
    /// amount, never a model's code after its name (`Snapdragon 765G`, `Redmi 8A`).
    public var measureUnits: Set<String> = [
        "b", "kb", "mb", "gb", "tb", "mp", "mah", "w", "kw", "mw", "v", "kv", "hz", "khz", "mhz", "ghz", "p", "k",
        "m", "cm", "mm", "km", "kg", "mg", "l", "ml", "cc", "hp", "ps", "rpm", "x",
    ]

    /// Heads of schools, which are numbered in their town: the number and the name after it belong
    /// to the school's name (`SMA Negeri 1 Bandung`, `SMPN 2 Sragen`, `Sekolah Menengah Atas Negeri
    /// 14 Jakarta`).
    public var numberedHeads: Set<String> = [
        "sekolah", "sd", "smp", "sma", "smk", "stm", "smu", "mts", "sdn", "sds", "smpn", "smps", "sman", "smas",
        "smkn", "smks", "smun", "mtsn", "sltp", "slta",
    ]

    /// Lowercase class nouns before a name that make it an organisation without being part of it
    /// (`akun Instagram`, `klub Chelsea`, `pabrikan Toyota`): evidence against reading `di
    /// Instagram` as a place.
    public var organizationClasses: Set<String> = [
        "akun", "aplikasi", "platform", "situs", "laman", "klub", "pabrikan", "produsen", "merek", "operator", "emiten",
    ]

    /// Cue words of parties and their factions: the words of the name after one (`Partai Keadilan
    /// Sejahtera`, `Partai Gerindra`) name the party wherever they stand, never a person.
    public var partyHeads: Set<String> = ["partai", "fraksi"]

    /// Cue words that make a name a document (`Perjanjian …`, `Deklarasi …`).
    public var documentHeads: Set<String> = [
        "perjanjian", "deklarasi", "resolusi", "undang-undang", "uu", "uud", "piagam", "konvensi", "traktat", "protokol",
        "nota kesepahaman", "kesepakatan", "persetujuan", "komunike", "peraturan", "keputusan", "instruksi",
        "pakta", "memorandum", "perpres", "perppu", "permen",
    ]

    /// Cue words that make a name an event (`Perang Korea`, `KTT G20`, `Pertemuan Puncak …`).
    public var eventHeads: Set<String> = [
        "perang", "ktt", "pertemuan puncak", "konferensi", "kongres", "olimpiade", "piala", "pemilu",
        "pemilihan", "pilpres", "pilkada", "revolusi", "krisis", "insiden", "tragedi", "festival", "forum",
        "sidang", "muktamar", "serangan", "operasi", "invasi", "kudeta", "pertempuran", "pameran", "turnamen",
    ]

    /// Classes of made things that name a product by the brand or model after them (`limusin
    /// Aurus`, `pesawat Boeing 737`, `rudal Hwasong-17`, `kapal induk Admiral Kuznetsov`).
    public var productHeads: Set<String> = [
        "mobil", "limusin", "sedan", "truk", "bus", "sepeda motor", "motor", "kendaraan", "kendaraan lapis baja",
        "pesawat", "pesawat tempur", "jet", "jet tempur", "helikopter", "drone", "pesawat nirawak", "rudal", "roket",
        "peluru kendali", "satelit", "kapal", "kapal induk", "kapal selam", "kapal perang", "kapal perusak", "fregat",
        "tank", "senapan", "pistol", "meriam", "howitzer", "kereta", "lokomotif", "ponsel", "telepon", "laptop",
        "komputer", "tablet", "kamera", "konsol", "vaksin", "obat",
    ]

    /// Classes whose members are named like people but are no entity (`virus Ebola`, `spesies
    /// Diadectes`, `filum Arthropoda`): the name after one is a term, not an organisation.
    public var termClassHeads: Set<String> = [
        "virus", "penyakit", "wabah", "demam", "bakteri", "spesies", "genus", "famili", "filum", "marga", "ordo", "jamur",
    ]

    /// Religions, their followers and the names of God, capitalized in Indonesian but no entity: a
    /// word alone is a term (`partai Islam`, `dunia Muslim`, `kepada Allah`).
    public var religionWords: Set<String> = [
        "islam", "muslim", "muslimah", "islamis", "kristen", "kristiani", "nasrani", "katolik", "protestan",
        "hindu", "buddha", "budha", "buddhis", "konghucu", "yahudi", "sunni", "syiah", "syariah", "syari'ah",
        "mormon", "ortodoks", "allah", "tuhan",
    ]
    /// Greek and Latin endings of zoological and botanical names (`Allosaurus`, `Solenodon`,
    /// `Archaeopteryx`, `Hominidae`, `Rosaceae`): a genus or family is a term, no organisation.
    public var genusEndings: [String] = [
        "saurus", "odon", "pteryx", "pteron", "therium", "pithecus", "ceratops", "cephalus", "stega", "delphus",
        "ichthys", "gnathus", "suchus", "idae", "aceae", "phyta",
    ]
    /// Latin endings of the epithet after a genus (`Trichomonas vaginalis`, `Naja sumatrana`,
    /// `Aedes albopictus`): genus and epithet name a species, a term.
    public var epithetEndings: [String] = ["us", "um", "is", "ae", "ii", "a", "oides", "ensis", "ata", "ica"]
    /// Heads that make a capitalized name after them a common term (`bahasa Arab`, `bahasa
    /// Indonesia`): a language, not the people or the place.
    public var languageHeads: Set<String> = ["bahasa", "berbahasa"]

    /// Cue words that make a name a place (`Kota …`, `Semenanjung …`, `Bandara …`).
    public var placeHeads: Set<String> = [
        "kota", "provinsi", "kabupaten", "kecamatan", "desa", "kelurahan", "semenanjung", "bandara",
        "bandar udara", "pelabuhan", "pulau", "kepulauan", "laut", "selat", "teluk", "samudra", "samudera",
        "gunung", "sungai", "danau", "lembah", "gurun", "wisma", "wisma negara", "hotel", "istana", "kosmodrom",
        "jalan", "jl.", "jln.", "wilayah", "kawasan", "distrik", "negara bagian", "benua", "stasiun",
        "lapangan", "alun-alun", "monumen", "masjid", "gereja", "pangkalan", "pangkalan udara", "markas besar",
        "gedung", "kompleks", "komplek", "zona", "perbatasan", "region", "republik", "kerajaan", "kesultanan",
        "jalur", "pasar", "tugu", "taman", "dataran tinggi", "tanjung", "selat", "terusan",
        "hutan", "perairan", "pegunungan", "kampung", "dusun", "prefektur", "gletser", "kediaman", "kampus", "restoran",
    ]

    /// First and last words of place names written in English or Spanish (`New York`, `Los
    /// Angeles`, `Kuala Lumpur`, `Hawkesbury River`, `Rhode Island`): a name of words the lexicon
    /// does not know, read as a person's for want of evidence, is a place with one of these.
    /// Not `City` and `Town` (clubs: `Manchester City`), nor `La`, `Le`, `Santa` (people).
    public var foreignPlaceFirstWords: Set<String> = ["new", "los", "las", "san", "st", "st.", "saint", "port", "fort", "kuala", "lake", "mount"]
    /// See ``foreignPlaceFirstWords``.
    public var foreignPlaceLastWords: Set<String> = [
        "river", "island", "islands", "county", "bay", "lake", "valley", "beach", "springs", "falls", "canyon",
        "peninsula", "heights", "mountains", "avenue", "street", "square",
    ]

    /// Last words of organisations' names written in English (`StatesWest Airlines`, `SM
    /// Entertainment`, `Financial Times`): a name of words the lexicon does not know, read as a
    /// person's for want of evidence, is an organisation with one of these.
    public var foreignOrganizationLastWords: Set<String> = [
        "airlines", "airways", "air", "entertainment", "records", "music", "pictures", "studios", "films", "corporation",
        "company", "group", "holdings", "times", "journal", "post", "news", "foundation", "association", "council",
        "bank", "electronic", "electronics", "motors", "systems", "technologies", "telecom", "media", "network",
        // Clubs, leagues, parties and institutions named in English (`Manchester City`, `Premier
        // League`, `Labour Party`, `UnityPoint Health`, `Harvard University`).
        "city", "united", "club", "fc", "league", "party", "health", "university", "college", "institute", "school",
        "hospital", "agency", "federation", "union", "fund", "capital", "securities", "insurance", "energy",
        "industries", "international", "labs", "games", "sports", "press", "daily", "herald", "tribune", "services",
        // Shops, cafés and venues named in English (`RBoJ Coffee`, `Grenpeel Store`, `Oeang Restaurant`,
        // `Dekoruma Experience Center`, `Cleveland Clinic`).
        "coffee", "cafe", "café", "restaurant", "bakery", "kitchen", "store", "shop", "boutique", "salon", "studio",
        "clinic", "academy", "magazine", "center", "centre", "mall", "hotel", "resort", "team", "corp", "consulting",
    ]

    /// ``settlementHeads`` that never stand before a country's adjective, so that written in
    /// lowercase too they name the place after them (`kota Makassar` is Makassar; `provinsi Filipina`
    /// is a Philippine province): the clusterer joins such a headed form to the bare place.
    public var lowercaseSettlementHeads: Set<String> = ["kota", "kabupaten", "kecamatan", "desa", "kelurahan", "dusun", "kampung"]

    /// Trailing words that name an airline after its name (`Sriwijaya Air`, `Lion Air`, `Qatar Airways`).
    public var airlineWords: Set<String> = ["air", "airlines", "airline", "airways"]

    /// Kinds of settlement and administrative unit: a capitalized word after one written in
    /// lowercase names a place (`kota Barranquitas`, `provinsi Equateur`, `pulau Mayaguana`).
    public var settlementHeads: Set<String> = [
        "kota", "ibukota", "provinsi", "kabupaten", "kecamatan", "desa", "kelurahan", "pulau", "dusun", "kampung",
        "prefektur", "distrik",
    ]

    /// Place heads that describe an area around a place and are no part of its name (`wilayah
    /// Gaza`, `kawasan Timur Tengah`, `perbatasan Kenya`): the name after one is the place.
    public var areaHeads: Set<String> = ["wilayah", "kawasan", "perbatasan", "zona", "region"]
    /// Points of the compass (and the centre) after a place: the part of it (`Afrika barat`,
    /// `Israel utara`, `Gaza tengah`, `Jakarta Pusat`).
    public var compassWords: Set<String> = [
        "utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat laut", "timur laut", "barat daya", "pusat",
    ]

    /// Words that may join the parts of a name that starts with an organisation, document or event
    /// cue (`Perjanjian Persahabatan dan Saling Membantu tahun 1961`).
    public var nameConnectors: Set<String> = ["dan", "untuk", "yang", "bagi", "tentang", "antara", "tahun", "atas"]

    /// English function words inside names written in English (`Bank of America`, `Return on
    /// Equity`, `Four Weddings and a Funeral`): lowercase, they are no Indonesian words.
    public var englishNameConnectors: Set<String> = ["of", "on", "and", "to", "for", "the", "in", "at", "a", "an", "with", "by", "from"]
    /// Particles inside personal names, written in lowercase (`Hugo de Vries`, `Abdullah bin Abdul
    /// Aziz`); those ending in a hyphen are glued to the next name (`Bashar al-Assad`).
    public var nameParticles: Set<String> = [
        "al", "el", "bin", "binti", "ibn", "van", "von", "der", "de", "da", "dos", "del", "della", "le",
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "at-", "an-",
    ]

    /// Nouns of number that end a name before the number they introduce (`Jalan Pegangsaan Timur
    /// Nomor 56`, `Peraturan OJK Nomor 1/POJK.07/2013`), the numbered articles and clauses of a law
    /// among them (`UU Lalu Lintas dan Angkutan Jalan Pasal 106 ayat 8`).
    public var numberNouns: Set<String> = ["nomor", "no", "no.", "pasal", "ayat"]

    /// Verbs of saying: a name right before or after one is a person (`kata Putin`, `Putin mengatakan`).
    public var speechVerbs: Set<String> = [
        "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "tambah", "papar", "terang",
        "mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan", "menulis",
        "tulis", "berkata", "menuturkan", "memaparkan", "menyebut", "menyebutkan", "bilang", "pungkas",
    ]

    /// Prepositions of place: a name right after one is probably a place (`di Pyongyang`).
    public var placePrepositions: Set<String> = ["di", "ke", "menuju"]

    /// Light nouns that frame another noun and never head a term: `bidang pariwisata` is
    /// `pariwisata`, `bentuk dukungan` is `dukungan`.
    public var lightNouns: Set<String> = [
        "bidang", "sektor", "samping", "sebelah", "bentuk", "potensi", "malam", "pagi", "siang", "sore",
        "tujuan", "janji", "prospek", "peristiwa", "opsi", "opsi-opsi", "upaya", "usaha", "langkah", "cara",
        "jenis", "macam", "hal", "soal", "proses", "rencana", "tahap", "kasus", "bagian", "pihak", "sisi",
        "arah", "tengah", "depan", "belakang", "awal", "akhir", "sikap", "laporan", "pernyataan", "berita",
        "kabar", "informasi", "data", "contoh", "tanda", "wujud", "kondisi", "situasi", "keadaan", "masa",
        "waktu", "tempat", "lokasi", "kesempatan", "momen", "saat", "suasana", "kegiatan", "acara", "agenda",
        "topik", "tema", "judul", "nama", "pesan", "isi", "hasil", "dampak", "pengaruh", "manfaat", "peran",
        "fungsi", "nilai", "jumlah", "angka", "tingkat", "level", "posisi", "status", "peluang", "pemimpin", "pejabat", "warga", "orang", "anggota", "tokoh", "mobil", "gedung", "pesawat",
        // A total, like a number or an amount, frames what it sums (`total penjualan` is `penjualan`).
        "total",
    ]

    /// Relational nouns (nomina relasional): nouns whose meaning is a relation to the noun after
    /// them, which names the thing itself (`pemilik granat asap`, the owner of the smoke grenade;
    /// `akibat ledakan`, `usulan perpanjangan …`). Like the ``lightNouns`` they never head a term
    /// when a noun follows: the term is that noun's phrase. The class, by relation: possessor
    /// (`pemilik`), cause and effect (`akibat`, `penyebab`, `efek`, `imbas`, `konsekuensi`), source
    /// (`sumber`, `asal`), aspect (`segi`, `aspek`, `perspektif`), proposal and idea (`usulan`, `usul`,
    /// `gagasan`, `ide`, `wacana`, `saran`, `anjuran`, `imbauan`, `desakan`, `seruan`), attention and
    /// inclination (`perhatian`, `perasaan`, `kepedulian`, `minat`, `keinginan`, `kecenderungan`),
    /// purpose (`keperluan`, `maksud`), relative place (`seberang`, `pinggir`, `tepi`, `ujung`) and
    /// the points of a text (`poin`, `butir`), choice and list (`pilihan menu`, `daftar penumpang`),
    /// series and row (`rangkaian acara`, `deretan resor`, `jajaran direksi`) and covering (`balutan
    /// gaun`, dressed in a gown). A termbase phrase starting with one still heads a
    /// term (`sumber daya`, see ``compounds``).
    public var relationalNouns: Set<String> = [
        "pemilik", "akibat", "penyebab", "efek", "imbas", "konsekuensi", "sumber", "asal", "segi", "aspek", "perspektif",
        "usulan", "usul", "gagasan", "ide", "wacana", "saran", "anjuran", "imbauan", "desakan", "seruan", "perhatian",
        "perasaan", "kepedulian", "minat", "keinginan", "kecenderungan", "keperluan", "maksud", "seberang", "pinggir",
        "tepi", "ujung", "poin", "poin-poin", "butir", "pilihan", "daftar", "rangkaian", "deretan", "jajaran", "balutan",
    ]

    /// Classifiers and nouns of container and measure (kata penggolong, `unit`, `lembar`, `helai`,
    /// `sosok` for a figure; `kotak`, `boks`, `karung`; `liter`, `kilogram`, `persen`: `30 persen
    /// dukungan`): they count or hold the noun after them
    /// (`unit sepeda lipat`, `boks barang mewah`, `18 kotak selundupan`), which is the term. Like the
    /// ``lightNouns`` they never head a term before a noun. Left out: classifiers that head terms of
    /// their own (`buah naga`, `biji kopi`, `batang pohon`, `ekor`: also a tail). Termbase phrases
    /// still head terms (`peti kemas`, `unit usaha`, `kotak suara`).
    public var classifierNouns: Set<String> = [
        "unit", "lembar", "helai", "kotak", "boks", "karung", "bungkus", "kardus", "peti", "liter", "kilogram", "sosok", "persen",
    ]

    /// Nouns that take the noun or number after them (`akibat` the result of, due to; `jenis` and
    /// `macam` the kind of; `nomor` number): written after a term's modifiers they start the next
    /// phrase, so they never end a term (`kematian akibat sengatan` is `kematian`, `lampu jenis
    /// LED` is `lampu`; `bangsa nomor satu`).
    public var complementNouns: Set<String> = ["akibat", "jenis", "macam", "nomor"]

    /// Heads of measures one party takes against another, named by who takes them (`sanksi
    /// Barat`, `embargo AS`): a place after them belongs to the term.
    public var agentHeads: Set<String> = ["sanksi", "embargo", "blokade", "tarif"]

    /// Heads that name a people or a population by its place (`rakyat Korea`, `warga Jakarta`): a
    /// place name after them belongs to the term.
    public var collectiveHeads: Set<String> = [
        "rakyat", "warga", "bangsa", "masyarakat", "penduduk", "umat", "pasukan", "tentara", "diaspora",
        "pengungsi", "suku", "etnis", "komunitas",
    ]

    /// Title heads that introduce a person in a byline but are no glossary title (`Reporter …`).
    public var bylineHeads: Set<String> = ["reporter", "editor", "wartawan", "koresponden", "fotografer", "penulis", "kontributor"]

    /// Endings of loanword adjectives (`komprehensif`, `strategis`, `diplomatik`): a
    /// word the lexicon does not know that ends in one modifies a term but never heads one.
    public var adjectiveEndings: [String] = ["if", "is", "ik"]

    /// Nouns of quantity that never head a term (`lusinan rudal` is `rudal`).
    public var quantifiers: Set<String> = [
        "lusinan", "puluhan", "ratusan", "ribuan", "jutaan", "miliaran", "belasan", "sejumlah", "sebagian",
        "kebanyakan", "mayoritas", "separuh", "setengah", "seluruh", "sekujur", "segelintir", "berbagai", "beragam",
    ]

    /// Words that count what follows and head no common term (`48 juta orang`, `sembilan pemain`,
    /// `aneka industri`), though names hold them (`Kepulauan Seribu`, `Aneka Tambang`): number words
    /// (the stop list has satu to lima) and words of assortment.
    public var countWords: Set<String> = [
        "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "seratus", "seribu", "sejuta", "semiliar", "aneka", "pelbagai",
    ]

    /// Legal forms written after a company's name (`PT Global Mediacom Tbk`, `PT Pertamina
    /// (Persero)`, `DeSoto Inc.`, Singapore's `Pte Ltd`, Malaysia's `Sdn Bhd`): they end an organisation's name and are no name alone. A form
    /// listed with its full stop too (`inc.`) keeps the stop written right after it (`CVN Cos.`).
    public var companyForms: Set<String> = [
        "tbk", "persero", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "gmbh", "bhd", "s.a.", "n.v.",
        "co", "co.", "cos", "cos.", "pte", "sdn",
    ]

    /// Legal forms written before a company's name (`PT Salma Arowana Lestari`, `CV Karya Mandiri`):
    /// the words after one name the company, never a person; the name without them is the same
    /// company (`PT Garuda Indonesia` = `Garuda Indonesia`).
    public var companyLeadForms: Set<String> = ["pt", "cv", "ud", "perum"]

    /// Cue words of a parent body written after the name of one of its units (`Ditjen Bea dan Cukai
    /// Kementerian Keuangan`, `Badan Litbang Kementerian Pertanian`): inside an organisation's name
    /// one starts the parent's name, a name of its own.
    public var parentOrganizationHeads: Set<String> = ["kementerian", "departemen"]

    /// Street heads (`Jalan Medan Merdeka Utara`): the name after them, two words or more, is the
    /// same street without them.
    public var streetHeads: Set<String> = ["jalan", "jl", "jl.", "jln", "jln."]

    /// Academic degrees written after a name (`Maju Daryono Pakpahan SH`, `Andi Rahman MBA`) and
    /// levels of study (`lulusan S1`): never a name alone (before a name they may be initials:
    /// `SH Sarundajang`).
    public var degrees: Set<String> = [
        "sh", "s.h.", "mh", "m.h.", "mm", "m.m.", "mba", "msi", "m.si", "m.si.", "skom", "s.kom", "spd", "s.pd", "ssos",
        "s.sos", "sip", "s.ip", "mpd", "m.pd", "mkes", "m.kes", "phd", "ph.d", "ph.d.", "msc", "m.sc", "mhum", "m.hum",
        "ssi", "s.si", "sked", "s.ked", "s1", "s2", "s3", "d1", "d2", "d3", "d4",
    ]

    /// Cardinal and ordinal number words the stop list leaves out (it has `satu` to `lima`,
    /// `pertama`, `kedua`, `kelima`): they count or rank what follows (`Sembilan hakim …`,
    /// `Kesembilan pilar …`) and never start a name, though names hold them (`Kepulauan Seribu`).
    public var numerals: Set<String> = [
        "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "seratus", "seribu", "sejuta", "semiliar",
        "ketiga", "keempat", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh", "kesebelas", "keseratus",
    ]

    /// Function words that a stray capital (a headline run into the text, a song's title) may
    /// start but that never continue a name: prepositions, negations, conjunctions, demonstratives,
    /// pronouns and auxiliaries (`Duta Pariwisata Menurut …`, `Ende Namun …`, `Desa Ini`).
    /// Stop words that names hold stay out (`Tengah`, `Baru`, `Atas`, `Antara`, `Di`, `Yang`,
    /// `Kita` of `RS Harapan Kita`); a cued name may hold these too (`Perjanjian Kerja Waktu Tidak Tertentu`).
    public var clauseWords: Set<String> = [
        "menurut", "pada", "dari", "dengan", "oleh", "kepada", "terhadap", "tidak", "jangan", "bukan", "belum",
        "namun", "tetapi", "karena", "sehingga", "ini", "itu", "tersebut", "telah", "sudah", "akan", "sedang",
        "kami", "kau", "termasuk", "yaitu", "yakni", "adalah", "merupakan", "lagi", "usai", "selain",
    ]

    /// Number words that follow a numeral (`48 juta`, `3 ribu`): what comes after them is counted.
    public var numberWords: Set<String> = ["puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun"]

    /// Day and month names, eras and days named from today: dates are not glossary terms.
    public var calendarWords: Set<String> = [
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember",
        // Eras after a year (`tahun 300 Masehi`).
        "masehi", "hijriah", "hijriyah",
        // Days named from today, which modify no term (`perjanjian dagang kemarin`).
        "kemarin", "besok", "lusa",
        // English day and month names, in wire copy and quoted English (`pada akhir Monday`); not
        // `may`, also a surname (`Theresa May`).
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "june", "july", "august", "october", "december",
    ]

    /// Nouns of sequence that a number follows as part of the term (`kesepakatan fase satu`,
    /// `vaksinasi tahap 2`, `gelombang kedua`, `babak II`).
    public var sequenceNouns: Set<String> = ["fase", "tahap", "tahapan", "babak", "gelombang", "jilid", "termin", "angkatan", "seri", "level"]

    /// Two-word expressions of a point or part of a day, week, month or year, which like the
    /// ``calendarWords`` are no glossary terms though they are compounds (`akhir pekan`, `akhir
    /// tahun`, `dini hari`). Not the reckoning of time (`waktu setempat`, local time, as `WIB`) nor
    /// concepts of time (`jam kerja`, `masa jabatan`).
    public var timeExpressions: Set<String> = [
        "akhir pekan", "awal pekan", "akhir tahun", "awal tahun", "pertengahan tahun", "akhir bulan", "awal bulan",
        "pertengahan bulan", "tengah malam", "tengah hari", "dini hari", "pagi hari", "siang hari", "sore hari", "malam hari",
    ]

    /// Capitalized words that are never a name on their own: currency and roman numerals.
    public var nonNames: Set<String> = ["rp", "us$", "usd", "idr", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// Two-word units that act as one word (`luar negeri`, `kerja sama`, `ibu kota`), though one of
    /// their words is a stop word or would end a term on its own.
    public var compounds: Set<String> = [
        "luar negeri", "dalam negeri", "kerja sama", "uji coba", "ibu kota", "tuan rumah", "tanda tangan",
        "tatap muka", "timbal balik", "pertemuan puncak", "hak asasi", "hak asasi manusia", "garis keras",
        "lintas batas", "jarak jauh", "jarak dekat", "dalam jaringan", "luar angkasa", "luar biasa",
        "dunia maya", "sepak bola", "rumah sakit", "anak buah", "kepala negara", "kepala pemerintahan",
        "perdana menteri", "juru bicara", "duta besar", "wakil rakyat", "tanah air", "kereta api",
        "angkatan laut", "angkatan udara", "angkatan darat", "bahan bakar", "daya tarik", "hari raya",
        "akhir pekan", "awal tahun", "akhir tahun", "tengah malam", "kaki tangan", "orang tua",
        "daur ulang", "ganti rugi",
        // Open spellings of words the standard writes closed (``closedStandardCompounds``).
        "olah raga",
    ]

    /// Compounds the standard writes closed that news often writes open (`olahraga`, `olah raga`):
    /// listed open in ``compounds`` too, so the open spelling is one word to the rules and joins the
    /// closed one by their compound key; the closed spelling stays canonical.
    public var closedStandardCompounds: Set<String> = ["olahraga"]

    /// Adjectives of degree or judgement that never end a term (`sanksi ekonomi berat` → `sanksi
    /// ekonomi`; `pelukan hangat` is no term).
    public var evaluativeAdjectives: Set<String> = [
        "berat", "besar", "kecil", "kuat", "lemah", "hangat", "dingin", "panas", "baik", "buruk", "penting",
        "utama", "dekat", "jauh", "normal", "biasa", "luar biasa", "tinggi", "rendah", "lama", "baru", "cepat",
        "lambat", "keras", "ketat", "jelas", "serius", "signifikan", "terbesar", "terakhir", "pertama", "kedua",
        "lanjut", "penuh", "umum", "khususnya", "tertentu", "berbagai", "banyak", "sedikit", "tersebut",
        "lebih", "paling", "sangat", "terang", "benderang", "pribadi", "resmi", "intensif", "langsung",
        // Judgement, taste and fit: how good, real or fitting a thing is, never what kind it is
        // (`langkah nyata`, `hasil positif`, `dampak negatif`, `kuliner khas`, `ketakutan tersendiri`).
        "nyata", "konkret", "positif", "negatif", "khas", "tersendiri", "sesuai", "wajib", "salah", "benar",
        "indah", "enak", "nyaman", "seru", "spesial", "istimewa", "favorit", "sederhana", "sengit", "sukses",
        "maksimal", "optimal", "memadai", "menarik", "lengkap",
        // Feelings: a person's state, said of the term before them (`ibu hamil takut` is `ibu hamil`).
        "takut", "senang", "ragu", "khawatir", "bingung", "sedih", "marah", "bangga", "kecewa", "cemas", "gembira",
    ]

    /// Superlatives of rank that, after an organisation head or a title head, name the body or
    /// office (`lembaga tertinggi`, supreme institution; `pemimpin tertinggi`, supreme leader),
    /// though as graded adjectives they end other terms (`harga tertinggi`).
    public var rankSuperlatives: Set<String> = ["tertinggi"]

    /// Prefixes of verbs (`me-`, `ber-`, `di-`, `ter-`): a word unknown to the lexicon that starts
    /// with one is taken for a verb, not a noun.
    public var verbPrefixes: [String] = ["meng", "meny", "mem", "men", "me", "ber", "di", "ter", "memper", "diper"]

    /// Noun-forming prefixes with the initial consonant a nasal prefix absorbs (`pem-` + `pasar` →
    /// `pemasaran`, `peng-` + `kirim` → `pengirim`): with a common stem the word is a common noun.
    public var derivationPrefixes: [String: [String]] = [
        "peng": ["", "k"], "peny": ["s"], "pem": ["", "p"], "pen": ["", "t"], "pe": [""], "per": [""], "ke": [""], "se": [""],
    ]

    /// Prefixes that make a noun only with a suffix (`ke-…-an`, `per-…-an`): `kelautan`, `perikanan`.
    public var confixPrefixes: Set<String> = ["ke", "per"]

    /// Noun- and verb-forming suffixes (`anggapan`, `ukuran`).
    public var derivationSuffixes: [String] = ["an", "kan"]

    /// Stop words that bound common-noun terms (kumparan NLP-ID list, MIT), and what that list
    /// lacks: the literary relative `nan` (= `yang`, KBBI: `saus pesto nan hijau`), the adverbs
    /// of frequency written as one word (KBBI: `kadangkala`, `adakalanya`, `acapkali`, `seringkali`)
    /// and the sequence adverb `lantas` (KBBI: = `lalu`, `kemudian`; `Lantas, bagaimana …`).
    public var stopWords: Set<String> = FunctionWords.stopWords.union(["nan", "kadangkala", "adakalanya", "acapkali", "seringkali", "lantas"])

    /// Adjectives that an intensifier often grades (`harga murah`, `kerusakan parah`, `solusi
    /// efektif`), learned from a tagged corpus (``GradableAdjectives``): they describe, they do not
    /// classify, and like ``evaluativeAdjectives`` they end no term.
    public var gradableAdjectives: Set<String> = GradableAdjectives.words

    /// Words whose final "nya" is not the clitic (`hanya`, `akhirnya`).
    public var nonClitics: Set<String> = FunctionWords.nonClitics

    /// Verb stems that modify the noun before them (`perang dagang`, `sepeda lipat`, `kendaraan
    /// bermotor`), learned from a tagged corpus (``NounModifierVerbs``).
    public var nounModifierVerbs: Set<String> = NounModifierVerbs.words

    /// The default tables, made once for the code that reads them outside an extractor or clusterer
    /// (making them is about 0.4 M instructions).
    public static let standard = LanguageTables()

    /// The tables for Indonesian news.
    public init() {
        titleHeads.formUnion(ranks)
        titleHeads.formUnion(unitOffices)
        titleHeads.formUnion(organizationPosts)
        complementHeads.formUnion(organizationPosts)
    }
}
