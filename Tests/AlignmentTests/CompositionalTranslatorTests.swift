import Foundation
@testable import Alignment
import Termbase
import Terminology
import Testing

@Suite struct CompositionalTranslatorTests {
    static let translator = Result { CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics) }
    static let lexiconOnly = Result {
        var options = CompositionalTranslator.Options()
        options.conceptUnits = false
        return CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
    }

    /// (id, Indonesian, type, English).
    static let cases: [(String, String, TermCategory, String)] = [
        ("modifiers reversed", "Dewan Keamanan Nasional AS", .organization, "US National Security Council"),
        ("an organ after a disease", "kanker hati", .term, "liver cancer"),
        ("a job title in English before its company", "PR Manager Oppo Indonesia", .title, "Oppo Indonesia PR Manager"),
        ("a job title in English before a registered name", "Marketing Director PT Toyota-Astra Motor", .title,
         "PT Toyota-Astra Motor Marketing Director"),
        ("a clipping of the acronym files inside a title", "anggota Exco PSSI", .title, "PSSI Executive Committee member"),
        ("a FreeDict phrase never cuts a shipped unit", "hubungan kerja sama", .term, "cooperative relationship"),
        ("an English adjective after an Indonesian head", "Bandara International Soekarno-Hatta", .location,
         "Soekarno-Hatta International Airport"),
        ("acronym inside a phrase", "resolusi PBB", .term, "UN resolution"),
        ("demonym after a head", "Semenanjung Korea", .location, "Korean Peninsula"),
        ("demonym of a title", "Presiden Tiongkok", .title, "Chinese President"),
        // `… yang saat itu masih menjabat sebagai Dirut Garuda Indonesia` (held-out news): a company
        // name with its country in it stays whole and in order.
        ("a company name ending in its country", "Dirut Garuda Indonesia", .title, "Garuda Indonesia President Director"),
        ("a company name ending in its country, alone", "Kantor Telkom Indonesia", .organization, "Telkom Indonesia Office"),
        // `kata Sekjen PDIP Hasto Kristiyanto, dalam keterangan nya` (held-out news).
        ("an acronym inside a phrase takes its hyphenated English acronym", "Sekjen PDIP", .title, "PDI-P Secretary-General"),
        ("a known head before a country still takes its demonym", "Kedutaan Besar Jepang", .organization, "Japanese embassy"),
        ("three modifiers", "operasi militer khusus", .term, "special military operation"),
        ("generic head around a name", "Wisma Negara Kumsusan", .location, "Kumsusan State Guest House"),
        ("unknown generic head word", "Hotel Ryugyong", .location, "Ryugyong Hotel"),
        ("cosmodrome", "Kosmodrom Vostochny", .location, "Vostochny Cosmodrome"),
        ("pre-head and ordinal", "Wakil Perdana Menteri Pertama", .title, "First Deputy Prime Minister"),
        ("pre-head opening a title", "Wakil Menteri Pertahanan", .title, "Deputy Defense Minister"),
        ("a pre-head before a longer unit", "Wakil Ketua Umum PSSI", .title, "PSSI deputy chairperson"),
        ("a pre-head stays with its office after the body", "Wakil Komisaris Utama Pertamina", .title, "Pertamina Deputy President Commissioner"),
        ("a pre-head before a field stays first", "Wakil Menteri Pertahanan", .title, "Deputy Defense Minister"),
        ("a pre-head stays with a termbase office after its body", "Wakil Ketua KPK", .title, "KPK Deputy Chairman"),
        ("a minister's initialism is the portfolio", "Wakil Menteri BUMN", .title, "Deputy State-Owned Enterprises Minister"),
        ("a mass noun stays singular in a reduplication", "sampah-sampah plastik", .term, "plastic waste"),
        ("an initialism matches only in capitals", "pasangan Jokowi-Ma", .term, "Jokowi-Ma couple"),
        ("noun pre-head before a name", "kepala Roscosmos", .title, "head of Roscosmos"),
        ("ordinal of an event", "Perang Dunia Ketiga", .event, "Third World War"),
        ("coordinated modifiers pluralise", "program rudal dan nuklir", .term, "missile and nuclear programs"),
        ("reduplicated plural", "barang-barang mewah", .term, "luxury goods"),
        ("reduplicated plural of a regular noun", "isu-isu bilateral", .term, "bilateral issues"),
        ("-nya dropped", "program nuklirnya", .term, "nuclear program"),
        ("-nya on a modifier", "Penasihat kebijakan luar negerinya", .title, "foreign policy Adviser"),
        ("yang skipped", "kemitraan strategis yang komprehensif", .term, "comprehensive strategic partnership"),
        ("document with year and coordination", "Perjanjian Persahabatan dan Saling Membantu tahun 1961", .document,
         "1961 Treaty of Friendship and Mutual Assistance"),
        ("a common term keeps the common reading of its head", "perjanjian perdagangan", .term, "trade agreement"),
        ("documents of two years", "Deklarasi Jakarta tahun 1999 dan 2005", .document, "1999 and 2005 Jakarta Declarations"),
        ("a hyphenated modifier is title-cased in both parts", "Perjanjian Persahabatan dan Kerjasama Tetangga yang Baik tahun 2000",
         .document, "2000 Treaty of Friendship and Good-Neighborly Cooperation"),
        ("participle after its agent", "dipimpin AS", .term, "US-led"),
        ("a participle takes the demonym of a country", "koalisi pimpinan Arab Saudi", .term, "Saudi-led coalition"),
        ("a participle with a common agent", "kapal selam bertenaga nuklir", .term, "nuclear-powered submarine"),
        ("a head that takes of", "prinsip kesetaraan", .term, "principle of equality"),
        ("a brand the tagger saw a few times as a verb is a name", "The Asahi Shimbun", .organization, "The Asahi Shimbun"),
        ("a head English keeps before a name", "kawasan Gunung Bromo", .location, "Mount Bromo area"),
        ("a head's reading inside a name", "Kereta Api Ukraina", .organization, "Ukrainian Railways"),
        ("the same head outside a name", "jalur kereta api", .term, "railway route"),
        ("a ministry takes of", "Kementerian Koperasi", .organization, "Ministry of Cooperative"),
        ("a ministry of coordinated fields stays one ministry", "Kementerian Koperasi dan Perdagangan", .organization,
         "Ministry of Cooperative and Trade"),
        ("a place keeps its demonym in front of an of-head", "Kementerian Koperasi Jepang", .organization, "Japanese Ministry of Cooperative"),
        ("bekas after a noun is used, before it former", "plastik bekas", .term, "used plastic"),
        ("a product's brand and model stay as written", "pesawat Boeing 737", .product, "Boeing 737 aircraft"),
        ("a model name stays as written", "limusin Aurus Senat", .product, "Aurus Senat limousine"),
        ("a name that starts with a number", "38 North", .organization, "38 North"),
        ("an office of coordinated fields keeps one head", "Menteri Kelautan dan Perikanan", .title, "Marine Affairs and Fisheries Minister"),
        ("the body after the fields of an office goes in front", "Direktur Keuangan dan Perencanaan Bank Bukopin", .title,
         "Bank Bukopin Finance and Planning Director"),
        // Name-internal order, decided by the head's lexicon role: a bank's registered name stays as
        // written before a name no source knows; a university takes `of` and a place after it.
        ("a name-first head keeps the registered name", "Bank Mandiri", .organization, "Bank Mandiri"),
        ("a name-first head keeps the name inside a title", "Direktur Bank Danamon", .title, "Bank Danamon Director"),
        ("a name-first head before common words composes", "Bank Sentral Rusia", .organization, "Russian Central Bank"),
        ("an of-place head before a place", "Universitas Indonesia", .organization, "University of Indonesia"),
        ("an of-place head keeps its other modifiers in front", "Universitas Islam Indonesia", .organization,
         "Islamic University of Indonesia"),
        ("an of-place head before a proper name reads as a head", "Universitas Airlangga", .organization, "Airlangga University"),
        ("an of-place head in lower case is a common term", "universitas negeri", .term, "state university"),
        ("an of-head institute", "Institut Teknologi Bandung", .organization, "Bandung Institute of Technology"),
        ("a number word after a noun of sequence stays after it", "kesepakatan fase satu", .term, "phase one agreement"),
        ("the words after an of-head's of are a definite noun phrase", "perpanjangan masa jabatan presiden", .term, "extension of the presidential term"),
        ("news English says tensions and term", "ketegangan AS-China", .term, "US-China tensions"),
        ("a noun's modifier reading", "infrastruktur pendukung", .term, "supporting infrastructure"),
        ("a field noun before the body stays a field", "Direktur Transformasi dan Pengembangan Bisnis Pelindo", .title,
         "Pelindo Transformation and Business Development Director"),
        ("the country after the fields of an office goes in front", "Menteri Kelautan dan Perikanan Jepang", .title,
         "Japanese Marine Affairs and Fisheries Minister"),
        ("a field with a noun reading is still a field of the office", "Menteri Pariwisata dan Ekonomi", .title, "Tourism and Economic Minister"),
        ("a candidate for an office", "calon Ketua Umum PSSI", .title, "PSSI chairperson candidate"),
        ("a form of address before an office is dropped", "Bu Menteri", .title, "Minister"),
        ("a royal title before a name", "Ratu Elizabeth II", .title, "Queen Elizabeth II"),
        ("a registered company name is kept as written", "PT Bank Jatim Tbk", .organization, "PT Bank Jatim Tbk"),
        ("a generic head around a registered name", "Kantor Pusat PT Pertamina", .organization, "PT Pertamina Central Office"),
        ("modifier reading of a head noun", "perintah presiden", .term, "presidential order"),
        ("nested title; a capital keeps its capital", "ajudan Presiden Rusia", .title, "Russian Presidential aide"),
        ("a lexicon phrase wins over its words", "asisten Presiden Rusia", .title, "Russian presidential aide"),
        ("foreign name keeps its order", "Washington Post", .organization, "Washington Post"),
        ("name pair with hyphen", "hubungan Rusia-Korea Utara", .term, "Russia-North Korea relations"),
        ("function word keeps its place", "Kementerian untuk Urusan Luar Negeri", .organization, "Ministry for Foreign Affairs"),
        ("a glossary unit whole", "Komisariat Tinggi PBB untuk Pengungsi", .organization, "UN Refugee Agency"),
        ("head-of-word for a non-title", "Kepala Badan Nasional", .title, "Head of National Agency"),
        ("roman numeral stays after its unit", "anggota Komisi III", .title, "Commission III member"),
        ("consecutive names stay one name", "Universitas Gadjah Mada", .organization, "Gadjah Mada University"),
        ("a country spelled another way takes its demonym", "Presiden Perancis", .title, "French President"),
        ("two pre-heads: only the inner reads of", "Wakil Kepala Polri", .title, "Deputy Head of Indonesian National Police"),
        ("a common term is not title-cased", "Operasi militer", .term, "military operation"),
        ("a noun's modifier reading in a name", "Partai Pekerja", .organization, "Workers' Party"),
        ("a lexicon phrase inside a term", "pasar saham global", .term, "global stock market"),
        ("a letter after a unit stays after it", "vaksin hepatitis A", .term, "hepatitis A vaccine"),
        ("a reduplication the lexicon lists whole", "anak laki-laki", .term, "son"),
        ("an irregular plural", "wanita-wanita", .term, "women"),
        // `Pemprov Bali mengeluarkan aturan baru`, `Polres Bogor menangkap pelaku` (news): a blend
        // shortens a common noun, so the name after it goes in front as a modifier.
        ("a blend is a common head before a name", "Pemprov Bali", .organization, "Bali provincial government"),
        ("a blend of an office before a name", "Polres Bogor", .organization, "Bogor district police"),
        // `Warga mengenal Mbah Putih sebagai dukun`, `BPJS Kesehatan menaikkan iuran` (news): common
        // words after a name or an initialism belong to the name, not White Mbah or Health BPJS.
        ("common words after a name stay part of it", "Mbah Putih", .organization, "Mbah Putih"),
        ("common words after an initialism stay part of the name", "BPJS Kesehatan", .organization, "BPJS Kesehatan"),
        ("a compass word after a place still composes", "Jakarta Pusat", .location, "Central Jakarta"),
        // `Kapolda Jatim Irjen Nico Afinta memimpin apel`, `Kodam Brawijaya menurunkan pasukan` (news): the
        // region's name replaces "regional", as English-language Indonesian press writes it.
        ("a named region replaces regional", "Kapolda Jatim", .title, "East Java police chief"),
        ("a named region replaces regional inside a blend's English", "Kodam Brawijaya", .organization, "Brawijaya Military Command"),
        // `di tengah ketegangan AS-China` (news): English writes the pair with the initialism.
        ("an initialism in a name pair keeps its English initialism", "hubungan AS-China", .term, "US-China relations"),
        // `Timnas Portugal` (news): the blend `Timnas` (tim nasional) is a common head.
        ("a blend from the acronym table", "Timnas Portugal", .organization, "Portugal national team"),
        // `Kota Jakarta Barat` (news): a compass word after a place is the place's, not the West's.
        ("a compass word after a place inside a phrase", "Kota Jakarta Barat", .location, "West Jakarta City"),
        // `dirawat di RS Bhayangkara` (news): an initialism read as a common noun is a head too.
        ("an initialism of a common noun before a name", "RS Bhayangkara", .organization, "Bhayangkara hospital"),
        // `kata Kabid Humas Polda Metro Jaya` (news): the region names the force inside an office too.
        ("a named region replaces regional in a modifier", "Kabid Humas Polda Jatim", .title,
         "East Java police public relations division head"),
        // `Presiden Republik Indonesia` (news): an office of a body named by an `of` phrase follows it.
        ("an office of an of-named body", "Presiden Republik Indonesia", .title, "President of the Republic of Indonesia"),
        ("an office of an of-named blend", "Sekretaris Jenderal Kemenhub", .title, "Secretary-General of the Ministry of Transportation"),
        ("two noun phrases coordinated", "Presiden Rusia dan Perdana Menteri Jepang", .title, "Russian President and Japanese Prime Minister"),
    ]

    @Test(arguments: cases)
    func composes(_ id: String, _ indonesian: String, _ type: TermCategory, _ english: String) throws {
        let composition = try #require(try Self.translator.get().translate(indonesian, category: type), "\(id)")
        #expect(composition.english == english, "\(id)")
        #expect((0.3...0.8).contains(composition.confidence))
    }

    /// A small English list, so that the rule is tested whether or not `wamerican` is installed.
    static let withEnglish = Result {
        var options = CompositionalTranslator.Options()
        options.englishWords = EnglishWordList(words: ["air", "group", "working", "holiday", "visa", "video", "effects", "lion", "office", "federal",
                                                       "securities", "exchange", "commission", "sculpture", "sea", "journal", "nutrition"])
        return CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
    }

    @Test("a name written in English is kept as written, never reordered or translated word by word",
          arguments: ["Sriwijaya Air Group", "Working Holiday Visa", "Video Effects", "Lion Air",
                      // English function words stay lower case inside such a name.
                      "Securities and Exchange Commission", "Sculpture by the Sea", "The Journal of Nutrition"])
    func englishNames(_ phrase: String) throws {
        let composition = try #require(try Self.withEnglish.get().translate(phrase, category: .organization))
        #expect(composition.english == phrase)
        #expect(composition.isName)
    }

    /// A small English list for the English-loan rule.
    static let withEnglishLoans = Result {
        var options = CompositionalTranslator.Options()
        options.englishWords = EnglishWordList(words: ["fashion", "hybrid", "foam", "short", "dress", "hair", "dryer", "air", "sore", "dot", "world"])
        return CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
    }

    @Test("an English word in a common term is its own English; English words in a row keep their order", arguments: [
        ("dunia fashion", "fashion world"), ("teknologi hybrid foam", "hybrid foam technology"), ("short dress hijau", "green short dress"),
        ("hair dryer", "hair dryer"),
    ])
    func englishLoans(_ indonesian: String, _ english: String) throws {
        let composition = try #require(try Self.withEnglishLoans.get().translate(indonesian, category: .term))
        #expect(composition.english == english)
        #expect(composition.units.contains { $0.source == "english" })
    }

    @Test("an Indonesian word spelt like an English one is Indonesian (the tagger says so)", arguments: ["air", "sore", "dot"])
    func falseFriendsAreNoLoans(_ word: String) throws {
        #expect(try Self.withEnglishLoans.get().translate(word, category: .term)?.english != word)
    }

    /// A small English list for the loan-spelling rule.
    static let withCognates = Result {
        var options = CompositionalTranslator.Options()
        options.englishWords = EnglishWordList(words: ["education", "controversy", "intensity", "cosmetic", "transmission", "radiator",
                                                       "reaction", "gesture", "designer", "interior", "product", "serious", "sore",
                                                       "histamine", "debate", "textile"])
        return CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
    }

    @Test("a loan spelt the Indonesian way takes its English spelling", arguments: [
        ("edukasi", "education"), ("kontroversi", "controversy"), ("intensitas", "intensity"), ("kosmetik", "cosmetic"),
        ("transmisi", "transmission"), ("radiator", "radiator"), ("gestur", "gesture"), ("desain interior", "interior design"),
        ("histamin", "histamine"), ("debat", "debate"), ("tekstil", "textile"),
    ])
    func cognates(_ indonesian: String, _ english: String) throws {
        let composition = try #require(try Self.withCognates.get().translate(indonesian, category: .term))
        #expect(composition.english == english)
        #expect(composition.confidence <= 0.5 || composition.units.allSatisfy { $0.source != "cognate" })
    }

    @Test func aWordWhoseKeyIsEmptyStillLeavesAUnitOfSeveralWordsWhole() throws {
        // A soft hyphen alone folds to nothing: the words around it are looked up as one span
        // (`dewan keamanan`), as they would be without it, not only from the words that start units.
        let translator = try Self.translator.get()
        let plain = try #require(translator.translate("Dewan Keamanan PBB", category: .organization))
        #expect(plain.english == "UN Security Council")
        #expect(translator.translate("Dewan \u{00AD} Keamanan PBB", category: .organization)?.english == plain.english)
    }

    @Test(arguments: ["a b", "ab", "", " ", "a \u{0301}b", " \u{0301}", "x\u{00A0}y", "\u{0301} ", "é b", "Sekjen PDIP"])
    func aSpaceIsFoundAsFoundationFindsIt(_ text: String) {
        #expect(CompositionalTranslator.hasSpace(text) == text.contains(" "))
    }

    @Test(arguments: ["PBB", "G20", "20", "A", "ABCDEFGHI", "ABCDEFGH", "Pbb", "PB-B", "PB\r\n", "ÉU", "ÀB1", "Ⅻ", "P²", "", "KPK1"])
    func anAcronymOfBytesIsAnAcronymOfCharacters(_ text: String) {
        let characters = (2...8).contains(text.count) && text.allSatisfy { $0.isUppercase || $0.isNumber } && text.contains(where: \.isUppercase)
        #expect(CompositionalTranslator.isAcronym(text) == characters)
    }

    @Test func shortWordsAndVerbsAreNoCognates() throws {
        let translator = try Self.withCognates.get()
        // Under five letters: where Indonesian and English spellings meet by chance.
        #expect(translator.cognate("sore", nil) == nil)
        // A word the tagger sees as a verb is Indonesian (`bereaksi` is no English word either way).
        #expect(translator.cognate("bereaksi", nil) == nil)
        #expect(translator.cognate("kosmetik", nil) == "cosmetic")
        // Without the English list the rule is off.
        var options = CompositionalTranslator.Options()
        options.englishWords = EnglishWordList(words: [])
        #expect(CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
            .cognate("edukasi", nil) == nil)
    }

    @Test(.enabled(if: !EnglishWordList.system.words.isEmpty, "no system English word list"))
    func cognatesOfTheBytesAreTheCognatesOfTheCharacters() throws {
        // `cognate` works on bytes; the rule as first written worked on characters. The two must
        // agree on every word of general Indonesian (a sample of the frequency list, every case).
        let translator = CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics)
        let statistics = try #require(Shipped.statistics)
        let english = EnglishWordList.system.words
        func reference(_ word: String) -> String? {
            let lower = word.lowercased()
            guard lower.count >= 5, lower.allSatisfy({ $0.isASCII && $0.isLetter }), !translator.isUnit(word, nil),
                  statistics.tags[lower].map({ $0.hasPrefix("VB") }) != true else { return nil }
            var spellings = [lower]
            if lower.contains("k") {
                for variant in [lower.replacingOccurrences(of: "ks", with: "x"), lower.replacingOccurrences(of: "k", with: "c"),
                                lower.replacingOccurrences(of: "ks", with: "x").replacingOccurrences(of: "k", with: "c")] where !spellings.contains(variant) {
                    spellings.append(variant)
                }
            }
            for ending in CompositionalTranslator.loanEndings {
                for spelling in spellings where spelling.hasSuffix(ending.indonesian) {
                    let candidate = spelling.dropLast(ending.indonesian.count) + ending.english
                    if candidate.count >= 5, english.contains(String(candidate)) { return String(candidate) }
                }
            }
            return nil
        }
        let words = statistics.zipf.keys.sorted().enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
            + ["kosmetik", "Edukasi", "EKSPOR", "kompleks", "ekskursi", "Äkasi", "café", "koksk"]
        var found = 0
        for word in words where !translator.isStopWord(word) {
            let cognate = translator.cognate(word, nil, loanSpellings: false)
            #expect(cognate == reference(word), "\(word)")
            found += cognate == nil ? 0 : 1
        }
        #expect(found > 100)
    }

    @Test(.enabled(if: !EnglishWordList.system.words.isEmpty, "no system English word list"),
          arguments: [("prosesor", "processor"), ("sirkuit", "circuit"), ("fosfor", "phosphor"), ("trafik", "traffic"),
                       ("suporter", "supporter"), ("konektivitas", "connectivity"),
                       // Indonesian words spelt like an inflected or derived English word are no loans.
                       ("kering", nil), ("lemas", nil), ("saking", nil), ("gading", nil), ("toples", nil), ("detak", nil)] as [(String, String?)])
    func aLoanSpeltTheIndonesianWayTakesItsEnglish(word: String, english: String?) throws {
        // `c` written `s`, doubled letters single, `ph` as `f`: the English word whose loan spelling it is.
        let translator = CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics)
        #expect(translator.cognate(word, nil) == english)
    }

    @Test(.enabled(if: !EnglishWordList.system.words.isEmpty, "no system English word list"))
    func aCapitalisedLoanInATitleTakesItsEnglish() throws {
        // `Direktur Fasilitasi`: Title Case fields of a title are loans like lower-case ones.
        let translator = CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics)
        #expect(translator.translate("Direktur Fasilitasi", category: .title)?.english == "Facilitation Director")
        // Not in a name: a capitalised word there is the name's own.
        #expect(translator.borrowedEnglish("Fasilitasi", nil) == nil)
    }

    @Test func irregularPluralsOfFinalF() {
        #expect(CompositionalTranslator.plural("green leaf") == "green leaves")
        #expect(CompositionalTranslator.plural("kitchen knife") == "kitchen knives")
    }

    @Test func englishSkeletonsSpellEnglishTheIndonesianWay() {
        let pairs = [("processor", "prosesor"), ("circuit", "sirkuit"), ("physics", "fisiks"), ("technology", "teknologi"),
                     ("quality", "kualiti"), ("detach", "detakh"), ("sticker", "stiker")]
        for (english, indonesian) in pairs {
            #expect(String(decoding: EnglishSkeletons.skeleton(of: Array(english.utf8)), as: UTF8.self) == indonesian, "\(english)")
        }
    }

    @Test func withoutAnEnglishListTheLoanRuleIsOff() throws {
        var options = CompositionalTranslator.Options()
        options.englishWords = EnglishWordList(words: [])
        let translator = CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
        #expect(translator.translate("dunia fashion", category: .term) == nil)
    }

    @Test("in a common term a capitalised derived or stop word is Indonesian, not a name", arguments: ["Pengontrol gula darah", "Satu-satunya fitur modern"])
    func sentenceCapitals(_ phrase: String) throws {
        #expect(try Self.translator.get().translate(phrase, category: .term) == nil)
    }

    @Test("an Indonesian word no English list holds keeps the phrase Indonesian", arguments: ["Kantor Google Indonesia", "Universitas Federal", "Bursa Efek Indonesia",
                                                                                              "Kantor of Sea", "Securities and"])
    func indonesianPhrasesStayIndonesian(_ phrase: String) throws {
        #expect(try Self.withEnglish.get().translate(phrase, category: .organization)?.english != phrase)
    }

    /// Phrases with a word no source knows: no guess.
    @Test(arguments: ["Partai Keadilan", "konflik antar-Hi", "prihatin", "yang", "dan", "pembatasan sepihak yang tidak sah",
                      "Partai Keadilan Makmur", "Direktur Kepegawaian", "Ekonomi Transmigrasi"])
    func unknownWordsGiveNothing(_ indonesian: String) throws {
        #expect(try Self.translator.get().translate(indonesian) == nil)
    }

    @Test func withoutConceptUnitsPlacesStayNamesButDemonymsWork() throws {
        let translator = try Self.lexiconOnly.get()
        #expect(translator.translate("Presiden Rusia", category: .title)?.english == "Russian President")
        let name = try #require(translator.translate("Rusia", category: .location))
        #expect(name.english == "Rusia")
        #expect(name.isName)
        // After a place name a compass word is part of the name, not a demonym.
        #expect(translator.translate("Jawa Barat", category: .location)?.english == "West Jawa")
    }

    @Test func unitsAreReportedInIndonesianOrder() throws {
        let composition = try #require(try Self.translator.get().translate("Dewan Keamanan PBB", category: .organization))
        #expect(composition.units.map(\.indonesian) == ["Dewan Keamanan PBB"])
        let composed = try #require(try Self.translator.get().translate("sanksi ekonomi", category: .term))
        #expect(composed.units.map(\.indonesian) == ["sanksi", "ekonomi"])
        #expect(composed.units.map(\.role) == [.head, .head])
        #expect(!composed.isName)
    }
}

