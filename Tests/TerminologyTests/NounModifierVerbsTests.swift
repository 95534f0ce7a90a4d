@testable import Terminology
import Testing

/// Verb stems learned as noun modifiers (``NounModifierVerbs``), on sentences of Indonesian news.
@Suite("NounModifierVerbs: verb stems that modify the noun before them")
struct NounModifierVerbsTests {
    @Test("a learned verb stem or ber- word modifies the noun before it: perang dagang, sepeda lipat, kendaraan bermotor, kawasan berikat")
    func stemsModifyNouns() throws {
        let keys = try modifierKeys("Pasar saham turun karena perang dagang berlanjut . Sisanya merupakan sepeda lipat merek Brompton . Setiap kendaraan bermotor harus punya izin . Hanggar itu merupakan kawasan berikat yang ketat . ")
        #expect(keys.isSuperset(of: ["perang dagang", "sepeda lipat", "kendaraan bermotor", "kawasan berikat"]), "\(keys.sorted())")
    }

    @Test("the stem closes the phrase: mobil balap legendaris is mobil balap")
    func stemEndsThePhrase() throws {
        let keys = try modifierKeys("Ia memamerkan mobil balap legendaris miliknya . ")
        #expect(keys.contains("mobil balap") && !keys.contains("mobil balap legendaris"), "\(keys.sorted())")
    }

    @Test("a verb that is no learned modifier stays a predicate: harga naik, warga menolak, barang masuk")
    func predicatesStayOut() throws {
        let keys = try modifierKeys("Kemarin harga beras naik tajam . Warga desa menolak rencana itu . Barang impor masuk lewat pelabuhan . ")
        #expect(keys.allSatisfy { !$0.hasSuffix(" naik") && !$0.hasSuffix(" menolak") && !$0.hasSuffix(" masuk") }, "\(keys.sorted())")
    }

    @Test("dagang and perdagangan are one modifier: kesepakatan dagang joins kesepakatan perdagangan; kesepakatan damai stays apart")
    func tradeSynonyms() {
        #expect(together(name("kesepakatan dagang", .term), name("kesepakatan perdagangan", .term)))
        #expect(!together(name("kesepakatan dagang", .term), name("kesepakatan damai", .term)))
    }

    @Test("the learned table holds bare stems and ber- words, no active, passive or stative verb form")
    func tableShape() {
        let words = LanguageTables().nounModifierVerbs
        #expect(words.isSuperset(of: ["dagang", "lipat", "bermotor", "berikat"]))
        #expect(!words.contains { $0.hasPrefix("me") || $0.hasPrefix("di") || $0.hasPrefix("ter") || $0.hasSuffix("kan") })
        // A ber- word that takes a complement (`berkecepatan tinggi`) ends no term.
        #expect(!words.contains("berkecepatan") && !words.contains("berteknologi"))
    }
}

/// The keys of the candidates of `text` written twice, with the shipped termbase.
private func modifierKeys(_ text: String) throws -> Set<String> {
    Set(try extractWithTermbase(String(repeating: text, count: 2)).map(\.key))
}
