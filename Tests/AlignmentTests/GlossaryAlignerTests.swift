import Alignment
import Segmentation
import Termbase
import Terminology
import Testing

@Suite struct GlossaryAlignerTests {
    static let aligner = Result { GlossaryAligner(library: try Shipped.library.get(), statistics: Shipped.statistics) }
    static let noGlossary = Result {
        var options = GlossaryAligner.Options()
        options.termbase = false
        return GlossaryAligner(library: try Shipped.library.get(), statistics: Shipped.statistics, options: options)
    }

    /// (id, form, variants, type, English, via).
    static let cases: [(String, String, [String], TermCategory, String?, AlignmentMethod)] = [
        ("CLDR country", "Korea Utara", [], .location, "North Korea", .glossary),
        ("a typo found through its cluster", "Kora Utara", ["Kora Utara", "Korea Utara"], .location, "North Korea", .glossary),
        ("terms.tsv blend", "Korut", [], .location, "North Korea", .glossary),
        ("-nya clitic", "Baratnya", [], .location, "West", .composed),
        ("acronym English keeps", "AFP", [], .organization, "AFP", .glossary),
        ("acronym file", "WIB", [], .term, "WIB (Western Indonesia Time, UTC+7)", .acronym),
        ("an English name quoted", "DPRK", [], .organization, "DPRK", .glossary),
        ("an English name quoted, any case", "Korean central news agency", [], .organization, "Korean Central News Agency", .glossary),
        ("person with romanization", "Yury Borisov", ["kepala Roscosmos Yury Borisov"], .person, "Yuri Borisov", .name),
        ("person as is", "Jens Stoltenberg", [], .person, "Jens Stoltenberg", .name),
        ("a spaced apostrophe inside a name joins", "Ma ' ruf Amin", ["Ma ' ruf"], .person, "Ma'ruf Amin", .name),
        ("a particle inside a person's name", "Vicente del Bosque", [], .person, "Vicente del Bosque", .name),
        ("a particle glued to the last name", "Bashar al-Assad", [], .person, "Bashar al-Assad", .name),
        ("an English name read as a person's keeps its connector", "University of Bath", [], .person, "University of Bath", .name),
        ("a name never ends in a connector", "Sekolah of", [], .person, nil, .none),
        ("an initialism of the acronym files beside its long form", "human immunodeficiency virus", ["HIV"], .term, "HIV", .acronym),
        ("lower-case person is no name", "analis", [], .person, nil, .none),
        ("glossary title", "Sekretaris Jenderal NATO", [], .title, "NATO Secretary General", .glossary),
        ("composed title", "Wakil Menteri Kesehatan", [], .title, "Deputy Health Minister", .composed),
        ("composed term", "uji coba rudal", [], .term, "missile testing", .composed),
        ("a name passed through", "Roscosmos", [], .organization, "Roscosmos", .name),
        ("a glossary name with its country in full", "Kantor Berita Pusat Korea Utara", [], .organization, "Korean Central News Agency", .glossary),
        ("common word is no name", "Partai Keadilan", [], .organization, nil, .none),
        ("unknown common word", "prihatin", ["prihatin"], .term, nil, .none),
        ("capitalised variant of a common word", "persahabatan kuat", ["Persahabatan Kuat"], .term, nil, .none),
        ("a variant of other length is not composed", "prihatin", ["Hakim Prihatin"], .term, nil, .none),
        // `Meski PDI Perjuangan terdepan di dalam mengusulkan amandemen terbatas …` (held-out news).
        ("a party's established English", "PDI Perjuangan", ["PDIP"], .organization, "Indonesian Democratic Party of Struggle", .glossary),
        ("a party's short name", "Demokrat", [], .organization, "Democratic Party", .glossary),
        ("the customs office by its short name", "Bea Cukai", [], .organization, "Directorate General of Customs and Excise", .glossary),
        ("an initialism matches only in capitals", "psi", [], .term, nil, .none),
        ("an initialism in capitals", "PSI", [], .organization, "PSI", .glossary),
        ("a name only in capitals is no initialism of a surname", "Ma", [], .organization, "Ma", .name),
        ("general vocabulary", "dolar AS", [], .term, "US dollar", .composed),
        ("a phrase the lexicon lists", "serikat pekerja", [], .term, "labor union", .composed),
        ("a modifier the lexicon lists", "amandemen terbatas", [], .term, "limited amendment", .composed),
        ("a council of governors", "dewan gubernur", [], .term, "board of governors", .composed),
        ("the religion, not its adjective", "Islam", [], .term, "Islam", .composed),
        // `… kasus penyelundupan moge (motor gede) Harley-Davidson …`, `Volume perdagangan …` (held-out news).
        ("a colloquial blend", "moge", [], .term, "big motorbike", .acronym),
        ("its long form", "motor gede", [], .term, "big motorbike", .composed),
        ("a market phrase", "Volume perdagangan", [], .term, "trading volume", .composed),
        ("a stock-exchange sector", "sektor aneka industri", [], .term, "miscellaneous industry sector", .composed),
        // `… aksi protes di Hong Kong …`: CLDR's short name where its long one only adds a qualifier.
        ("a territory by its short name", "Hong Kong", [], .location, "Hong Kong", .glossary),
        ("a territory inside a phrase", "pemerintah Hong Kong", [], .organization, "Hong Kong government", .composed),
        ("a short form that is no part of the long name", "AS", [], .location, "United States", .glossary),
        // `Lokasi ledakan berada di Taman Pandang, Monas …`: a place no source translates is copied.
        ("a place name kept as written", "Taman Pandang", [], .location, "Taman Pandang", .name),
        ("a place of Indonesian word shape kept as written", "Kemayoran", [], .location, "Kemayoran", .name),
        ("an administrative division after its name kept as written", "Kecamatan Kebon Jeruk", [], .location, "Kebon Jeruk Subdistrict", .composed),
        ("a lowercase place phrase is no name", "kawasan pandang", [], .location, nil, .none),
        // `… di seberang Istana Merdeka, Jalan Medan Merdeka Utara …`: a street's name is not translated.
        ("a street name kept as written", "Jalan Medan Merdeka Utara", [], .location, "Jalan Medan Merdeka Utara", .name),
        ("a toll road is no street name", "Jalan Tol Cipali", [], .location, "Cipali Toll Road", .composed),
        // Established English of Indonesian offices, police and military units and state banks (terms.tsv).
        ("the capital's police by its short name", "Polda Metro Jaya", [], .organization, "Jakarta Police", .glossary),
        ("the capital's military commander", "Pangdam Jaya", [], .title, "Jakarta Military Commander", .glossary),
        ("a police agency by its blend", "Bareskrim", [], .organization, "Criminal Investigation Agency", .glossary),
        ("a directorate general by its short name", "Ditjen Imigrasi", [], .organization, "Directorate General of Immigration", .glossary),
        ("a ministry by its blend", "Kemenparekraf", [], .organization, "Ministry of Tourism and Creative Economy", .glossary),
        ("a foreign agency by its Indonesian name", "Pusat Pengendalian dan Pencegahan Penyakit", ["CDC"], .organization,
         "Centers for Disease Control and Prevention", .glossary),
        ("a state bank keeps its registered name", "Bank Rakyat Indonesia", ["BRI"], .organization, "Bank Rakyat Indonesia", .glossary),
    ]

