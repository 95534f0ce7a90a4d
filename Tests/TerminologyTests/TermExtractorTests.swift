import Foundation
import Segmentation
import Terminology
import TestSupport
import Testing

/// The shipped lexicon and frequencies, loaded once.
let statistics: WordStatistics = {
    (try? WordStatistics(glossary: Repository.root.appendingPathComponent("glossary"))) ?? WordStatistics()
}()

/// Extracts terms from texts given as (id, text) pairs.
func extract(_ texts: [(String, String)], places: Set<String> = [], options: TermExtractor.Options = .init()) throws -> [TermCandidate] {
    let segmenter = try Segmenter()
    let documents = try texts.map { try segmenter.document(SourceText(id: $0.0, text: $0.1)) }
    return try TermExtractor(options: options, statistics: statistics, places: places.isEmpty ? countries : places).candidates(in: documents)
}

/// A few CLDR country names in Indonesian, as the CLI passes them.
let countries: Set<String> = ["rusia", "korea utara", "korea selatan", "amerika serikat", "tiongkok", "selandia baru", "jepang"]

func extract(_ text: String) throws -> [TermCandidate] { try extract([("t.txt", text)], places: countries) }

extension Array where Element == TermCandidate {
    subscript(key key: String) -> TermCandidate? { first { $0.key == key } }
}

@Suite("TermExtractor: names, titles and terms")
struct TermExtractorTests {
    @Test("the shipped statistics load")
    func statisticsLoad() {
        #expect(statistics.tags.count > 15_000)
        #expect(statistics.zipf.count > 30_000)
        #expect(statistics.tags["kedaulatan"] == "NN")
    }

    @Test("a title is split from the person it introduces; the titled mention is a form of the person")
    func titleAndPerson() throws {
        let terms = try extract("Presiden Rusia Vladimir Putin tiba. Kata Vladimir Putin, kunjungan itu penting.")
        let putin = try #require(terms[key: "vladimir putin"])
        #expect(putin.type == .person)
        #expect(Set(putin.variants.map(\.form)) == ["Presiden Rusia Vladimir Putin", "Vladimir Putin"])
        #expect(putin.form == "Vladimir Putin")
        #expect(terms[key: "presiden rusia"]?.type == .title)
    }

    @Test("titles with pre-heads, complements and modifiers", arguments: [
        ("Ia bertemu Wakil Perdana Menteri Pertama Denis Manturov kemarin.", "wakil perdana menteri pertama", "denis manturov"),
        ("Ia bertemu kepala Roscosmos Yury Borisov kemarin.", "kepala roscosmos", "yury borisov"),
        ("Ia bertemu Gubernur Primorye Oleg Kozhemyako kemarin.", "gubernur primorye", "oleg kozhemyako"),
        ("Ia bertemu Sekretaris Jenderal NATO Jens Stoltenberg kemarin.", "sekretaris jenderal nato", "jens stoltenberg"),
        ("Ia bertemu Ketua Umum Partai Demokrat Susilo Bambang Yudhoyono kemarin.", "ketua umum partai demokrat", "susilo bambang yudhoyono"),
    ])
    func titles(text: String, title: String, person: String) throws {
        let terms = try extract(text)
        #expect(terms[key: title]?.type == .title)
        #expect(terms[key: person]?.type == .person)
    }

    @Test("a lowercase title with a clitic keeps its surface and drops -nya from its key")
    func lowercaseTitle() throws {
        let terms = try extract("Penasihat kebijakan luar negerinya, Yuri Ushakov, hadir. Pimpinan tertingginya Kim Jong Un tiba.")
        let adviser = try #require(terms[key: "penasihat kebijakan luar negeri"])
        #expect(adviser.variants.map(\.form) == ["Penasihat kebijakan luar negerinya"])
        #expect(adviser.form == "Penasihat kebijakan luar negeri")
        #expect(terms[key: "pimpinan tertinggi"]?.type == .title)
        #expect(terms[key: "kim jong un"]?.variants.map(\.form) == ["Pimpinan tertingginya Kim Jong Un"])
    }

