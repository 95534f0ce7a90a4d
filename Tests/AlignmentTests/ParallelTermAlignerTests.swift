import Alignment
import Foundation
import Termbase
import Terminology
import TestSupport
import Testing

@Suite struct ParallelTermAlignerTests {
    /// The sentence pairs of the test translation memory (TMX read by the Termbase codec).
    static let pairs = Result {
        let url = Repository.root.appendingPathComponent("Tests/AlignmentTests/Data/parallel-news.tmx")
        let glossary = try TMXCodec().decode(String(contentsOf: url, encoding: .utf8), file: url.path)
        return glossary.entries.compactMap { entry -> ParallelTermAligner.SentencePair? in
            guard let id = entry.indonesian, let en = entry.english, id.contains(" ") else { return nil }
            return ParallelTermAligner.SentencePair(indonesian: id, english: en)
        }
    }
    static let aligner = Result {
        let translator = CompositionalTranslator(library: try Shipped.library.get(), statistics: Shipped.statistics)
        return ParallelTermAligner(pairs: try pairs.get()) { translator.englishWords(of: $0) }
    }

    @Test("the memory is read: every sentence unit is a pair")
    func reads() throws {
        #expect(try Self.pairs.get().count == 12)
        #expect(try Self.aligner.get().count == 12)
    }

    /// (Indonesian forms, English as written in the memory).
    static let found: [([String], String)] = [
        (["Dewan Keamanan PBB"], "UN Security Council"),
        (["Partai Pekerja Korea"], "Workers' Party of Korea"),
        (["Kim Jong-un"], "Kim Jong Un"),
        (["sanksi ekonomi"], "economic sanctions"),
    ]

    @Test("the English that keeps company with a term across the pairs", arguments: found)
    func aligns(forms: [String], english: String) throws {
        let match = try #require(try Self.aligner.get().align(forms: forms))
        #expect(match.english == english)
        #expect((0.5...0.9).contains(match.confidence))
    }

    @Test("a term seen in several pairs is scored by Dice over them")
    func dice() throws {
        let match = try #require(try Self.aligner.get().align(forms: ["Dewan Keamanan PBB"]))
        #expect(match.pairs == 3)
        #expect(match.termPairs == 3)
        #expect(match.dice == 1)
    }

    @Test("no pair, or one pair whose words nothing explains: no answer", arguments: [
        ["Partai Bulan Sabit"],  // not in the memory
        ["lereng"],              // once, beside words no hint links to it
    ])
    func noGuess(forms: [String]) throws {
        #expect(try Self.aligner.get().align(forms: forms) == nil)
    }

    @Test("the aligner ranks a translation memory below the termbase and above composition")
    func inTheAligner() throws {
        let library = try Shipped.library.get()
        let aligner = GlossaryAligner(library: library, sentencePairs: try Self.pairs.get(), statistics: Shipped.statistics)
        let korut = aligner.align(form: "Korut", variants: [], type: .location)
        #expect(korut.english == "North Korea" && korut.via == .glossary)
        // Composition would give the singular; the memory writes the plural.
        let sanctions = aligner.align(form: "sanksi ekonomi", variants: [], type: .term)
        #expect(sanctions.english == "economic sanctions" && sanctions.via == .parallel)
        #expect(sanctions.evidence.hasPrefix("parallel: "))
        let kim = aligner.align(form: "Kim Jong-un", variants: [], type: .person)
        #expect(kim.english == "Kim Jong Un" && kim.via == .parallel)
    }

    @Test("the same memory gives the same answer every time, whatever the hash seeds")
    func deterministic() throws {
        let first = try Self.aligner.get().align(forms: ["Dewan Keamanan PBB"])
        for _ in 0..<3 {
            let again = ParallelTermAligner(pairs: try Self.pairs.get())
            #expect(again.align(forms: ["Dewan Keamanan PBB"])?.english == first?.english)
        }
    }
}
