import Segmentation
@testable import Terminology
import Testing

/// The furniture of scraped online news: datelines and credit lines.
@Suite("NewsLayout: datelines and credit lines")
struct NewsLayoutTests {
    @Test("a dateline's place in capitals is one place, also where the headline names it: NEW YORK")
    func datelinePlaceInCapitals() throws {
        let terms = try extract("""
            Menlu Retno Bahas Gencatan Senjata Gaza dengan Sekjen PBB di New York

            TRIBUNNEWS.COM, NEW YORK - Menteri Luar Negeri Retno Marsudi bertemu Antonio Guterres di Markas Besar PBB, New York, Amerika Serikat, Selasa (24/10/2023).
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "new york"]?.type == .location, "\(listed)")
        #expect(terms[key: "new"] == nil && terms[key: "york"] == nil, "\(listed)")
        #expect(terms[key: "tribunnews.com"]?.type == .organization, "\(listed)")
    }

    @Test("a place before the outlet is a place, never an organisation: Jakarta, CNN Indonesia --; Jakarta -")
    func datelinePlaceBeforeOutlet() throws {
        let cnn = try extract("Jakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi (KPK) menahan seorang tersangka di Jakarta.")
        #expect(cnn[key: "jakarta"]?.type == .location, "\(cnn.map { ($0.key, $0.type) })")
        #expect(cnn[key: "cnn indonesia"]?.type == .organization, "\(cnn.map { ($0.key, $0.type) })")
        let bare = try extract("Jakarta - Presiden Prabowo Subianto melantik para menteri di Istana Negara, Jakarta.")
        #expect(bare[key: "jakarta"]?.type == .location, "\(bare.map { ($0.key, $0.type) })")
    }

    @Test("no dateline in running text: a name and a dash without an outlet")
    func noDatelineInRunningText() throws {
        let units = try sentenceUnits("Retno Marsudi, Menteri Luar Negeri - yang baru tiba - mengatakan hal itu.")
        #expect(NewsLayout.dateline(units) == nil)
        let outletOnly = try sentenceUnits("IDNtribune.com - Vladimir Putin tiba di Pyongyang.")
        #expect(NewsLayout.dateline(outletOnly) == nil)
        let dateline = try sentenceUnits("KARAWANG, ANTARA - Wakil Presiden meresmikan pabrik baterai.")
        #expect(NewsLayout.dateline(dateline) == NewsLayout.Dateline(place: 0..<1, outlet: 2..<3, textStart: 4))
    }

    @Test("a credit line names a person, the whole line after the label: Editor: Sanusi, Penulis: Rina Ayu Panca Rini")
    func creditLines() throws {
        let terms = try extract("""
            Banjir merendam ribuan rumah di Kota Semarang.

            Penulis: Rina Ayu Panca Rini
            Editor: Sanusi
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "rina ayu panca rini"]?.type == .person, "\(listed)")
        #expect(terms[key: "sanusi"]?.type == .person, "\(listed)")
        #expect(terms[key: "rina"] == nil && terms[key: "editor"] == nil, "\(listed)")
        let byline = try extract("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda\n\nRetno bertemu Guterres di New York.")
        #expect(byline[key: "tribunnews.com"]?.type == .organization, "\(byline.map { ($0.key, $0.type) })")
        #expect(byline[key: "fransiskus adhiyuda"]?.type == .person, "\(byline.map { ($0.key, $0.type) })")
        let report = try sentenceUnits("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda")
        #expect(NewsLayout.creditName(report) == 4..<6)
    }

    @Test("no credit line in running text: a label word before a clause")
    func noCreditInRunningText() throws {
        #expect(try NewsLayout.creditName(sentenceUnits("Penulis buku itu, Ahmad Tohari, hadir di Jakarta.")) == nil)
        #expect(try NewsLayout.creditName(sentenceUnits("Editor: laporan itu belum terbit")) == nil)
        #expect(try NewsLayout.creditName(sentenceUnits("Laporan keuangan, kata Sri Mulyani, sudah diaudit.")) == nil)
    }
}

/// An extractor that lives as long as the tests: units point into its word facts.
private let layoutExtractor = TermExtractor(statistics: statistics, places: countries)

/// The units of the first sentence of `text`, as the extractor makes them.
func sentenceUnits(_ text: String) throws -> [Unit] {
    let extractor = layoutExtractor
    let document = try Segmenter().document(SourceText(id: "t.txt", text: text))
    let prepared = extractor.prepare(document, index: 0)
    return Array(prepared.units.all[prepared.units.sentenceRanges.first(where: { _ in true })!])
}

