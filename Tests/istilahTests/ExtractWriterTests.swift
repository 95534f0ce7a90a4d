import Alignment
import Foundation
@testable import istilah
import Terminology
import Testing

@Suite("ExtractWriter: the term objects of the JSON output")
struct ExtractWriterTests {
    @Test("a term written straight to bytes is the text of its JSONValue", arguments: [false, true])
    func termObject(withContexts: Bool) {
        let occurrences = [
            TermOccurrence(document: 0, range: 3..<14, surface: "Korea Utara"),
            TermOccurrence(document: 1, range: 120..<131, surface: "Korea Utara", isNested: true),
            TermOccurrence(document: 1, range: 1_000_007..<1_000_010, surface: "Korut"),
        ]
        let ids = ["a/\"b\".txt", "c\\d.txt"]
        let termJSON = TermJSON(documents: ids.map { DocumentSummary(id: $0, sentences: 1, tokens: 2) })
        for occurrences in [occurrences, []] {
            let term = TermCandidate(key: "korea utara", form: "Korea \"Utara\"", type: .location, score: withContexts ? 41 : 41.25,
                                     occurrences: occurrences)
            let alignment = TermAlignment(english: withContexts ? nil : "North Korea", via: .glossary, confidence: 0.98, evidence: "")
            let contexts = withContexts ? ["… di [Korea Utara]\tkata", "[Korut]"] : nil
            let entry = ExtractWriter.TermEntry(
                term: term.form, english: alignment.english, type: term.type.rawValue, via: alignment.via.rawValue,
                confidence: alignment.confidence, score: term.score, count: term.count, documents: term.documents.map { ids[$0] },
                variants: term.variants.map { .init(form: $0.form, count: $0.count) },
                occurrences: occurrences.map {
                    .init(document: ids[$0.document], start: $0.range.lowerBound, end: $0.range.upperBound, nested: $0.isNested ? true : nil)
                },
                contexts: contexts)
            var expected: [UInt8] = []
            ExtractWriter.value(of: entry).write(into: &expected, indent: 4)
            var written: [UInt8] = []
            termJSON.append(term, alignment: alignment, occurrences: occurrences.map(TermSpan.init)[...], contexts: contexts, into: &written)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test("a term with more occurrences than one scratch buffer holds is written whole")
    func manyOccurrences() {
        let occurrences = (0..<5_000).map { TermOccurrence(document: $0 % 3, range: $0 * 10..<$0 * 10 + 4, surface: "PBB") }
        let term = TermCandidate(key: "pbb", form: "PBB", type: .organization, score: 3, occurrences: occurrences)
        var written: [UInt8] = []
        TermJSON(documents: ["x", "y", "z"].map { DocumentSummary(id: $0, sentences: 1, tokens: 1) })
            .append(term, alignment: .unaligned, occurrences: occurrences.map(TermSpan.init)[...], contexts: nil, into: &written)
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.components(separatedBy: "{ \"document\"").count == 5_001)
        #expect(text.contains("{ \"document\" : \"y\", \"end\" : 49994, \"start\" : 49990 }\n      ]"))
    }

    @Test("integers are written as String(_:) writes them", arguments: [0, 7, 9, 10, 99, 100, 101, 123_456_789, 999_999_999_999_999_999, 1_000_000_000_000_000_000, -1, -40, Int.max, Int.min])
    func integers(_ value: Int) {
        var out: [UInt8] = []
        JSONValue.integer(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
}