    @Test("document names take connectors and years", arguments: [
        "Perjanjian Persahabatan dan Saling Membantu tahun 1961",
        "Deklarasi Moskow-Pyongyang tahun 2000 dan 2001",
        "Perjanjian Persahabatan dan Kerjasama Tetangga yang Baik tahun 2000",
    ])
    func documentNames(name: String) throws {
        let terms = try extract("Kedua negara mengganti \(name) kemarin.")
        let term = try #require(terms[key: name.lowercased()])
        #expect(term.type == .document)
        #expect(term.form == name)
    }

    @Test("connectors never join two plain names: Rusia dan Korea Utara are two")
    func noConnectorBetweenNames() throws {
        let terms = try extract("Hubungan antara Rusia dan Korea Utara membaik, kata pejabat Rusia dan Korea Utara.")
        #expect(terms[key: "rusia"] != nil)
        #expect(terms[key: "korea utara"] != nil)
        #expect(terms[key: "rusia dan korea utara"] == nil)
    }

    @Test("a pair of names joined by a hyphen is split; reduplication is not")
    func hyphenPairs() throws {
        let terms = try extract("Kerja sama Korut-Rusia menguat. Perserikatan Bangsa-Bangsa mengecam Korut dan Rusia.")
        #expect(terms[key: "korut"]?.count == 2)
        #expect(terms[key: "rusia"]?.count == 2)
        #expect(terms[key: "perserikatan bangsa-bangsa"] != nil)
    }

    @Test("common-noun terms: bounded, -nya stripped, judgement adjectives and light nouns left out")
    func commonTerms() throws {
        let terms = try extract("""
            Korut menjalani sanksi ekonomi berat. Sanksi ekonomi itu keras. Ia memperluas program nuklirnya.
            Program nuklir itu mahal. Mereka membahas kerja sama di bidang pariwisata.
            """)
        #expect(terms[key: "sanksi ekonomi"]?.type == .term)
        #expect(terms[key: "sanksi ekonomi berat"] == nil)
        let program = try #require(terms[key: "program nuklir"])
        #expect(Set(program.variants.map(\.form)) == ["program nuklirnya", "Program nuklir"])
        #expect(program.form == "program nuklir")
        #expect(terms[key: "bidang pariwisata"] == nil)
    }

    @Test("a single word rare in general Indonesian, part of a longer term and repeated in one document, is a term on two occurrences")
    func specificSingleWords() throws {
        // `purwarupa` (Zipf 3.16): once inside `purwarupa ponsel lipat`, once on its own, in one document.
        let terms = try extract("Oppo memamerkan purwarupa ponsel lipat. Purwarupa itu belum dijual.")
        #expect(terms[key: "purwarupa ponsel lipat"]?.type == .term)
        #expect(terms[key: "purwarupa"]?.type == .term)
        #expect(terms[key: "purwarupa"]?.count == 2)
        // The same two occurrences in two documents: no repetition, no term.
        let apart = try extract([("a.txt", "Oppo memamerkan purwarupa ponsel lipat."), ("b.txt", "Purwarupa itu belum dijual.")])
        #expect(apart[key: "purwarupa ponsel lipat"] != nil)
        #expect(apart[key: "purwarupa"] == nil)
        // A commoner word (`tender`, Zipf 3.65) needs more, and so does a rare word never part of a term.
        let common = try extract("PT Karya menjadi pemenang tender itu. Panitia membatalkan tender kemarin.")
        #expect(common[key: "pemenang tender"] != nil)
        #expect(common[key: "tender"] == nil)
        let alone = try extract("Ia membantah tudingan itu. Menurut dia, tudingan tersebut keliru.")
        #expect(alone[key: "tudingan"] == nil)
    }

    @Test("an adjective of judgement or fit ends no term: langkah nyata, dampak negatif, kuliner khas")
    func judgementAdjectives() throws {
        let terms = try extract("""
            Pemerintah mengambil langkah nyata. Kebijakan itu berdampak negatif dan punya dampak negatif.
            Wisatawan mencoba kuliner khas daerah. Kuliner khas itu laris. Koki menyajikan saus pesto nan hijau.
            """)
        // `nan` is the literary `yang`: a stop word.
        #expect(terms[key: "saus pesto nan hijau"] == nil)
        #expect(terms[key: "langkah nyata"] == nil)
        #expect(terms[key: "dampak negatif"] == nil)
        #expect(terms[key: "kuliner khas"] == nil)
    }

