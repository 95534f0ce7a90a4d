import Foundation
import Terminology
import Testing

@Suite("TermExtractor: a recurring term with a word of context")
struct TermExtractorNestingTests {
    /// News sentences where `gula darah` recurs on its own and once after `kadar`, a word that
    /// heads another phrase too (`kadar serat`).
    static let text = "Minuman ini juga bermanfaat dalam merilekskan otot, mengontrol kadar gula darah dan mengurangi nyeri saat hamil. "
        + "Pisang berukuran sedang hanya mengandung 100 kalori, dengan kadar serat sebesar 3 gram. "
        + "Penderita diabetes harus menjaga gula darah setiap hari. Makanan manis menaikkan gula darah dengan cepat. "
        + "Olahraga teratur menurunkan gula darah."

    @Test("a context word before a recurring term makes no term: the inner term counts the phrase")
    func contextWordDropped() throws {
        let terms = try extract(Self.text)
        #expect(terms[key: "kadar gula darah"] == nil)
        #expect(terms[key: "gula darah"]?.count == 4)
        #expect(terms[key: "kadar serat"] != nil)
    }

    @Test("a word after the inner term does not hide it: `negara granat asap legal` is `granat asap`")
    func trailingWord() throws {
        let terms = try extract("Polisi menemukan granat asap di lokasi ledakan. Menurut polisi, granat asap itu dibeli secara daring. "
            + "Penjualan granat asap dibatasi. Di beberapa negara granat asap legal dan dijual bebas. "
            + "Polisi di negara maju, negara anggota dan negara berkembang juga membatasi penjualan granat asap.")
        #expect(terms[key: "negara granat asap legal"] == nil)
        #expect(terms[key: "granat asap"]?.count == 5)
    }

    @Test("a head seen in one phrase alone keeps it (`tatanan dunia multipolar`)")
    func singleHeadKept() throws {
        let text = Self.text.replacingOccurrences(of: "kadar serat", with: "serat")
        #expect(try extract(text)[key: "kadar gula darah"] != nil)
    }
}
