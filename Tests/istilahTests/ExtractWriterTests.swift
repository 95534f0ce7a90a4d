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
        for occurrences in [occurrences, []] {
            let ids = occurrences.isEmpty ? [] : ids
            let entry = ExtractWriter.TermEntry(
                term: "Korea \"Utara\"", english: withContexts ? nil : "North Korea", type: "LOC", via: "glossary",
                confidence: 0.98, score: 41.25, count: occurrences.count, documents: ids,
                variants: [.init(form: "Korea Utara", count: 2), .init(form: "Korut", count: 1)],
                occurrences: occurrences.map {
                    .init(document: ids[$0.document], start: $0.range.lowerBound, end: $0.range.upperBound, nested: $0.isNested ? true : nil)
                },
                contexts: withContexts ? ["… di [Korea Utara]\tkata", "[Korut]"] : nil)
            var expected: [UInt8] = []
            ExtractWriter.value(of: entry).write(into: &expected, indent: 4)
            var quoted: [[UInt8]] = []
            for id in ids { var bytes: [UInt8] = []; JSONValue.quote(id, into: &bytes); quoted.append(bytes) }
            var written: [UInt8] = []
            ExtractWriter.writeJSON(entry, documents: Array(ids.indices), occurrences: occurrences, quotedDocuments: quoted, into: &written)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test("integers are written as String(_:) writes them", arguments: [0, 7, 10, 99, 100, 123_456_789, -1, -40, Int.max, Int.min])
    func integers(_ value: Int) {
        var out: [UInt8] = []
        JSONValue.integer(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
}
