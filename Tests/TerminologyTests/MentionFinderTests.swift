@testable import Terminology
import Testing

/// Name rules measured on news that is not ours (idner-news-2k style sentences, retyped here).
@Suite("MentionFinder: name boundaries on Indonesian news")
struct MentionFinderTests {
    @Test("honorifics without a full stop, ranks and occupations introduce a person", arguments: [
        ("Penghargaan diberikan oleh Prof Bambang Hidayat di Bandung.", "bambang hidayat"),
        ("Pesawat itu membawa Ibu Negara Ny Ani Yudhoyono ke Halim.", "ani yudhoyono"),
        ("Jokowi mengusulkan nama baru , yakni Komjen Badrodin Haiti kemarin.", "badrodin haiti"),
        ("Ilmuwan NASA William Stefanov menyebut gambar itu penting.", "william stefanov"),
        ("Wasekjen PDI-P Ahmad Basarah sebelumnya mengatakan hal itu.", "ahmad basarah"),
    ])
    func honorificsAndRanks(text: String, person: String) throws {
        let terms = try extract(text)
        #expect(terms[key: person]?.type == .person, "\(terms.map(\.key))")
    }

    @Test("a derived common word at a sentence start is no name", arguments: [
        "Anggapan itu sebenarnya tidak serta merta benar .",
        "Lobi-lobi akan kami jalankan , ujarnya .",
        "Pengubahan hidrokarbon cair itu menghasilkan bahan bakar .",
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
    }

    @Test("a cue word alone names nothing: anggota Dewan, Departemen ini")
    func loneCueWord() throws {
        let terms = try extract("Pelanggaran empat anggota Dewan ini ringan . Kata dia , Departemen ini bermasalah .")
        #expect(terms[key: "dewan"] == nil && terms[key: "departemen"] == nil, "\(terms.map(\.key))")
    }

    @Test("morphology: affixed forms of common stems are derived, names are not", arguments: [
        ("kelautan", true), ("perikanan", true), ("pemasaran", true), ("anggapan", true), ("pembom", true),
        ("oman", false), ("sudan", false), ("setiawan", false), ("perdana", false), ("jakarta", false),
    ])
    func derivation(word: String, derived: Bool) {
        #expect(MentionFinder.isDerivedCommonWord(word, surface: word, tables: LanguageTables(), statistics: statistics) == derived)
    }
}
