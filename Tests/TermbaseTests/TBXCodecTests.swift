import Foundation
import Termbase
import Testing
import TestSupport

@Suite struct TBXCodecTests {
    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func writesTheGoldenFile() throws {
        let text = try TBXCodec().encode(CodecFixture.sample())
        CodecFixture.updateGoldenIfAsked("sample.tbx", text)
        #expect(text == (try CodecFixture.golden("sample.tbx")))
    }

    @Test func roundTripsEveryTermNote() throws {
        let glossary = try CodecFixture.sample().sorted
        let decoded = try TBXCodec().decode(TBXCodec().encode(glossary), file: "x.tbx")
        #expect(decoded == glossary)
    }

    /// The core structure of ISO 30042:2019 and TBX-Basic's data categories and picklists.
    @Test func followsTheTBXBasicRules() throws {
        let text = try TBXCodec().encode(CodecFixture.sample())
        #expect(text.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"id\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        let order = ["<tbxHeader>", "<fileDesc>", "<sourceDesc>", "<p>", "<text>", "<body>", "<conceptEntry id=\"c1\">",
                     "<langSec xml:lang=\"id\">", "<termSec>", "<term>", "<termNote type=\"termType\">"]
        var cursor = text.startIndex
        for tag in order {
            let found = try #require(text.range(of: tag, range: cursor..<text.endIndex), "\(tag) in order")
            cursor = found.upperBound
        }
        let allowed: [String: Set<String>] = [
            "termType": Set(TermType.allCases.map(\.rawValue)),
            "administrativeStatus": Set(AdministrativeStatus.allCases.map(\.rawValue)),
            "partOfSpeech": ["noun", "verb", "adjective", "adverb", "properNoun", "other"],
        ]
        let pattern = try NSRegularExpression(pattern: "<termNote type=\"([^\"]+)\">([^<]*)</termNote>")
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(!matches.isEmpty)
        for match in matches {
            let type = String(text[Range(match.range(at: 1), in: text)!])
            let value = String(text[Range(match.range(at: 2), in: text)!])
            #expect(allowed[type]?.contains(value) == true, "\(type)=\(value)")
        }
        // Concept ids are unique XML ids.
        let ids = try NSRegularExpression(pattern: "conceptEntry id=\"([^\"]+)\"").matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(Set(ids.map { text[Range($0.range(at: 1), in: text)!] }).count == ids.count)
    }

    @Test(.enabled(if: xmllint != nil, "xmllint not installed (apt-get install libxml2-utils)"))
    func isWellFormedForXmllint() throws {
        let folder = try IstilahCommand.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.tbx")
        try TBXCodec().encode(CodecFixture.sample()).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.xmllint!)
        process.arguments = ["--noout", "--nonet", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func keepsTheSourceOfEachEntry() throws {
        var glossary = try CodecFixture.sample().sorted
        for index in glossary.entries.indices { glossary.entries[index].source = "terms.tsv" }
        let text = try TBXCodec().encode(glossary)
        #expect(text.contains("<admin type=\"source\">terms.tsv</admin>"))
        #expect(try TBXCodec().decode(text, file: "x.tbx") == glossary)
    }

    @Test func anEmptyGlossaryCannotBeTBX() {
        #expect(throws: TermbaseError.self) { try TBXCodec().encode(Glossary()) }
    }

    @Test func readsTheOlderMartifFormat() throws {
        let glossary = try TBXCodec().decode(CodecFixture.data("martif.tbx"), file: "martif.tbx")
        let entry = try #require(glossary.entries.first)
        #expect(entry.category == "ORG")
        #expect(entry.terms == [
            Term("Organisasi Kesehatan Dunia", language: "id", termType: .fullForm, status: .preferred),
            Term("WHO", language: "id", termType: .acronym),
            Term("World Health Organization", language: "en", partOfSpeech: "properNoun"),
        ])
    }

    @Test func refusesBillionLaughs() throws {
        let error = #expect(throws: TermbaseError.self) {
            try TBXCodec().decode(CodecFixture.data("billion-laughs.tbx"), file: "billion-laughs.tbx")
        }
        #expect(error?.description == "billion-laughs.tbx:3:3: error: DOCTYPE declares entity 'lol'; entity declarations are refused (billion laughs, XXE)")
    }

    @Test func refusesExternalEntities() throws {
        let error = #expect(throws: TermbaseError.self) {
            try TBXCodec().decode(CodecFixture.data("xxe.tbx"), file: "xxe.tbx")
        }
        #expect(error?.description == "xxe.tbx:2:17: error: DOCTYPE declares external entity 'secret'; entity declarations are refused (billion laughs, XXE)")
    }

    @Test func malformedXMLSaysWhere() throws {
        let error = #expect(throws: TermbaseError.self) {
            try TBXCodec().decode(CodecFixture.data("broken.tbx"), file: "broken.tbx")
        }
        #expect(error?.location?.line == 4, "where the parser gave up: the unclosed <conceptEntry> meets </tbx>")
        #expect(error?.message.hasPrefix("not well-formed XML (") == true)
    }

    @Test func otherRootElementsAreRefused() {
        #expect(throws: TermbaseError.malformedXML(.init(file: "x.tbx", line: 1, column: 1), message: "expected a <tbx> or <martif> root element, found <html>")) {
            try TBXCodec().decode("<html><body/></html>", file: "x.tbx")
        }
    }
}