    @Test("a superlative of rank names a body or office (lembaga tertinggi) and ends other terms (harga tertinggi)")
    func rankSuperlatives() throws {
        let terms = try extract("MPR pernah menjadi lembaga tertinggi dan kini tidak. Saham itu mencapai harga tertinggi.")
        #expect(terms[key: "lembaga tertinggi"]?.type == .term)
        #expect(terms[key: "harga tertinggi"] == nil)
    }

    @Test("an acronym that opens a longer name is no possessor of the noun before it")
    func acronymOpeningAName() throws {
        let terms = try extract("Kementerian mengkaji pembubaran cucu PT Garuda Indonesia. Korut menghadapi sanksi PBB.")
        #expect(terms[key: "cucu pt"] == nil)
        #expect(terms[key: "pt garuda indonesia"] != nil)
        #expect(terms[key: "sanksi pbb"]?.type == .term)
    }

    @Test("a nested term is counted inside longer terms when it also stands alone, else dropped")
    func nesting() throws {
        let terms = try extract("Korut menembakkan rudal balistik. Rudal balistik itu jatuh. Korut punya banyak rudal. Rudal itu baru. Rudal lain menyusul.")
        let missile = try #require(terms[key: "rudal"])
        #expect(missile.occurrences.filter(\.isNested).count == 2)
        #expect(terms[key: "balistik"] == nil)
    }

    @Test("a headline in Title Case yields names only with evidence")
    func headline() throws {
        let terms = try extract("Putin Bertemu Kim Jong Un, Dukung Korut Lawan AS\nPutin bertemu Kim Jong Un dan mendukung Korut melawan AS.")
        #expect(terms[key: "putin"] != nil)
        #expect(terms[key: "kim jong un"] != nil)
        #expect(terms[key: "putin bertemu kim jong un"] == nil)
        #expect(terms.allSatisfy { !$0.key.contains("bertemu") && !$0.key.contains("lawan") })
    }

    @Test("a name always capitalized does not count the lowercase common word inside common terms")
    func nestedCase() throws {
        let terms = try extract("Direksi Gapura Angkasa menolak. Kata Budi, Gapura Angkasa rugi. Mitra itu, Angkasa, kini bangkrut.\n"
            + "Roket itu terbang ke luar angkasa. Ruang angkasa luas. Teknologi luar angkasa maju.")
        let name = try #require(terms[key: "angkasa"])
        #expect(name.type != .term)
        #expect(name.variants.allSatisfy { $0.form == "Angkasa" }, "\(name.variants)")
        #expect(name.count == 3)
    }

    @Test("a name also written as a common word keeps only its capitalized occurrences; a name misspelt in lowercase keeps them")
    func nameAlsoCommon() throws {
        let terms = try extract("Warga Malang memadati alun-alun. Di Malang, hujan turun sejak pagi. Wali Kota Malang meninjau banjir di Malang. "
            + "Hasil pemeriksaan menyatakan bahwa bayi malang itu menderita demam. Rachmat sudah lama malang melintang di dunia musik. "
            + "Banjir di Jakarta surut. Warga Jakarta lega. Gubernur Jakarta datang. Kemacetan di jakarta berkurang.")
        let malang = try #require(terms[key: "malang"])
        #expect(malang.type == .location)
        #expect(malang.variants.map(\.form) == ["Malang"], "\(malang.variants)")
        #expect(malang.count == 4)
        let jakarta = try #require(terms[key: "jakarta"])
        #expect(jakarta.variants.map(\.form).contains("jakarta"), "\(jakarta.variants)")
    }

