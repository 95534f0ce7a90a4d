import Segmentation
import Termbase
@testable import Terminology
import Testing

/// Name rules measured on news that is not ours (idner-news-2k style sentences, retyped here).
@Suite("MentionFinder: name boundaries on Indonesian news")
struct MentionFinderTests {
    @Test("a common word at a sentence start is no name: a derived word, or a general word heading a noun phrase", arguments: [
        "Anggapan itu sebenarnya tidak serta merta benar .",
        "Lobi-lobi akan kami jalankan , ujarnya .",
        "Pengubahan hidrokarbon cair itu menghasilkan bahan bakar .",
        "Naluri induknya membuat hewan itu kembali ke sarang .",
        "Kadangkala warga tidak mendapat informasi yang cukup .",
        "Trojan ini mencuri data pengguna .",
    ])
    func derivedWordsAtSentenceStart(text: String) throws {
        let first = String(text.split(separator: " ")[0]).lowercased()
        let terms = try extract(text)
        #expect(terms.allSatisfy { !$0.key.hasPrefix(first) || $0.type == .term }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a derived common word in an office is not the person: Menteri Kelautan dan Perikanan")
    func derivedWordsInOffices() throws {
        let terms = try extract("Menteri Kelautan dan Perikanan juga mengatakan , kawasan itu terus bertambah .")
        #expect(terms.filter { $0.type == .person }.isEmpty, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "menteri kelautan dan perikanan"]?.type == .title, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kelautan"] == nil && terms[key: "perikanan"] == nil)
    }

    @Test("the same word is a name by a verb of saying, before a second name part, or capitalized inside a sentence")
    func initialWordsWithEvidence() throws {
        let terms = try extract("Hermawan mengatakan timnya siap . Sutiyoso Wibowo tiba kemarin . Naluri pulang . Warga menyambut Naluri di desa .")
        #expect(terms[key: "hermawan"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "sutiyoso wibowo"] != nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "naluri"].map { $0.type != .term } == true, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a word of area is no part of a place named on its own: wilayah Gaza, but wilayah Amur")
    func areaBeforePlace() throws {
        let terms = try extract("Israel masih menyerang seluruh wilayah Gaza . Bantuan tiba di Gaza kemarin . Banjir melanda wilayah Amur dan kawasan Kabupaten Sambas .")
        #expect(terms[key: "gaza"]?.type == .location && terms[key: "wilayah gaza"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kabupaten sambas"]?.type == .location && terms[key: "kawasan kabupaten sambas"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "wilayah amur"]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a country before a person's name with a particle is a name of its own; before an English name it stays")
    func countryBeforePerson() throws {
        let text = "Istilah itu diperkenalkan ahli botani Belanda Hugo de Vries . Laporan Indonesia Corruption Watch terbit kemarin ."
        let terms = try extract([("t.txt", text)], places: countries.union(["belanda", "indonesia"]))
        #expect(terms[key: "hugo de vries"]?.type == .person && terms[key: "belanda"]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "indonesia corruption watch"] != nil && terms[key: "corruption watch"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("English function words join a name written in English; and between two full names lists them")
    func englishConnectors() throws {
        let text = "Kinerja diukur dengan Return on Equity dan menurut Centers for Disease Control and Prevention . Film Four Weddings and a Funeral diputar . Lawrence Odell Holley and Ella Pauline Drake menikah . Ia masuk daftar \" The 50 Sexiest Men \" ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(keys.isSuperset(of: ["return on equity", "centers for disease control and prevention", "four weddings and a funeral"]), "\(keys)")
        #expect(!keys.contains("equity") && !keys.contains("funeral"), "\(keys)")
        #expect(keys.contains("lawrence odell holley") && keys.contains("ella pauline drake"), "\(keys)")
        #expect(!keys.contains("the"), "\(keys)")
    }

    @Test("a religion or God alone is a term, no organisation; inside a name it stays: partai Islam, Negara Islam")
    func religionWords() throws {
        let terms = try extract("PPP adalah partai Islam . Mereka berutang nyawa kepada Allah . Ia diculik oleh militan Negara Islam sekitar setahun lalu .")
        #expect(terms[key: "islam"].map { $0.type == .term } ?? true, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "allah"].map { $0.type == .term } ?? true, "\(terms.map { ($0.key, $0.type) })")
        #expect(!terms.contains { ($0.key == "islam" || $0.key == "allah") && $0.type == .organization })
        #expect(terms[key: "negara islam"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a point of the compass alone is a bloc, a term: menghadapi Barat; a person by a verb of saying stays")
    func blocNames() throws {
        let terms = try extract("Iran berjanji menghadapi Barat secara diplomatis . Sanksi media Barat terus berlanjut . Ia bertemu Timur , kata Timur kepada wartawan .")
        #expect(!terms.contains { $0.key == "barat" && $0.type != .term }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "timur"].map { $0.type != .term } ?? false, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a genus named by its Greek or Latin ending is a term: Allosaurus, Solenodon; not Raptor")
    func genusNames() throws {
        let terms = try extract("Dinosaurus itu jenis karnivora Allosaurus . Binatang ini dikenal dengan nama Solenodon . Mereka menonton Raptor bertanding .")
        #expect(!terms.contains { ($0.key == "allosaurus" || $0.key == "solenodon") && $0.type != .term }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "raptor"].map { $0.type != .term } ?? false, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a place after one word that reads as a name stays in it: Badrodin Haiti, Garuda Indonesia")
    func placeAfterOneName() throws {
        let text = "Presiden mengusulkan nama Badrodin Haiti sebagai calon kapolri . Soegeng menggandeng Garuda Indonesia . Surat kabar Rodong Sinmun Korea Utara menulis itu ."
        let terms = try extract([("t.txt", text)], places: countries.union(["haiti", "indonesia"]))
        let keys = Set(terms.map(\.key))
        #expect(keys.contains("badrodin haiti") && keys.contains("garuda indonesia"), "\(keys)")
        #expect(!keys.contains("badrodin") && !keys.contains("haiti"), "\(keys)")
        #expect(keys.contains("rodong sinmun") && keys.contains("korea utara"), "\(keys)")
    }

    /// Held-out news: `… penumpang VIP pesawat baru Garuda Indonesia, Airbus A330-900 Neo …` in a
    /// text that also writes `PT Garuda Indonesia (Persero) Tbk`.
    @Test("a place at the end of a name the document writes with a legal form stays in it: pesawat Garuda Indonesia beside PT Garuda Indonesia")
    func placeInsideARegisteredName() throws {
        let plain = "Bea Cukai menyita 18 kotak milik penumpang VIP pesawat baru Garuda Indonesia, Airbus A330-900 Neo. "
            + "Motor itu dibawa melalui pesawat Garuda Indonesia yang baru."
        let plainKeys = Set(try extractWithTermbase(plain).map(\.key))
        #expect(plainKeys.contains("pesawat garuda"), "\(plainKeys)")
        let registered = plain + " Saham PT Garuda Indonesia (Persero) Tbk naik."
        let keys = Set(try extractWithTermbase(registered).map(\.key))
        #expect(keys.contains("garuda indonesia") && !keys.contains("pesawat garuda"), "\(keys)")
    }

    @Test("a letter alone, or a unit after a count, names nothing; Drs is a title: 21 C, 126 Ha, Drs Soedjono")
    func lettersAndDrs() throws {
        let terms = try extract("Suhu minimum 19 C dan maksimum 30 C . Izin itu bernomor 121 / D / O / 2007 . Yayasan itu didirikan oleh Drs Soedjono Hadi . Sawahnya seluas 126 Ha .")
        #expect(!terms.contains { $0.key.count <= 2 }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "soedjono hadi"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a cue word alone names nothing: anggota Dewan, Departemen ini")
    func loneCueWord() throws {
        let terms = try extract("Pelanggaran empat anggota Dewan ini ringan . Kata dia , Departemen ini bermasalah .")
        #expect(terms[key: "dewan"] == nil && terms[key: "departemen"] == nil, "\(terms.map(\.key))")
    }

    @Test("graded adjectives (ter- superlative, se- equative) end no term", arguments: [
        ("terbaru", true), ("terbaik", true), ("sebesar", true), ("sebanyak", true), ("tertinggi", true),
        ("terjadi", false), ("terpadu", false), ("sekolah", false), ("selatan", false), ("terbuka", false),
    ])
    func graded(word: String, graded: Bool) {
        #expect(MentionFinder.isGradedAdjective(word, tables: LanguageTables(), statistics: statistics) == graded)
    }

    @Test("a list line's label is no part of a name; a private school's acronym heads its name")
    func labelsAndSchools() throws {
        let terms = try extract("Sekolah pilihan: SDS Vianney Alamat: Jalan Kwitang No. 5 , Jakarta .")
        #expect(terms[key: "sds vianney"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(!terms.contains { $0.key.contains("alamat") }, "\(terms.map(\.key))")
    }

    @Test("a number word heads no term, though a name holds it: juta orang, Kepulauan Seribu")
    func countWords() throws {
        let keys = Set(try extract("Banjir melanda 2 juta orang di Kepulauan Seribu dan aneka industri lumpuh .").map(\.key))
        #expect(!keys.contains { $0.hasPrefix("juta") || $0.hasPrefix("aneka") }, "\(keys)")
        #expect(keys.contains("kepulauan seribu"), "\(keys)")
    }

    @Test("a term before a graded adjective ends before it: produk terbaru, laba bersih sebesar")
    func gradedEndsTerms() throws {
        let keys = Set(try extract("Perusahaan itu meluncurkan produk baru dan membukukan laba bersih sebesar Rp 2 triliun .").map(\.key))
        #expect(keys.contains("laba bersih") && !keys.contains("laba bersih sebesar"), "\(keys)")
    }

    @Test("morphology: affixed forms of common stems are derived, names are not", arguments: [
        ("kelautan", true), ("perikanan", true), ("pemasaran", true), ("anggapan", true), ("pembom", true),
        ("oman", false), ("sudan", false), ("setiawan", false), ("perdana", false), ("jakarta", false),
    ])
    func derivation(word: String, derived: Bool) {
        #expect(MentionFinder.isDerivedCommonWord(word, surface: word, tables: LanguageTables(), statistics: statistics) == derived)
    }

    @Test("the byte-wise affix tests of ASCII keys agree with the character-wise ones")
    func asciiAffixTests() {
        let tables = LanguageTables()
        // Lexicon words, and affixed forms of some of them: every affix path is taken.
        let lexicon = statistics.tags.keys.sorted().filter { $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x2D } }
        let stems = lexicon.enumerated().filter { $0.offset % 97 == 0 }.map(\.element) + ["laut", "pasar", "tulis", "kirim", "anggap", "rasa"]
        var words = lexicon.enumerated().filter { $0.offset % 13 == 0 }.map(\.element)
        for stem in stems {
            for prefix in ["", "ke", "per", "pem", "peng", "peny", "pen", "pe", "se", "me", "mem", "men", "meng", "meny", "ber", "di", "ter", "memper"] {
                for suffix in ["", "an", "kan", "i", "nya"] { words.append(prefix + stem + suffix) }
            }
            words.append(String(stem.dropFirst()))
        }
        words += ["", "a", "an", "me", "mel", "pe", "pean", "kean", "dikan"]
        var derived = 0, verbs = 0
        for word in words {
            let isDerived = MentionFinder.isDerivedCommonWord(word, surface: word, tables: tables, statistics: statistics)
            let hasVerbStem = MentionFinder.hasKnownVerbStem(word, tables: tables, statistics: statistics)
            #expect(MentionFinder.isDerivedASCIIWord(word, tables: tables, statistics: statistics) == isDerived, "\(word)")
            #expect(MentionFinder.hasKnownVerbStemASCII(word, tables: tables, statistics: statistics) == hasVerbStem, "\(word)")
            if isDerived { derived += 1 }
            if hasVerbStem { verbs += 1 }
        }
        // Both answers occur, so the agreement says something.
        #expect(derived > 10 && derived < words.count - 10 && verbs > 10 && verbs < words.count - 10, "\(derived) \(verbs) of \(words.count)")
    }

    @Test("a hyphen pair splits only when its parts stand alone in the document, not as one spaced name", arguments: [
        ("Tawaran Georgia-Pacific sebesar $3.18 miliar untuk Great Northern .", ["georgia-pacific"], ["georgia", "pacific"]),
        ("Ledakan terjadi di provinsi wilayah tenggara , Sistan-Baluchestan , kemarin .", ["sistan-baluchestan"], ["sistan"]),
        ("Mereka anggota Al-Qaeda yang dijadikan sasaran .", ["al-qaeda"], ["qaeda"]),
        ("Rusia dan Korut bertemu . Hubungan Korut-Rusia semakin erat .", ["rusia", "korut"], ["korut-rusia"]),
        // Its parts written one after the other with a space: one name spelt two ways, not two names.
        ("Kasus moge Harley-Davidson di Garuda . Ia membawa onderdil Harley Davidson bekas .", ["harley-davidson"], ["davidson"]),
    ])
    func hyphenPairs(text: String, present: [String], absent: [String]) throws {
        let keys = Set(try extract(text).map(\.key))
        #expect(present.allSatisfy(keys.contains) && absent.allSatisfy { !keys.contains($0) }, "\(keys)")
    }

    @Test("the person after a title, a party or an acronym, with particles and initials", arguments: [
        // Honorifics without a full stop, ranks, abbreviated offices and occupations.
        ("Penghargaan diberikan oleh Prof Bambang Hidayat di Bandung.", "bambang hidayat"),
        ("Pesawat itu membawa Ibu Negara Ny Ani Yudhoyono ke Halim.", "ani yudhoyono"),
        ("Jokowi mengusulkan nama baru , yakni Komjen Badrodin Haiti kemarin.", "badrodin haiti"),
        ("Ilmuwan NASA William Stefanov menyebut gambar itu penting.", "william stefanov"),
        // The word after a company's leading legal form is the company's, no part of the holder.
        ("Meski begitu, Dirut Perum Bulog Budi Waseso mengatakan stok beras aman.", "budi waseso"),
        ("Wasekjen PDI-P Ahmad Basarah sebelumnya mengatakan hal itu.", "ahmad basarah"),
        // Particles and initials.
        ("Kelompok itu setia kepada rejim Presiden Bashar al-Assad .", "bashar al-assad"),
        ("Teori itu diperkenalkan oleh ahli botani Hugo de Vries pada awal abad ke-20 .", "hugo de vries"),
        ("Partai Golkar menerima kekalahan pasangan Irianto MS Syaifuddin dalam pemilu .", "irianto ms syaifuddin"),
        ("Pasangan itu , Irianto MS Syarifuddin dan Tatang Farhanul Hakim mengatakan hasil itu wajar .", "tatang farhanul hakim"),
        // A party's first word is no part of the person; fields of an office joined by dan.
        ("Partai Demokrat menolak . Adapun Ketua Umum Demokrat Susilo Bambang Yudhoyono menganggap itu salah .", "susilo bambang yudhoyono"),
        ("Menteri Kelautan dan Perikanan Sharif Cicip Sutardjo mengatakan kawasan itu bertambah .", "sharif cicip sutardjo"),
        ("Seperti diketahui , Menteri Hukum dan HAM Yasonna H Laoly mengaku telah menyelesaikan kisruh itu .", "yasonna h laoly"),
        // The organisation after the fields of an office is its complement, not the person.
        ("Direktur Pemasaran dan Niaga Pertamina Hanung Budya mengatakan pihaknya tak punya pilihan .", "hanung budya"),
        ("Menteri Sosial Salim Segaf Al Jufri mengatakan hal itu di Jakarta .", "salim segaf al jufri"),
        ("Sejumlah pengurus menyatakan Megawati Soekarnoputri membuka peluang itu .", "megawati soekarnoputri"),
        // A root verb after a first name may be a surname; a school's acronym is a cue.
        ("Dalam ceramah itu , Zakir Naik mengatakan hal yang sama .", "zakir naik"),
        // An acronym before a person's name is a name of its own.
        ("Anggota pansus dari PDIP Ganjar Pranowo mengatakan imbauan itu wajar .", "ganjar pranowo"),
        // A capitalized pronoun starts a sentence whose full stop was lost.
        ("Staf Khusus Menteri BUMN: Prof Muhammad Ikhsan Ia merupakan Guru Besar di sana .", "muhammad ikhsan"),
        // dan after a person inside a titled name starts a second person.
        ("Acara itu didatangi Presiden Republik Indonesia Joko Widodo dan Luhut Binsar Pandjaitan .", "joko widodo"),
        ("Acara itu didatangi Presiden Republik Indonesia Joko Widodo dan Luhut Binsar Pandjaitan .", "luhut binsar pandjaitan"),
    ])
    func persons(text: String, person: String) throws {
        let terms = try extract(text)
        #expect(terms[key: person]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a cue word after dan starts a second name; a noun of number ends a name")
    func coordinationAndNumbers() throws {
        let keys = Set(try extract("Ia melatih pilot di RAF , Angkatan Darat dan Angkatan Laut . Rumah itu di Jalan Pegangsaan Timur Nomor 56 , Jakarta .").map(\.key))
        #expect(keys.isSuperset(of: ["angkatan darat", "angkatan laut", "jalan pegangsaan timur"]), "\(keys)")
        #expect(!keys.contains("nomor") && !keys.contains("angkatan darat dan angkatan laut"), "\(keys)")
    }

    @Test("a word cut at its apostrophe by spaces is one word: Ma ' ruf Amin, Xi ' an; not a quote before a word")
    func spacedApostrophe() throws {
        let terms = try extract("Wakil Presiden Ma ' ruf Amin datang ke kota Xi ' an . Ma ' ruf juga bertemu Aku ' kan pergi .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "ma'ruf amin"]?.type == .person, "\(listed)")
        #expect(terms[key: "ma'ruf"]?.variants.map(\.form) == ["Ma ' ruf"], "\(listed)")
        #expect(terms.contains { $0.variants.contains { $0.form.hasSuffix("Xi ' an") } }, "\(listed)")
        #expect(!terms.contains { ["ma", "ruf", "amin", "xi"].contains($0.key) }, "\(listed)")
        #expect(!terms.contains { $0.variants.contains { $0.form.contains("' kan") } }, "\(listed)")
    }

    @Test("a legal form in brackets belongs to the name of a company that starts with its legal form: PT Garuda Indonesia (Persero) Tbk")
    func bracketedLegalForm() throws {
        let terms = try extract("Kementerian mengkaji anak usaha PT Garuda Indonesia (Persero) Tbk tahun ini . Anak ( Persero ) itu kecil .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms.contains { $0.type == .organization && $0.variants.map(\.form) == ["PT Garuda Indonesia (Persero) Tbk"] }, "\(listed)")
        #expect(!terms.contains { $0.variants.contains { $0.form == "PT Garuda Indonesia" } }, "\(listed)")
    }

    @Test("a hospital's abbreviation heads an organisation; the person it is named after is no person: RSPAD Gatot Subroto")
    func hospitalNamesake() throws {
        let terms = try extract("Keduanya dirawat di RSPAD Gatot Subroto . Kapolda Irjen Gatot Eddy Pramono datang .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "rspad gatot subroto"]?.type == .organization, "\(listed)")
        #expect(terms[key: "gatot subroto"] == nil, "\(listed)")
    }

    @Test("a ministry after the name of one of its units is a name of its own: Ditjen Bea dan Cukai Kementerian Keuangan")
    func parentMinistry() throws {
        let terms = try extract("Ditjen Bea dan Cukai Kementerian Keuangan ( Kemenkeu ) memastikan adanya 18 kotak selundupan .")
        let keys = Set(terms.map(\.key))
        #expect(keys.isSuperset(of: ["ditjen bea dan cukai", "kementerian keuangan"]), "\(keys)")
        #expect(!keys.contains { $0.hasSuffix("kementerian keuangan") && $0 != "kementerian keuangan" }, "\(keys)")
    }

    @Test("a product class before a brand or model is a product; the class stays a term of its own", arguments: [
        ("Kedua pemimpin naik mobil limusin Aurus ke Wisma Negara .", "limusin aurus"),
        ("Kim menggunakan limosin Aurus buatan Rusia .", "limosin aurus"),
        ("Maskapai itu membeli sepuluh pesawat Boeing 737 tahun ini .", "pesawat boeing 737"),
        ("Korea Utara menguji rudal Hwasong-17 pada Maret .", "rudal hwasong-17"),
    ])
    func products(text: String, product: String) throws {
        let terms = try extract(text)
        #expect(terms[key: product]?.type == .product, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a class in another vowel spelling names a product (satelot), a word of its own does not (konsul)")
    func productSpellings() throws {
        let terms = try extract([("t.txt", "Mereka meluncurkan satelot Sputnik pada Oktober . Ia bertemu konsul Hendrawan di kantornya .")])
        #expect(terms[key: "satelot sputnik"]?.type == .product, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms.allSatisfy { !$0.key.hasPrefix("konsul") || $0.type != .product }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("an owner after a product class is no make: pesawat Putin, pesawat Rusia")
    func productOwners() throws {
        let terms = try extract([("t.txt", "Kata Putin , kunjungan itu penting . Mereka berbicara di sebelah pesawat Putin . Pesawat itu tiba dari Rusia ; pesawat Rusia lain menyusul .")])
        #expect(terms.allSatisfy { $0.type != .product }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("limusin Aurus and limosin Aurus are one product; limusin stays a term")
    func productVariantsCluster() throws {
        let text = "Putin dan Kim naik mobil limusin Aurus . Kim menggunakan limosin Aurus buatan Rusia . Limusin itu baru ; limusin dan limunisin lain menyusul ."
        let segmenter = try Segmenter()
        let extractor = TermExtractor(statistics: statistics, places: countries)
        let prepared = [extractor.prepare(try segmenter.document(SourceText(id: "t.txt", text: text)), index: 0)]
        let (merged, _) = try clusterer.merged(extractor.candidates(in: prepared, clusteredBy: clusterer))
        let aurus = try #require(merged.first { $0.form.hasSuffix("Aurus") }, "\(merged.map { ($0.key, $0.form, $0.variants.map(\.form)) })")
        #expect(Set(aurus.variants.map(\.form)) == ["limusin Aurus", "limosin Aurus"])
        #expect(merged.contains { $0.key == "limusin" && $0.type == .term })
    }

    @Test("a name may start like a verb when its stem is no word: Mendur, Meliadi; Bersaudara ends it", arguments: [
        ("Hasil kajian itu dituangkan dalam rencana induk , kata Meliadi di Jakarta .", "meliadi", "jakarta"),
        ("Usai upacara , Mendur Bersaudara bergegas meninggalkan kediaman itu . Keluarga besar Mendur mendirikan monumen .", "mendur", "mendur bersaudara"),
    ])
    func verbLikeNames(text: String, name: String, other: String) throws {
        let keys = Set(try extract(text).map(\.key))
        #expect(keys.contains(name), "\(keys)")
        if other.contains(" ") { #expect(!keys.contains(other), "\(keys)") } else { #expect(keys.contains(other), "\(keys)") }
    }

    @Test("a place and the lowercase point of the compass after it are one place", arguments: [
        ("Tembakan roket dari Libanon menghantam Israel utara kemarin .", "israel utara"),
        ("Virus itu menyebar dengan cepat di Afrika barat dan menewaskan banyak orang .", "afrika barat"),
    ])
    func compass(text: String, place: String) throws {
        let terms = try extract([("t.txt", text)], places: ["israel", "afrika", "libanon"])
        #expect(terms[key: place]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a minister's blended title introduces the person: Menkokesra Agung Laksono")
    func ministerBlend() throws {
        let terms = try extract("Menkokesra Agung Laksono yang berasal dari Golkar mengatakan hal itu .")
        #expect(terms[key: "agung laksono"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a name after a disease or taxon class is a term; a language is a term, after berbahasa too")
    func termClassesAndLanguages() throws {
        let terms = try extract("Wabah Ebola di Afrika meluas . Virus Ebola sangat menular , kata dokter . Ia bicara dalam bahasa Arab dan bahasa Indonesia . Pemandu wisata berbahasa Mandarin dicari .")
        #expect(terms[key: "ebola"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "bahasa arab"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "arab"] == nil && terms[key: "mandarin"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a term of the termbase stays a term where it is capitalized: Munas, PDB")
    func termbaseTermsWrittenAsNames() throws {
        let lib = try #require(library)
        let segmenter = try Segmenter()
        let document = try segmenter.document(SourceText(id: "t.txt", text: String(repeating: "Keputusan itu diambil dalam Munas IX di Bali . Pertumbuhan PDB melambat , kata dia . ", count: 4)))
        let extractor = TermExtractor(statistics: statistics, library: lib)
        let terms = try extractor.candidates(in: [document])
        #expect(terms[key: "munas"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "pdb"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a country after a name of common words belongs to it; a country's acronym after an acronym too", arguments: [
        ("Menurut dia , Bursa Efek Indonesia adalah gabungan dari dua bursa efek nasional .", "bursa efek indonesia"),
        ("Sangat wajar kalau DPR RI mengajukan hak interpelasi kepada menteri .", "dpr ri"),
    ])
    func institutionsOfACountry(text: String, name: String) throws {
        let terms = try extract([("t.txt", text)], places: ["indonesia", "ri"])
        #expect(terms[key: name] != nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a candidate's title introduces the party: Capres Golkar")
    func candidateTitles() throws {
        let terms = try extract("Partai Golkar berharap . Ia mencermati hasil elektabilitas Capres Golkar pada pemilu .")
        #expect(terms[key: "golkar"] != nil && terms[key: "capres golkar"]?.type == .title, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("common terms: a measure with its agent, modifiers joined by dan, ber- + noun", arguments: [
        ("Kedua negara saat ini sedang melawan sanksi Barat .", "sanksi barat", nil),
        ("Mereka prihatin atas dukungan untuk program rudal dan nuklir Korut .", "program rudal dan nuklir", nil),
        ("Ia memuji keputusan Pyongyang untuk menolak tekanan ekonomi dan ancaman AS .", "tekanan ekonomi", "tekanan ekonomi dan ancaman"),
        ("Putin disambut hangat oleh pemimpin negara bersenjata nuklir , Kim Jong Un .", "negara bersenjata nuklir", "pemimpin negara"),
    ] as [(String, String, String?)])
    func commonTerms(text: String, term: String, absent: String?) throws {
        let terms = try extract([("t.txt", text)], places: ["barat", "korut", "pyongyang"])
        #expect(terms[key: term]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        if let absent { #expect(terms[key: absent] == nil, "\(terms.map(\.key))") }
    }

    @Test("a name may start with a number: program 38 North")
    func numberedName() throws {
        let terms = try extract("Menurut analis Rachel Minyoung Lee dari program 38 North di Washington , pesan ini menarik .")
        #expect(terms[key: "38 north"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a school's acronym heads the school's name: SMP Santa Maria")
    func schools() throws {
        let terms = try extract("Ia bersekolah di SMP Santa Maria lalu pindah ke kota lain .")
        #expect(terms[key: "smp santa maria"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "santa maria"] == nil)
    }

    @Test("an acronym after a count is a unit or a counted noun, not a name; a time's zone stays", arguments: [
        ("Kuota BBM subsidi 2014 dipangkas dari 48 juta KL menjadi hanya 46 juta KL .", "kl"),
        ("Syaratnya permintaan dari 2/3 DPD , tapi ini faktanya 31 DPD menyetujui dari 33 DPD , ujar Ahmad .", "dpd"),
    ])
    func acronymsAfterCounts(text: String, absent: String) throws {
        let terms = try extract(text)
        #expect(terms[key: absent] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("the zone after a time and an acronym after an office's number stay names")
    func acronymsAfterTimesAndOffices() throws {
        let terms = try extract("Jokowi sampai di lokasi pukul 09:48 WIB . Rapat Komisi 3 DPR itu molor .")
        #expect(terms[key: "wib"] != nil && terms[key: "dpr"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("common-noun acronyms and blends of the termbase are terms: SK, ATM, Pansel, Raker, Mukernas")
    func commonNounAcronyms() throws {
        let text = "Didik menyebutkan , keluarnya SK tersebut kewenangan menteri . Total terminal ATM mencapai 13 ribu . "
            + "Ia masih bekerja di Pansel , imbuhnya . Hal itu dibahas dalam Raker dan Mukernas partai . "
        let terms = try extractWithTermbase(String(repeating: text, count: 4))
        for key in ["sk", "atm", "pansel", "raker", "mukernas"] {
            #expect(terms[key: key]?.type == .term, "\(key): \(terms.map { ($0.key, $0.type) })")
        }
    }

    @Test("a general word the input also writes in lowercase is no person after a title: para Hakim Konstitusi")
    func commonWordAfterTitle() throws {
        let terms = try extract("Desain itu diputuskan berdasar kesepakatan para Hakim Konstitusi . Ia tidak pernah menggunakan konstitusi sebagai panduan , kata Eva .")
        #expect(terms.allSatisfy { $0.key != "konstitusi" || $0.type != .person }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a two-word office that starts a sentence and introduces no one is no name: Perdana Menteri juga mengatakan")
    func bareOfficeAtSentenceStart() throws {
        let terms = try extract("Perdana Menteri juga mengatakan , bahwa Sheikh Hassan Dahir Aweys dan Hassan Turki adalah pemimpin .")
        #expect(terms[key: "perdana"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("an era after a year is part of a date, no name: tahun 300 Masehi")
    func eras() throws {
        let terms = try extract("Makam itu berasal dari tahun 300 Masehi , ujar Menteri Kebudayaan Yunani .")
        #expect(terms[key: "masehi"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("Tanah Air is the homeland, a term of the termbase, capitalized or not")
    func homeland() throws {
        let text = "Lembaga itu membantu pelaku usaha di Tanah Air . Secara umum tanah air dalam keadaan baik . "
        let terms = try extractWithTermbase(String(repeating: text, count: 4))
        #expect(terms[key: "tanah air"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a company's legal form ends one organisation and names nothing alone: PT Global Mediacom Tbk, (Persero)")
    func companyForms() throws {
        let terms = try extract("PT Global Mediacom Tbk melakukan transaksi pembelian saham . PT Pertamina (Persero) mengakui telah terjadi kepanikan .")
        #expect(terms[key: "pt global mediacom tbk"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "mediacom tbk"] == nil && terms[key: "persero"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("an abbreviated legal form keeps its full stop: DeSoto Inc., CVN Cos.; a stop after Tbk ends the sentence")
    func companyFormFullStop() throws {
        let text = "DeSoto Inc. mengatakan mereka memecat 200 karyawan . QVC Network Inc. menyelesaikan akuisisi CVN Cos. senilai $423 juta . Saham dibeli PT Global Mediacom Tbk."
        let terms = try extract(text)
        #expect(terms[key: "desoto inc"]?.form == "DeSoto Inc.", "\(terms.map { ($0.key, $0.form) })")
        #expect(terms[key: "cvn cos"]?.form == "CVN Cos." && terms[key: "cvn cos"]?.type == .organization, "\(terms.map { ($0.key, $0.form) })")
        #expect(terms[key: "qvc network inc"]?.form == "QVC Network Inc.", "\(terms.map { ($0.key, $0.form) })")
        #expect(terms[key: "pt global mediacom tbk"]?.form == "PT Global Mediacom Tbk", "\(terms.map { ($0.key, $0.form) })")
    }

    @Test("a school's number and its town belong to its name: SMA Negeri 1 Tigalingga, SMAN 6; not a child's age after SD")
    func numberedSchools() throws {
        let text = "Siswa SMA Negeri 1 Tigalingga dan SMAN 6 mengikuti lomba di Bandung . Murid SMPN 20 Depok libur . Seorang anak SD 6 tahun hilang ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(keys.isSuperset(of: ["sma negeri 1 tigalingga", "sman 6", "smpn 20 depok"]), "\(keys)")
        #expect(!keys.contains("tigalingga") && !keys.contains("sd 6"), "\(keys)")
    }

    @Test("an acronym spelled out in lowercase words is a term's: infeksi saluran kemih (ISK); in capitals it stays a name")
    func acronymOfCommonWords() throws {
        let text = "Bakteri itu menyebabkan infeksi saluran kemih (ISK) pada wanita . Risiko ISK naik saat hamil . Komisi Pemilihan Umum (KPU) menetapkan hasil pemilu . Keputusan KPU final ."
        let terms = try extract(text)
        #expect(terms[key: "isk"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kpu"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a genus and its Latin epithet name a species, a term: Trichomonas vaginalis, Naja sumatrana; not a name and a word with a clitic")
    func speciesNames() throws {
        let text = "Penyakit itu disebabkan parasit Trichomonas vaginalis yang menular . Ular Naja sumatrana terdapat di Sumatra . Khusus Robi perkaranya sedang disidangkan ."
        let terms = try extract(text)
        #expect(terms[key: "trichomonas vaginalis"]?.type == .term && terms[key: "trichomonas"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "naja sumatrana"]?.type == .term && terms[key: "naja"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "robi perkara"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("an epithet the lexicon tags as a common noun still names a species with its genus: tawon Vespa affinis")
    func speciesEpithetTaggedNoun() throws {
        let terms = try extract("Warga diserang tawon Vespa affinis saat melintas . Panjang tubuh Vespa affinis dua centimeter .")
        #expect(terms[key: "vespa affinis"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "affinis"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a genus ending a capitalized run takes its epithet: Klasifikasi Ilmiah Vespa affinis, Nyamuk Aedes albopictus")
    func speciesAfterCapitalizedWords() throws {
        let text = "Klasifikasi Ilmiah Vespa affinis masuk ke dalam ordo Hymenoptera . Warga waspada karena Nyamuk Aedes albopictus berkembang ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(terms[key: "vespa affinis"]?.type == .term && terms[key: "aedes albopictus"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(!keys.contains("ilmiah vespa") && !keys.contains("affinis") && !keys.contains("nyamuk aedes"), "\(keys)")
        #expect(terms[key: "nyamuk"]?.type != .organization && terms[key: "ilmiah"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a place name's last word is no genus before a Latin-looking word: Jawa Barat stays a place")
    func placeNameBeforeEpithetLikeWord() throws {
        let terms = try extract("Padi itu tumbuh subur di Jawa Barat ciherangensis menjadi varietas unggulan .")
        #expect(terms[key: "jawa barat"]?.type == .location && terms[key: "barat ciherangensis"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a noun that takes a complement never ends a term: kematian akibat diserang, lampu jenis LED, bangsa nomor satu")
    func complementNounEndsNoTerm() throws {
        let text = "Kasus kematian akibat diserang tawon meningkat . Pabrik itu membuat lampu jenis LED . Bangsa itu menjadi bangsa nomor satu di dunia ."
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains("kematian akibat") && !keys.contains("lampu jenis") && !keys.contains("bangsa nomor"), "\(keys)")
    }

    @Test("a listed compound is one word to the term rules: pabrik daur ulang, ganti rugi")
    func listedCompoundsInTerms() throws {
        let text = "Pemerintah membangun pabrik daur ulang di kota itu . Warga menuntut ganti rugi dari perusahaan ."
        let keys = Set(try extract(text).map(\.key))
        #expect(keys.isSuperset(of: ["pabrik daur ulang", "ganti rugi"]) && !keys.contains("pabrik daur"), "\(keys)")
    }

    @Test("a place after se- says where across, no kind of the thing: bank sampah se-Nunukan, kolam renang terbesar se-Asia")
    func acrossPlaceEndsNoTerm() throws {
        let text = "Ada tujuh bank sampah se-Nunukan yang aktif . Kota itu punya kolam renang terbesar se-Asia yang baru ."
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains { $0.contains("se-") }, "\(keys)")
    }

    @Test("a derived common noun before an institution is no part of its name: Kebijakan Bank Indonesia, Pengarahan Dewan Pertimbangan")
    func derivedNounBeforeInstitution() throws {
        let text = "Ia berbicara dalam diskusi Kebijakan Bank Indonesia dan OJK . Akbar hadir dalam Pengarahan Dewan Pertimbangan kemarin ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(keys.isSuperset(of: ["bank indonesia", "dewan pertimbangan"]), "\(keys)")
        #expect(!keys.contains("kebijakan bank indonesia") && !keys.contains("pengarahan dewan pertimbangan"), "\(keys)")
    }

    @Test("a governor's complement is a place: Wakil Gubernur Yusuf Effendi is one person, Gubernur Jawa Barat Ahmad Heryawan is not")
    func placeOfficeComplement() throws {
        let text = "Gubernur Jawa Barat Ahmad Heryawan dan Wakil Gubernur Yusuf Effendi bertanggung jawab atas korupsi itu ."
        let terms = try extract([("t.txt", text)], places: countries.union(["jawa barat"]))
        #expect(terms[key: "yusuf effendi"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "ahmad heryawan"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "effendi"] == nil && terms[key: "wakil gubernur yusuf"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a common noun and a roman numeral number a grade or a part, a term: Kelas X, Tahap I; Komisi III stays a body")
    func numberedParts() throws {
        let text = "Siswa belajar mulai dari Kelas X sampai Kelas XII . Obligasi itu lanjutan dari Tahap I tahun lalu . Ia anggota Komisi III sejak 2014 ."
        let terms = try extract(text)
        #expect(terms[key: "kelas x"]?.type == .term && terms[key: "tahap i"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "komisi iii"].map { $0.type != .term } ?? true, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a known place is not split into a name and the place at its end: Hindia Belanda")
    func knownPlaceEndingInPlace() throws {
        let text = "Gedung itu dibangun pada zaman pemerintahan Hindia Belanda oleh arsitek Prancis ."
        let terms = try extract([("t.txt", text)], places: countries.union(["belanda", "hindia belanda"]))
        #expect(terms[key: "hindia belanda"]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "hindia"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a capitalized number of things ends a name and starts none: imbuh Sanchez Ratusan relawan")
    func quantifierAfterName() throws {
        let terms = try extract("Kami punya 300.000 lembar foto , imbuh Sanchez Ratusan relawan telah bergerak sejauh ini .")
        #expect(terms[key: "sanchez"] != nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "sanchez ratusan"] == nil && terms[key: "ratusan"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("common nouns of the termbase written in capitals are terms: Paripurna DPR, Lapangan Kerja")
    func capitalizedCommonNouns() throws {
        let text = "Usulan itu dibawa ke Paripurna DPR yang kemudian memutuskannya . Program itu membuka Lapangan Kerja . "
        let terms = try extractWithTermbase(String(repeating: text, count: 4))
        #expect(terms[key: "paripurna"]?.type ?? .term == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "lapangan kerja"]?.type ?? .term == .term, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "dpr"] != nil)
    }

    @Test("a school type alone is a term; a school's name stays a name: SMA, SMK Negeri 1 Bandung")
    func schoolTypes() throws {
        let terms = try extractWithTermbase("Ia lulus SMA tahun lalu dan kini mengajar di SMK Negeri 1 Bandung .")
        #expect(terms[key: "sma"].map { $0.type == .term } ?? true, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "smk negeri 1 bandung"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a party's word after an office is the party, not the person, even by a verb of saying")
    func partyAfterOffice() throws {
        let terms = try extract("Partai Demokrat mendukung itu , kata Demokrat . Ketua Umum Demokrat Susilo Bambang Yudhoyono dalam cuitannya di Twitter menganggap hal itu wajar .")
        #expect(terms[key: "susilo bambang yudhoyono"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "demokrat susilo bambang yudhoyono"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("Menkum is a minister's title, no organisation: Menkum HAM yang baru")
    func menkum() throws {
        let terms = try extract("Pilihan pertama yakni mengganti Ketua Pansel dengan Menkum HAM yang baru . Menkum dan HAM mendahului .")
        #expect(terms.allSatisfy { !$0.key.hasPrefix("menkum") || $0.type == .title }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("Sekretaris Kabinet is one office; the person after it keeps all of their name")
    func cabinetSecretary() throws {
        let terms = try extract("Sekretaris Kabinet Andi Widjajanto mengatakan Presiden Joko Widodo telah memilih politikus itu .")
        #expect(terms[key: "andi widjajanto"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kabinet andi"] == nil && terms[key: "sekretaris kabinet"]?.type == .title, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("an English day or month name is a date, no name: akhir Monday", arguments: [
        "Dolar ditutup dengan 141.90 yen pada akhir Monday .",
        "Laporan itu terbit 21 January lalu .",
    ])
    func englishCalendarWords(text: String) throws {
        let terms = try extract(text)
        #expect(terms.allSatisfy { !["monday", "january", "21 january"].contains($0.key) }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a sentence-initial word with a clitic, a particle or a verb's affixes, or a number word, starts no name", arguments: [
        ("Tenanglah Pak Suhardi , kata dia usai menjenguk Suhardi .", "tenanglah"),
        ("Eksplorasinya kerap membawanya ke tempat-tempat yang belum terjamah .", "eksplorasi"),
        ("Mendayagunakan BUMN untuk mendukung program pembangunan infrastruktur .", "mendayagunakan"),
        ("Kesembilan pilar yang berdiri kokoh di muka bangunan itu tidak berubah .", "kesembilan"),
        ("Bendera itu menjadi simbol Sembilan Hakim Konstitusi .", "sembilan"),
    ])
    func commonWordsAtSentenceStart(text: String, word: String) throws {
        let terms = try extract(text)
        #expect(terms.allSatisfy { !$0.key.hasPrefix(word) || $0.type == .term }, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("names keep a number word inside, and a name ending like a particle stays: Kepulauan Seribu, Abdullah")
    func numeralsInsideNames() throws {
        let terms = try extract("Wisatawan datang ke Kepulauan Seribu . Abdullah mengatakan hal itu kemarin .")
        #expect(terms[key: "kepulauan seribu"]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "abdullah"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("common nouns in title case without a cue are a term, no organisation; a cued name stays one")
    func titleCaseCommonNouns() throws {
        let text = "Ia menjadi narasumber seminar bertajuk Penegakan Hukum di kampus itu . "
            + "Keistimewaan itu ada pada bab tentang Pemerintahan Daerah . Warga memilih Barisan Nasional . Rapat Badan Anggaran ditunda ."
        let terms = try extract(text)
        let names = terms.filter { $0.type != .term && $0.type != .title }.map(\.key)
        #expect(!names.contains { $0.hasPrefix("penegakan") || $0 == "pemerintahan daerah" }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "barisan nasional"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "badan anggaran"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a capitalized preposition or conjunction ends an uncued name; a cued name may hold one")
    func clauseWordsEndNames() throws {
        let text = "Kerajaan itu berpusat di Ende Namun kemudian pindah . Yang dilakukan adalah Perjanjian Kerja Waktu Tidak Tertentu ."
        let terms = try extract(text)
        #expect(terms[key: "ende"] != nil && terms[key: "ende namun"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "perjanjian kerja waktu tidak tertentu"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("an academic degree alone names nothing; before a name it may be initials: Pakpahan SH, SH Sarundajang")
    func degrees() throws {
        let terms = try extract("Dua orang itu yakni Maju Daryono Pakpahan SH dan Denny Iryadhi MBA . Ia lulusan S1 . Menurut SH Sarundajang , hal itu wajar .")
        #expect(terms.allSatisfy { !["sh", "mba", "s1"].contains($0.key) }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "sh sarundajang"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("Jendral and Mr are titles: the person after them is the name")
    func titleSpellings() throws {
        let terms = try extract("Pemimpin Garda Revolusi Jendral Yahya Rahim mengatakan hal itu . Iklan itu dibuat Mr Smith .")
        #expect(terms[key: "yahya rahim"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "smith"]?.type == .person && terms[key: "mr"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a common noun before an organisation's cue is no part of its name: Hewan Universitas Gajah Mada")
    func commonNounBeforeCue() throws {
        let terms = try extract("Di tangan mahasiswa Fakultas kedokteran Hewan Universitas Gajah Mada , limbah itu menjadi obat .")
        #expect(terms[key: "universitas gajah mada"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "hewan universitas gajah mada"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a person's name right after a cue of two words is the namesake of the place: Rumah Sakit Raymond Poincare")
    func namesakeAfterTwoWordCue() throws {
        let terms = try extract("Dr F Lofaso dari Rumah Sakit Raymond Poincare , Garches , menyelidiki dampaknya .")
        #expect(terms[key: "rumah sakit raymond poincare"] != nil && terms[key: "raymond poincare"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a cue, its field in lowercase and a country are one organisation: Kementerian pertahanan Rusia")
    func lowercaseFieldNames() throws {
        let terms = try extract("Kementerian pertahanan Rusia menyangkal laporan itu . Kementerian luar negeri Korea Utara menyerukan perundingan . Departemen akan diubah .")
        #expect(terms[key: "kementerian pertahanan rusia"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kementerian luar negeri korea utara"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a name written after a kind of settlement in lowercase is a place wherever it stands: kota Barranquitas")
    func afterSettlementHead() throws {
        let terms = try extract("Jembatan ambruk di pusat kota Barranquitas kemarin . Warga Barranquitas mengungsi .")
        #expect(terms[key: "barranquitas"]?.type == .location, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a unit after a number with separators is no name: 13,3 Nm; a time zone after a time is a term: 15.50 WIB")
    func unitsAfterMeasures() throws {
        let terms = try extract("Jokowi tiba pukul 15.50 WIB di lokasi . Torsi maksimum mesin itu 13,3 Nm .")
        #expect(terms.allSatisfy { $0.key != "nm" }, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "wib"]?.type == .term, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("an English company's last word makes an organisation of a name read as a person's: StatesWest Airlines")
    func foreignOrganizationLastWords() throws {
        let terms = try extract("Saham StatesWest Airlines naik . Laporan itu dimuat Financial Times kemarin .")
        #expect(terms[key: "stateswest airlines"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "financial times"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("a shop, café or venue named in English is an organisation, no person: RBoJ Coffee, Grenpeel Store, Dekoruma Experience Center")
    func englishShopsAndVenues() throws {
        let terms = try extract("Ia membuka Grenpeel Store tahun lalu . Ia datang ke Dekoruma Experience Center kemarin . Harga kopi di RBoJ Coffee murah .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        for key in ["grenpeel store", "dekoruma experience center", "rboj coffee"] {
            #expect(terms[key: key]?.type == .organization, "\(key): \(listed)")
        }
    }
}

extension MentionFinderTests {
    @Test("a regnal number ends a person's name; a cued name keeps its own number: Paul Kevin Jonas II, PT Angkasa Pura II")
    func regnalNumbers() throws {
        let terms = try extract("Paul Kevin Jonas II lahir di sana . Bandara itu dikelola PT Angkasa Pura II sejak lama .")
        #expect(terms[key: "paul kevin jonas ii"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "pt angkasa pura ii"]?.type == .organization && terms[key: "pura ii"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

/// The candidates of one document `t.txt` with the shipped termbase's categories and places.
func extractWithTermbase(_ text: String) throws -> [TermCandidate] {
    let lib = try #require(library)
    let document = try Segmenter().document(SourceText(id: "t.txt", text: text))
    return try TermExtractor(statistics: statistics, library: lib).candidates(in: [document])
}

extension MentionFinderTests {
    @Test("dan between two fields stays in an organisation named inside a title: Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan")
    func fieldsJoinedInsideTitles() throws {
        let terms = try extract("Calon lain ialah Kepala Pusat Pelaporan dan Analisis Transaksi Keuangan Muhammad Yusuf , serta dari internal Kejaksaan .")
        #expect(terms[key: "pusat pelaporan dan analisis transaksi keuangan"]?.type == .organization, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "pusat pelaporan"] == nil && terms[key: "muhammad yusuf"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a legal form before a company's name keeps every word after it: PT Salma Arowana Lestari; an acronym ends the company: PT AHM Rina Listiani")
    func companyLeadForms() throws {
        let terms = try extract("Ia diperiksa terkait dugaan suap dalam perkara PT Salma Arowana Lestari yang menjeratnya . Hal itu dikatakan Corporate Communication PT AHM Rina Listiani kemarin .")
        #expect(terms[key: "pt salma arowana lestari"]?.type == .organization && terms[key: "arowana lestari"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "rina listiani"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("one word before a comma and the holder's name in apposition ends the office: Kepala BEI Medan , Muhammad Pintor")
    func officeBeforeAppositiveHolder() throws {
        let terms = try extract("Kepala BEI Medan , Muhammad Pintor , menyampaikan , untuk level II pesertanya lebih sedikit .")
        #expect(terms[key: "medan"]?.type != .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "muhammad pintor"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("the name after the country an office serves is its holder, a cue word inside the country no cue: Menteri Luar Negeri Amerika Serikat Condoleezza Rice")
    func holderAfterCountry() throws {
        let terms = try extract([("t.txt", "Menteri Luar Negeri Amerika Serikat Condoleezza Rice , yang mengecam keras penangkapan itu , tiba kemarin .")],
                                places: countries.union(["amerika serikat"]))
        #expect(terms[key: "condoleezza rice"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "amerika serikat condoleezza rice"] == nil && terms[key: "rice"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("in a Title Case headline an acronym its document writes in capitals is a name of its own: Sikap Nato Putin Tiba di Korut")
    func headlineAcronyms() throws {
        let text = "Sikap Nato Putin Tiba di Korut\nKunjungan Putin ke Korut mendapat perhatian penuh dari NATO . Sekretaris Jenderal NATO Jens Stoltenberg mengaku prihatin ."
        let terms = try extract(text)
        #expect(terms[key: "nato putin"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "putin"] != nil && terms[key: "nato"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("initials with full stops after a name end it with their last stop: Bouygues S.A., Farmington N.M.")
    func dottedInitials() throws {
        let terms = try extract("Saham Bouygues S.A. , sebuah perusahaan konstruksi , naik . Mesa Airlines di Farmington N.M. , menolak tawaran itu .")
        let forms = Set(terms.map(\.form))
        #expect(forms.isSuperset(of: ["Bouygues S.A.", "Farmington N.M."]), "\(terms.map { ($0.key, $0.form, $0.type) })")
        #expect(!forms.contains("S.A") && !forms.contains("N.M") && !forms.contains("Bouygues"), "\(forms)")
    }
}

extension MentionFinderTests {
    @Test("a regnal number ends the holder's name after a title: Ratu Elizabeth II, Paus Yohanes Paulus II")
    func regnalNumbersAfterTitles() throws {
        let terms = try extract("Ratu Elizabeth II membuka sidang parlemen . Ia pernah bertemu Paus Yohanes Paulus II di Roma .")
        #expect(terms[key: "elizabeth ii"]?.type == .person && terms[key: "ii"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "yohanes paulus ii"]?.type == .person, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a religion before a place names the place's believers: warga Mormon Amerika Serikat; before a person it stays: Kristen Bell")
    func religionBeforePlace() throws {
        let terms = try extract([("t.txt", "Pembantaian warga Mormon Amerika Serikat terjadi bulan lalu . Aktris Kristen Bell tiba di Jakarta kemarin .")],
                                places: countries.union(["amerika serikat"]))
        #expect(terms[key: "amerika serikat"]?.type == .location && terms[key: "mormon amerika serikat"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "kristen bell"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("a country before words all unknown to the lexicon is a name of its own: Siswa India Nitin Jain; Indonesia Corruption Watch stays")
    func countryBeforeUnknownWords() throws {
        let text = "Siswa India Nitin Jain asal Delhi memperoleh medali emas . Laporan Indonesia Corruption Watch terbit kemarin ."
        let terms = try extract([("t.txt", text)], places: countries.union(["india", "indonesia"]))
        #expect(terms[key: "nitin jain"] != nil && terms[key: "india nitin jain"] == nil, "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "indonesia corruption watch"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }
}

extension MentionFinderTests {
    @Test("an acronym after an organisation of three words or more, not its own, is the body it belongs to: Dewan Pimpinan Pusat PPP; Badan Statistik Pusat BPS stays")
    func bodyAcronymAfterOrganisation() throws {
        let text = "Romahurmuziy beserta anggota Dewan Pimpinan Pusat PPP lainnya mendatangi rumah dinas itu . Data itu dirilis Badan Statistik Pusat BPS kemarin ."
        let terms = try extract(text)
        #expect(terms[key: "dewan pimpinan pusat"] != nil && terms[key: "ppp"] != nil && terms[key: "dewan pimpinan pusat ppp"] == nil,
                "\(terms.map { ($0.key, $0.type) })")
        #expect(terms[key: "badan statistik pusat bps"] != nil, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("initials after inisial stand for an unnamed person, no name: berinisial SAW")
    func initialsAfterInisial() throws {
        let terms = try extract("Penumpang pembawa komponen motor itu berinisial SAW , sementara pembawa sepeda merupakan penumpang berinisial LS .")
        #expect(terms[key: "saw"] == nil && terms[key: "ls"] == nil, "\(terms.map { ($0.key, $0.type) })")
    }
}