    @Test(arguments: cases)
    func aligns(_ id: String, _ form: String, _ variants: [String], _ type: TermCategory, _ english: String?, _ via: AlignmentMethod) throws {
        let alignment = try Self.aligner.get().align(form: form, variants: variants, type: type)
        #expect(alignment.english == english, "\(id)")
        #expect(alignment.via == via, "\(id)")
        #expect((alignment.confidence == 0) == (english == nil), "\(id)")
        #expect(alignment.evidence.isEmpty == (english == nil), "\(id)")
    }

    @Test func noGlossaryKeepsAcronymsNamesAndComposition() throws {
        let aligner = try Self.noGlossary.get()
        #expect(aligner.align(form: "Korut", variants: [], type: .location).via == .acronym)
        #expect(aligner.align(form: "Korut", variants: [], type: .location).english == "North Korea")
        #expect(aligner.align(form: "Dewan Keamanan PBB", variants: [], type: .organization).via == .composed)
        #expect(aligner.align(form: "Dewan Keamanan PBB", variants: [], type: .organization).english == "UN Security Council")
        #expect(aligner.align(form: "Tiongkok", variants: [], type: .location).via == .name)
    }

    @Test func anUnknownAcronymPassesWithLowConfidence() throws {
        let alignment = try Self.aligner.get().align(form: "QXZ", variants: [], type: .organization)
        #expect(alignment.english == "QXZ")
        #expect(alignment.via == .name)
        #expect(alignment.confidence == 0.4)
        #expect(alignment.evidence.hasSuffix("(acronym not in the tables)"))
    }