    @Test("cue words type names", arguments: [
        ("Pejabat Kementerian Pertahanan hadir.", "kementerian pertahanan", TermCategory.organization),
        ("Ia mengenang Perang Dunia Kedua di sana.", "perang dunia kedua", .event),
        ("Pesawat mendarat di Bandara Soekarno-Hatta pagi ini.", "bandara soekarno-hatta", .location),
        ("Ia tiba di bandara Pyongyang pagi ini.", "bandara pyongyang", .location),
        ("Pertemuan itu membahas Resolusi Dewan Keamanan tadi.", "resolusi dewan keamanan", .document),
        ("Kedua menteri menandatangani “perjanjian perdagangan bebas” kemarin.", "perjanjian perdagangan bebas", .document),
        ("Kedua menteri membahas perjanjian perdagangan bebas kemarin.", "perjanjian perdagangan bebas", .term),
        ("Ia menyebut “kerja sama ekonomi” itu penting.", "kerja sama ekonomi", .term),
        ("Ketua Fraksi Golkar hadir. Rapat di Golkar berlangsung lama.", "golkar", .organization),
        ("Banjir melanda Jakarta Pusat kemarin. Warga di Jakarta mengungsi.", "jakarta pusat", .location),
        ("Banyak ibu hamil datang ke puskesmas.", "ibu hamil", .term),
        ("Foto itu diunggah di Instagram. Akun Instagram miliknya ramai, kata akun Instagram resmi itu.", "instagram", .organization),
        ("Jepang menjadi tuan rumah, kata dia.", "tuan rumah", .term),
        ("Rapat pleno digelar di PPP kemarin. PPP menyatakan dukungannya pada calon itu.", "ppp", .organization),
        ("Kader PDI Perjuangan berkumpul di Jakarta. PDI Perjuangan menyatakan dukungan itu.", "pdi perjuangan", .organization),
        ("Banjir besar melanda Hawkesbury River pekan lalu.", "hawkesbury river", .location),
        ("Pesawat itu terbang dari Los Angeles pagi ini.", "los angeles", .location),
        ("Pesawat itu terbang dari Hawkesbury Jones pagi ini.", "hawkesbury jones", .person),
        ("Banjir merendam Pamulang Timur pekan lalu.", "pamulang timur", .location),
        ("Grup musik The Killers tampil semalam.", "the killers", .organization),
    ])
    func cueTypes(text: String, key: String, type: TermCategory) throws {
        #expect(try extract(text)[key: key]?.type == type)
    }

    @Test("a blend the termbase expands to a common noun phrase makes a name no person's")
    func blendNoPerson() throws {
        let document = try Segmenter().document(SourceText(id: "t.txt", text: "Ketua panitia Munas Golkar tiba. Peserta Munas Golkar datang dari Bali."))
        var extractor = TermExtractor(statistics: statistics, places: countries)
        #expect(try extractor.candidates(in: [document])[key: "munas golkar"]?.type == .person)
        extractor.knownCategories = ["munas": .term]
        #expect(try extractor.candidates(in: [document])[key: "munas golkar"]?.type == .organization)
    }

    @Test("a word before a comma and a place is a place, unless a person's short name")
    func placeBeforeComma() throws {
        let place = try extract("Rumah itu berdiri di Jalan Pegangsaan, Cikini, Jakarta. Warga di Jakarta mengenangnya.")
        #expect(place[key: "cikini"]?.type == .location)
        let person = try extract("Pelatih Jose Mourinho datang. Kemarin Mourinho, Arsenal, dan klub lain bertemu di Arsenal.")
        let short = try #require(person[key: "mourinho"])
        #expect(short.type != .location)
    }

