@testable import Terminology
import Testing

/// Laws and constitutions in news: their year and number belong to their names.
@Suite("MentionFinder: a document's year and number belong to its name")
struct MentionFinderDocumentNumbersTests {
    @Test("an acronym of a document takes its year: sesuai UUD 1945 names the DOC UUD 1945; amandemen UUD 1945 stays a term")
    func constitutionYear() throws {
        let terms = try extract("Pemilu digelar sesuai UUD 1945 dan amandemen UUD 1945 ditolak .")
        let described = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "uud 1945"]?.type == .document, "\(described)")
        #expect(terms[key: "uud"] == nil, "\(described)")
        #expect(terms[key: "amandemen uud 1945"] != nil, "\(described)")
    }

    @Test("a year in two digits after an acronym is the whole year the document writes after it: UUD 45 is UUD 1945; UU 22 and USD 75 stay apart")
    func shortYear() throws {
        let terms = try extract("Mereka menolak amandemen UUD 1945 itu . PD menolak amandemen UUD 45 , UU 22 dan USD 75 .")
        let described = "\(terms.map { ($0.key, $0.variants.map(\.form)) })"
        #expect(terms[key: "uud 1945"]?.variants.map(\.form).contains("UUD 45") == true, "\(described)")
        #expect(terms[key: "amandemen uud 1945"]?.variants.map(\.form).contains("amandemen UUD 45") == true, "\(described)")
        #expect(terms[key: "uud 45"] == nil && terms[key: "uu 22"] == nil && terms[key: "usd 75"] == nil, "\(described)")
        // Without the whole year in the document, two digits are no year.
        let alone = try extract("PD menolak amandemen UUD 45 itu .")
        #expect(!alone.contains { $0.variants.contains { $0.form.contains("45") } }, "\(alone.map(\.key))")
    }

    @Test("a law's number and year: UU Nomor 6 Tahun 2014 tentang Desa, UU No 13 tahun 2003", arguments: [
        ("Dana itu diatur dalam UU Nomor 6 Tahun 2014 tentang Desa yang disahkan DPR .", "uu nomor 6 tahun 2014 tentang desa"),
        ("Pesangon buruh dihitung menurut UU No 13 tahun 2003 , kata dia .", "uu no 13 tahun 2003"),
        ("Tarif itu ditetapkan lewat Peraturan Menteri ESDM Nomor 11 Tahun 2019 pekan lalu .", "peraturan menteri esdm nomor 11 tahun 2019"),
    ])
    func lawNumbers(text: String, name: String) throws {
        let terms = try extract(text)
        #expect(terms[key: name]?.type == .document, "\(terms.map { ($0.key, $0.type) })")
    }

    @Test("no year or count after a name that is no document: pemilu AS 2019, Jakarta 2024, PBB 3 kali, UU 2 kali")
    func notDocuments() throws {
        let text = "Hasil pemilu AS 2019 diumumkan . Acara Jakarta 2024 digelar meriah . "
            + "Dewan itu bersidang di PBB 3 kali . Revisi UU 2 kali ditolak DPR ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(!keys.contains("as 2019") && !keys.contains("jakarta 2024"), "\(keys)")
        #expect(!keys.contains { $0.hasPrefix("pbb 3") || $0.hasPrefix("uu 2") }, "\(keys)")
        #expect(keys.contains("pbb") && keys.contains("uu"), "\(keys)")
    }
}
