@testable import Terminology
import Testing

/// Adjectives learned as gradable (``GradableAdjectives``), on sentences of Indonesian news (held4
/// news retyped: `harga mahal`, `kerusakan parah`, `gangguan intelektual parah`, `solusi efektif`).
@Suite("GradableAdjectives: adjectives of degree or judgement end no term")
struct GradableAdjectivesTests {
    @Test("a graded adjective ends no term: harga mahal, kerusakan parah, solusi efektif, podcast populer are no terms")
    func gradedAdjectivesEndNoTerm() throws {
        let keys = try gradableKeys("Warga mengeluhkan harga mahal di pasar itu . Banjir menyebabkan kerusakan parah di desa itu . "
            + "Pemerintah mencari solusi efektif untuk masalah sampah . Ia mendengarkan podcast populer setiap pagi . ")
        for adjective in ["mahal", "parah", "efektif", "populer"] {
            #expect(!keys.contains { $0.hasSuffix(" " + adjective) }, "\(adjective): \(keys.sorted())")
        }
    }

    @Test("the phrase before a graded adjective stays: gangguan intelektual parah is gangguan intelektual")
    func phraseBeforeTheAdjectiveStays() throws {
        let keys = try gradableKeys("Anak itu mengalami gangguan intelektual parah sejak lahir . ")
        #expect(keys.contains("gangguan intelektual") && !keys.contains("gangguan intelektual parah"), "\(keys.sorted())")
    }

    @Test("a classifying adjective still ends a term: rudal balistik, dunia multipolar, hubungan diplomatik, mitra strategis, perang suci")
    func classifyingAdjectivesStay() throws {
        let keys = try gradableKeys("Korea Utara kembali menguji rudal balistik di lepas pantai . Putin ingin membangun dunia multipolar bersama Kim . "
            + "Kedua negara menjalin hubungan diplomatik sejak 1948 . Rusia menyebut Korea Utara mitra strategis . "
            + "Rusia menyebut perang itu perang suci . Korut menghadapi sanksi ekonomi berat dari PBB . ")
        #expect(keys.isSuperset(of: ["rudal balistik", "dunia multipolar", "hubungan diplomatik", "mitra strategis", "perang suci", "sanksi ekonomi"]),
                "\(keys.sorted())")
    }

    /// Held4 news: `satu-satunya negara`, `Satu-satunya gol kemenangan`, `anak perempuan satu-satunya`.
    @Test("a reduplicated adjective with -nya heads and ends no term: satu-satunya negara, anak perempuan satu-satunya")
    func reduplicatedAdjectives() throws {
        let keys = try gradableKeys("Korea Utara adalah satu-satunya negara yang menguji rudal balistik tahun ini . "
            + "Ia tinggal bersama anak perempuan satu-satunya di Bandung . ")
        #expect(!keys.contains { $0.contains("satu-satunya") }, "\(keys.sorted())")
        #expect(keys.contains("rudal balistik"), "\(keys.sorted())")
        #expect(MentionFinder.isReduplicatedAdjective("satu-satunya", statistics: statistics))
        // A reduplicated noun with -nya (`anak-anaknya`) and one without it are no such adjective.
        #expect(!MentionFinder.isReduplicatedAdjective("anak-anaknya", statistics: statistics))
        #expect(!MentionFinder.isReduplicatedAdjective("satu-satu", statistics: statistics))
    }

    @Test("the learned table holds graded adjectives and no classifying one")
    func tableShape() {
        let words = LanguageTables().gradableAdjectives
        #expect(words.isSuperset(of: ["murah", "mahal", "parah", "efektif", "bagus", "populer"]))
        for classifying in ["nuklir", "balistik", "internasional", "diplomatik", "strategis", "militer", "ekonomi", "suci", "multipolar"] {
            #expect(!words.contains(classifying), "\(classifying)")
        }
    }
}

/// The keys of the candidates of `text` written twice, with the shipped termbase.
private func gradableKeys(_ text: String) throws -> Set<String> {
    Set(try extractWithTermbase(String(repeating: text, count: 2)).map(\.key))
}