    @Test func theUserGlossaryRanksFirst() throws {
        let user = Glossary(entries: [GlossaryEntry(terms: [Term("Korut", language: "id"), Term("DPRK", language: "en")], source: "mine.tsv")])
        let aligner = GlossaryAligner(library: try Shipped.library.get(), userGlossary: user, statistics: Shipped.statistics)
        let alignment = aligner.align(form: "Korea Utara", variants: ["Korut"], type: .location)
        #expect(alignment.english == "DPRK")
        #expect(alignment.evidence == "mine.tsv: Korut")
        #expect(alignment.confidence == 0.98)
    }

    @Test("a short form takes the glossary name its documents complete, and only then")
    func shortForms() throws {
        let aligner = try Self.aligner.get()
        let beside: (Set<String>) -> AlignmentContext = { names in
            AlignmentContext(isNamed: { remainder in names.contains { $0 == remainder || $0.hasPrefix(remainder + " ") } })
        }
        let party = aligner.align(form: "Partai Pekerja", variants: [], type: .organization, context: beside(["korea utara", "rusia"]))
        #expect(party.english == "Workers' Party of Korea")
        #expect(party.via == .glossary)
        #expect(party.confidence == 0.7)
        #expect(party.evidence.hasSuffix("(short form; the documents name korea)"))
        #expect(aligner.align(form: "Partai Pekerja", variants: [], type: .organization, context: beside(["rusia"])).english == "Workers' Party")
        #expect(aligner.align(form: "Partai Pekerja", variants: [], type: .organization).english == "Workers' Party")
        #expect(aligner.align(form: "Dewan Keamanan", variants: [], type: .organization, context: beside(["pbb"])).english == "UN Security Council")
        #expect(aligner.completionKeys(of: TermCandidate(key: "partai pekerja", form: "Partai Pekerja", type: .organization, score: 1, occurrences: [])) == ["korea"])
        #expect(aligner.completionKeys(of: TermCandidate(key: "partai pekerja", form: "Partai Pekerja", type: .term, score: 1, occurrences: [])).isEmpty)
    }

    @Test("a class noun goes before a brand and model only when the input has the class and brand as a product")
    func productModels() throws {
        let aligner = try Self.aligner.get()
        let products = AlignmentContext(productKeys: ["limusin aurus"])
        #expect(aligner.align(form: "limusin Aurus Senat", variants: [], type: .product, context: products).english == "Aurus Senat")
        #expect(aligner.align(form: "limusin Aurus Senat", variants: [], type: .product).english == "Aurus Senat limousine")
        #expect(aligner.align(form: "bus Trans Jogja", variants: [], type: .product, context: products).english == "Trans Jogja bus")
        #expect(aligner.align(form: "limusin Aurus", variants: [], type: .product, context: products).english == "Aurus limousine")
    }

    @Test func aCandidateAlignsThroughTheProtocol() throws {
        let candidate = TermCandidate(key: "korea selatan", form: "Korea Selatan", type: .location, score: 1,
                                      occurrences: [TermOccurrence(document: 0, range: 0..<13, surface: "Korea Selatan")])
        #expect(try Self.aligner.get().align(candidate).english == "South Korea")
    }

    @Test("a key is the casefolded text with single spaces, whatever the spacing and the script", arguments: [
        "Korea Utara", "Korea  Utara", " Korea", "Korea ", "", "  ", "ZÜRICH  Barat", "Zürich Barat", "e \u{301}x",
        "a\u{00A0}b", "Kim Jong-un", "São Tomé", "x \u{0600}y", "\u{0600} x", "A\u{00A0} B", "café baru", "kafé  baru", "é é", "Ա ա", "ŋ ɐ", "α β", "é\u{301} x",
    ])
    func key(_ text: String) throws {
        let expected = try Normalizer().key(text).split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
        #expect(GlossaryAligner.key(text) == expected)
    }
}
