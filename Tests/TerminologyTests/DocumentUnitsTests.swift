@testable import Terminology
import Testing

@Suite("DocumentUnits: one array for a document's units, with its sentences' bounds")
struct DocumentUnitsTests {
    @Test("the sentence ranges follow one another over every unit, each within its sentence, first word initial")
    func sentenceRanges() throws {
        let text = "Menlu Korut-Rusia bertemu di Moskow. Putin tiba. “Kerja sama” érat, kata Lavrov."
        let (prepared, document) = try UnitTests.prepared(text)
        defer { withExtendedLifetime(prepared) {} }
        let units = prepared.units
        let ranges = Array(units.sentenceRanges)
        #expect(ranges.count == document.sentences.count)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == units.all.count)
        for (range, next) in zip(ranges, ranges.dropFirst()) { #expect(range.upperBound == next.lowerBound) }
        for (range, sentence) in zip(ranges, document.sentences) {
            #expect(!range.isEmpty)
            #expect(units.all[range].allSatisfy { sentence.range.contains($0.range.lowerBound) })
            #expect(units.all[range].first { $0.isWord }?.isSentenceInitial == true)
        }
    }
}
