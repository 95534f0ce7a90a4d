import Segmentation
@testable import Terminology
import Testing

@Suite("Unit: plain bits, surfaces read from the document's text")
struct UnitTests {
    /// `text` as one document prepared by a default extractor, and the document. Its units refer
    /// into it without owning: use them only while it lives.
    static func prepared(_ text: String) throws -> (prepared: PreparedDocument, document: Document) {
        let document = try Segmenter().document(SourceText(id: "t", text: text))
        return (TermExtractor().prepare(document, index: 0), document)
    }

    @Test("every unit's surface is its text exactly as written, split hyphen pairs included")
    func surfacesFromText() throws {
        let text = "Menlu Korut-Rusia bertemu di Moskow. Korut dan Rusia sepakat; “Kerja sama” érat, e-KTP."
        let (prepared, document) = try Self.prepared(text)
        defer { withExtendedLifetime(prepared) {} }
        let units = prepared.units.all
        let scalars = Array(text.unicodeScalars)
        #expect(units.count >= document.tokens.count)
        #expect(units.contains { $0.surface == "Korut" && $0.followsHyphen == false }
            && units.contains { $0.surface == "Rusia" && $0.followsHyphen })
        for unit in units {
            #expect(unit.surface == String(String.UnicodeScalarView(scalars[unit.range])))
            #expect(unit.surface.utf8.count == unit.utf8Range.count)
        }
        #expect(units.first { $0.surface == "érat" }?.key == "érat")
        #expect(MemoryLayout<Unit>.size <= 48)
    }
}