@Suite(.enabled(if: FileManager.default.fileExists(atPath: FreeDictLexicon.debianBasePath + ".index"), "FreeDict not installed"))
struct CompositionalTranslatorFreeDictTests {
    static let translator = Result {
        CompositionalTranslator(library: try GlossaryLibrary(folder: Shipped.folder.path), statistics: Shipped.statistics)
    }

    @Test func anUnambiguousReadingIsUsedWithLowConfidence() throws {
        // `kehamilan`: pregnancy, FreeDict's only reading.
        let composition = try #require(try Self.translator.get().translate("kehamilan", category: .term))
        #expect(composition.english == "pregnancy")
        #expect(composition.confidence <= 0.5)
        #expect(composition.units.map(\.source).contains("freedict"))
    }

    @Test func aWordOnlyFreeDictKnowsIsPartOfANameEvenAfterAHead() throws {
        // `Kuala Lumpur` (news): kuala is "estuary" in FreeDict, but here a word of the name, not Mud Delta.
        let name = try #require(try Self.translator.get().translate("Kuala Lumpur", category: .location))
        #expect(name.english == "Kuala Lumpur")
        // After a common head too: `mandiri` = self-sufficient is general language, `Bank Mandiri`
        // a bank's name (not Selfsufficient Bank); so in a title (not Indonesian Garuda President Director).
        #expect(try Self.translator.get().translate("Bank Mandiri", category: .organization)?.english.contains("Selfsufficient") == false)
        #expect(try Self.translator.get().translate("Dirut Garuda Indonesia", category: .title)?.english == "Garuda Indonesia President Director")
        // In a common term a capital is the sentence's: the word is vocabulary.
        #expect(try Self.translator.get().translate("Kehamilan", category: .term)?.english.lowercased() == "pregnancy")
    }

