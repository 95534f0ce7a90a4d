import Segmentation
import Termbase
import Testing

@Suite struct TermbaseErrorTests {
    @Test func printsLikeACompilerWithTheLineAndACaret() {
        let error = TermbaseError.invalidData(SourceLocation(file: "glossary/terms.tsv", line: 12, column: 9),
                                              message: "field 'en' is empty", lineText: "Kemenlu\t\tORG")
        #expect(error.description == "glossary/terms.tsv:12:9: error: field 'en' is empty\nKemenlu\t\tORG\n       \t^")
    }

    @Test func caretColumnsCountUnicodeScalars() {
        let error = TermbaseError.invalidData(SourceLocation(file: "a.tsv", line: 1, column: 3),
                                              message: "x", lineText: "Éé!")
        #expect(error.description.hasSuffix("\nÉé!\n  ^"))
    }

    @Test func severalProblemsPrintOneAfterAnother() {
        let a = TermbaseError.unsafeXML(SourceLocation(file: "a.tbx", line: 2, column: 3), message: "doctype declares entity 'lol'")
        let b = TermbaseError.unsupported("writing TMX")
        #expect(TermbaseError.several([a, b]).description == "a.tbx:2:3: error: doctype declares entity 'lol'\nerror: unsupported: writing TMX")
        #expect(TermbaseError.several([a, .several([b])]).problems == [a, b])
    }
}