    @Test("every occurrence's offsets slice its surface out of the seed text")
    func seedOffsets() throws {
        let texts = try Repository.seedPaths().map { ("seeds/" + $0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
        let terms = try extract(texts)
        #expect(terms.count > 120)
        let scalars = texts.map { Array($0.1.unicodeScalars) }
        for term in terms {
            for occurrence in term.occurrences {
                #expect(String(String.UnicodeScalarView(scalars[occurrence.document][occurrence.range])) == occurrence.surface)
            }
        }
    }

    @Test("options: --top keeps the best, --min-count drops rare terms")
    func options() throws {
        let text = "Korut dan Korsel berunding. Korut menolak. Rusia mendukung Korut."
        var options = TermExtractor.Options()
        options.top = 1
        #expect(try extract([("t.txt", text)], options: options).map(\.key) == ["korut"])
        options.top = nil
        options.minimumCount = 2
        #expect(try extract([("t.txt", text)], options: options).map(\.key) == ["korut"])
    }

    @Test("the same input gives the same candidates in the same order")
    func deterministic() throws {
        let texts = try Repository.seedPaths().map { ("seeds/" + $0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
        #expect(try extract(texts) == extract(texts))
    }

    @Test("a closed compound inside a longer name counts for the open compound")
    func closedCompoundNested() throws {
        let terms = try extract("Kedua negara memperkuat kerja sama militer. Kerja sama ekonomi juga dibahas. Kerja sama itu dimulai dengan Perjanjian Persahabatan dan Kerjasama Tetangga tahun 2000.")
        let cooperation = try #require(terms[key: "kerja sama"])
        #expect(cooperation.occurrences.contains { $0.surface == "Kerjasama" && $0.isNested })
    }

    @Test("a verb before an acronym joins the term its synonym makes, only where that term is written")
    func synonymBeforeAcronym() throws {
        let terms = try extract("Rusia mengecam sanksi yang dipimpin AS. Moskow menolak upaya pimpinan AS itu. Rencana itu didukung PBB.")
        let led = try #require(terms[key: "pimpinan as"])
        #expect(Set(led.variants.map(\.form)) == ["pimpinan AS", "dipimpin AS"])
        #expect(!terms.contains { $0.variants.contains { $0.form == "didukung PBB" } })
    }
}

@Suite("TermExtractor: verbs and adverbs are not names or terms")
struct TermExtractorMorphologyTests {
    @Test("a capitalized verb starts no name, at a sentence start or inside one")
    func verbs() throws {
        let terms = try extract("Melansir Cosmopolitan, gaun itu mahal. Ia berkata positif Melansir Elle kemarin.")
        #expect(terms.allSatisfy { !$0.key.hasPrefix("melansir") })
        #expect(terms[key: "elle"] != nil)
    }

    @Test("se-…-nya adverbs keep their ending; a noun's clitic is dropped", arguments: [
        ("Sebenarnya program nuklirnya mahal. Setidaknya program nuklir itu jalan.", "program nuklir", true),
        ("Sebenarnya program nuklirnya mahal. Setidaknya program nuklir itu jalan.", "sebenar", false),
        ("Sebenarnya program nuklirnya mahal. Setidaknya program nuklir itu jalan.", "setidak", false),
    ])
    func clitics(text: String, key: String, present: Bool) throws {
        #expect((try extract(text)[key: key] != nil) == present)
    }

    @Test("di- starts a passive verb only before a known stem: diplomatik is a modifier")
    func diPrefix() throws {
        let terms = try extract("Mereka membahas hubungan diplomatik. Hubungan diplomatik itu dikendalikan Barat.")
        #expect(terms[key: "hubungan diplomatik"]?.count == 2)
        #expect(terms.allSatisfy { !$0.key.contains("dikendalikan") })
    }
}

@Suite("TermExtractor: relational titles")
struct RelationalTitleTests {
    @Test("after a relational title with modifiers comes its principal, not its holder")
    func principal() throws {
        let terms = try extract("Interfax mengutip penasihat kebijakan luar negeri Putin, Yuri Ushakov, kemarin. Putin diam.")
        #expect(terms[key: "penasihat kebijakan luar negeri"]?.type == .title)
        #expect(terms[key: "putin"]?.variants.map(\.form) == ["Putin"])
        #expect(terms[key: "yuri ushakov"] != nil)
    }
}

@Suite("TermExtractor: stray capitals")
struct StrayCapitalTests {
    @Test("a capitalized common noun starting a known two-word cue is no name; a lone byline head names no one")
    func strays() throws {
        let terms = try extract("Bahkan Kantor berita itu menyebut kunjungan. Kantor berita lain diam.\nSopiyan\nReporter")
        #expect(terms[key: "kantor"] == nil)
        #expect(terms[key: "reporter"] == nil)
        #expect(terms[key: "kantor berita"] != nil)
    }

    @Test("a common word never comes back as a term through its reduplicated spelling")
    func commonWordThroughReduplication() throws {
        let texts = (0..<4).map { ("d\($0).txt", "Banyak orang datang. Orang-orang itu membawa barang. Hal-hal kecil penting bagi orang-orang di desa. Rudal balistik diluncurkan.") }
        let segmenter = try Segmenter()
        let extractor = TermExtractor(statistics: statistics, places: countries)
        let prepared = try texts.enumerated().map { try extractor.prepare(segmenter.document(SourceText(id: $0.element.0, text: $0.element.1)), index: $0.offset) }
        let terms = try extractor.candidates(in: prepared, clusteredBy: clusterer)
        #expect(terms[key: "orang"] == nil)
        #expect(terms[key: "orang-orang"] == nil)
        #expect(terms[key: "hal-hal"] == nil)
        #expect(terms[key: "rudal balistik"] != nil)
    }
}