    @Test func aFreeDictPhraseLongerThanTheShippedUnitsIsOneUnit() throws {
        // `bawang` and `putih` compose to white onion; FreeDict lists the phrase: garlic.
        let garlic = try #require(try Self.translator.get().translate("bawang putih", category: .term))
        #expect(garlic.english == "garlic")
        #expect(garlic.units.count == 1)
        #expect(try Self.translator.get().translate("sistem operasi", category: .term)?.english == "operating system")
        // A shipped unit as long still wins: `hak asasi manusia` is the termbase's.
        #expect(try Self.translator.get().translate("hak asasi manusia", category: .term)?.units.map(\.source) == ["terms.tsv"])
        // Never inside a name.
        #expect(try Self.translator.get().translate("Restoran Bawang Putih", category: .location)?.english.contains("Garlic") != true)
    }

    @Test func aCloseTieGivesNothing() throws {
        // `gatal`: horny and itchy, one sense each and close in English frequency (3.8, 3.3): no guess.
        #expect(try Self.translator.get().translate("gatal", category: .term) == nil)
        #expect(try Self.translator.get().translate("kulit gatal", category: .term) == nil)
        // Without the English frequencies every tie gives nothing (`ular`: snake, serpent).
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("istilah-no-frequencies-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Shipped.folder.appendingPathComponent("lexicon.tsv"), to: folder.appendingPathComponent("lexicon.tsv"))
        let withoutFrequencies = CompositionalTranslator(library: try GlossaryLibrary(folder: folder.path), statistics: Shipped.statistics)
        #expect(withoutFrequencies.translate("ular", category: .term) == nil)
    }

    @Test func aTieOnSensesGoesToTheClearlyMoreFrequentEnglishWithLowerConfidence() throws {
        // `ular`: snake (Zipf 4.2) and serpent (3.5), one sense each.
        let snake = try #require(try Self.translator.get().translate("ular", category: .term))
        #expect(snake.english == "snake")
        #expect(snake.confidence <= 0.4)
        #expect(snake.units.map(\.source) == ["freedict (frequency)"])
        // Inside a phrase the neighbour chooses the sense: no guess (`ular bisa`, a venomous snake).
        #expect(try Self.translator.get().translate("ular bisa", category: .term) == nil)
        // A tie broken by frequency yields to the word's own English: `trimester` is trimester, not quarter.
        #expect(try Self.translator.get().translate("trimester", category: .term)?.english == "trimester")
    }

    @Test func aReadingWithMoreSensesWinsWithLowerConfidence() throws {
        // `mesin`: engine in two senses, machine and motor in one each.
        let composition = try #require(try Self.translator.get().translate("mesin", category: .term))
        #expect(composition.english == "engine")
        #expect(composition.confidence <= 0.4)
        #expect(composition.units.map(\.source) == ["freedict (majority)"])
        let unique = try #require(try Self.translator.get().translate("kehamilan", category: .term))
        #expect(unique.confidence > composition.confidence)
    }

    @Test func withoutFreeDictTheMajorityReadingIsNotUsed() throws {
        var options = CompositionalTranslator.Options()
        options.freeDict = false
        let translator = CompositionalTranslator(library: try GlossaryLibrary(folder: Shipped.folder.path), statistics: Shipped.statistics,
                                                 options: options)
        #expect(translator.translate("mesin", category: .term) == nil)
    }

    @Test("words are cut as splitting by characters cuts them, whatever the spacing and the script", arguments: [
        "Korea Utara", "Korea  Utara", " Korea", "Korea ", "", "  ", "Zürich Barat", "e \u{301}x", "a\u{00A0}b",
        "Kim Jong-un", "São Tomé", "x \u{0600}y", "\u{0600} x", "A\u{00A0} B", "café baru", "kafé  baru", "é é", "Ա ա", "ŋ ɐ", "α β", "é\u{301} x",
    ])
    func words(_ text: String) {
        #expect(CompositionalTranslator.words(text) == text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }))
    }
}