/// Headlines write verbs as bare stems in Title Case.
@Suite("MentionFinder: a headline's verb is no name")
struct HeadlineVerbTests {
    @Test("a bare verb stem in a headline or a `Baca juga:` line joins no name: Gempur, Tinjau, Sita, Lantik")
    func headlineVerbs() throws {
        let terms = try extract("""
            Presiden Prabowo Lantik Menteri Kabinet di Istana Negara

            Presiden Prabowo Subianto melantik para menteri di Istana Negara, Jakarta, Senin.

            Baca juga: Israel Gempur Rafah, Ratusan Warga Palestina Mengungsi

            Baca juga: Kejagung Sita Aset Tersangka Kasus Timah

            Kejaksaan Agung (Kejagung) menyita aset itu, kata Prabowo.
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "gempur rafah"] == nil && terms[key: "prabowo lantik"] == nil && terms[key: "kejagung sita"] == nil, "\(listed)")
        #expect(terms[key: "prabowo subianto"]?.type == .person, "\(listed)")
        #expect(MentionFinder.activeForm(of: "tinjau") == "meninjau" && MentionFinder.activeForm(of: "sita") == "menyita"
            && MentionFinder.activeForm(of: "gempur") == "menggempur" && MentionFinder.activeForm(of: "pukul") == "memukul")
    }

    @Test("a name at a sentence start whose meN- form is a pronoun, a noun or no verb stays a name: Reka, Maki")
    func namesThatLookLikeStems() throws {
        let terms = try extract("Maki Horikita tampil di Tokyo pekan lalu. Reka Vocalia juga hadir bersama Maki Horikita.")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "maki horikita"]?.type == .person, "\(listed)")
        #expect(terms[key: "reka vocalia"] != nil, "\(listed)")
    }
}

/// A word that begins a longer place name is a first name where that place does not follow.
@Suite("MentionFinder: the first word of an absent place in a holder's name")
struct AbsentPlaceWordTests {
    @Test("Sri of Sri Lanka opens a holder's name where Lanka does not follow, and stays the place's where it does")
    func sriIsAFirstName() throws {
        let places = countries.union(["sri lanka"])
        let terms = try extract([("t.txt", """
            Menteri Keuangan Sri Mulyani Indrawati mengatakan penerimaan pajak naik. \
            Presiden Sri Lanka Ranil Wickremesinghe bertemu Sri Mulyani di Jakarta.
            """)], places: places)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "sri mulyani indrawati"]?.type == .person, "\(listed)")
        #expect(terms[key: "menteri keuangan"]?.type == .title && terms[key: "menteri keuangan sri"] == nil, "\(listed)")
        #expect(terms[key: "mulyani indrawati"] == nil, "\(listed)")
        #expect(terms[key: "ranil wickremesinghe"]?.type == .person, "\(listed)")
        #expect(terms[key: "presiden sri lanka"]?.type == .title, "\(listed)")
    }

    @Test("Sri stays a first name after a title when another document writes di Sri Lanka, and Sulawesi a place")
    func sriAfterAPlacePreposition() throws {
        let places = countries.union(["sri lanka", "sulawesi selatan"])
        let terms = try extract([("a.txt", """
            Menteri Keuangan Sri Mulyani Indrawati mengatakan penerimaan pajak naik.
            """), ("b.txt", """
            Sedangkan di Sri Lanka, sengatan tawon itu mematikan. Ia tinggal di Sulawesi Selatan.
            """)], places: places)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "sri mulyani indrawati"]?.type == .person, "\(listed)")
        #expect(terms[key: "mulyani indrawati"] == nil && terms[key: "menteri keuangan sri"] == nil, "\(listed)")
    }
}

/// An office's short form in parentheses between the office and its holder.
@Suite("MentionFinder: a holder after an office's short form")
struct HolderAfterShortFormTests {
    @Test("the holder after `(Menlu)` is a person, a country acronym before it a name of its own")
    func holderAfterShortForm() throws {
        let terms = try extract("""
            Menteri Luar Negeri (Menlu) Sugiono menggantikan Retno Marsudi. \
            Menteri Luar Negeri (Menlu) RI Retno Marsudi bertemu Antonio Guterres di New York.
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "sugiono"]?.type == .person, "\(listed)")
        #expect(terms[key: "retno marsudi"]?.type == .person, "\(listed)")
        #expect(terms[key: "ri retno marsudi"] == nil, "\(listed)")
    }

    @Test("no holder where the person's own short form is in parentheses: Presiden Joko Widodo (Jokowi) Senin")
    func personShortForm() throws {
        let terms = try extract("Presiden Joko Widodo (Jokowi) Senin mengatakan Badan Pusat Statistik (BPS) Jakarta mencatat inflasi.")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "joko widodo"]?.type == .person, "\(listed)")
        #expect(terms[key: "jakarta"]?.type != .person, "\(listed)")
    }
}

/// The pieces a name rule cuts a defined long form into.
@Suite("MentionFinder: pieces of a defined long form")
struct DefinedLongFormPieceTests {
    @Test("pieces cut at `dan` or at a title head inside a defined long form are dropped: Anggaran Pendapatan, Rapat Dewan")
    func piecesDropped() throws {
        let terms = try extract("""
            Kementerian Keuangan melaporkan defisit Anggaran Pendapatan dan Belanja Negara (APBN) masih terjaga. \
            Bank Indonesia mempertahankan suku bunga dalam Rapat Dewan Gubernur (RDG) pekan ini.
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "anggaran pendapatan dan belanja negara"] != nil, "\(listed)")
        #expect(terms[key: "anggaran pendapatan"] == nil && terms[key: "belanja negara"] == nil, "\(listed)")
        #expect(terms[key: "rapat dewan gubernur"] != nil && terms[key: "rapat dewan"] == nil, "\(listed)")
    }

    @Test("a name inside a long form that is no cut piece stays: PBB, Palestina of Badan PBB untuk Pengungsi Palestina (UNRWA)")
    func innerNamesKept() throws {
        let terms = try extract("""
            Badan PBB untuk Pengungsi Palestina (UNRWA) melaporkan ribuan orang mengungsi. \
            Warga Palestina menunggu bantuan PBB.
            """)
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "pbb"] != nil || terms.contains { $0.variants.contains { $0.form == "PBB" } }, "\(listed)")
        #expect(terms[key: "palestina"] != nil, "\(listed)")
    }
}

extension HolderAfterShortFormTests {
    @Test("no holder where a number follows the words after the short form: (KAI) Daop 4 Semarang")
    func noHolderBeforeNumber() throws {
        let terms = try extract("Kepala Humas PT Kereta Api Indonesia (KAI) Daop 4 Semarang Ixfan Hendriwintoko mengatakan perjalanan kereta dialihkan.")
        #expect(terms[key: "daop"]?.type != .person, "\(terms.map { ($0.key, $0.type) })")
    }
}
