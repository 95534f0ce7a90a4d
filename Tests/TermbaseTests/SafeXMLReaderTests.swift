@testable import Termbase
import Testing

@Suite struct SafeXMLReaderTests {
    @Test func anExternalDTDReferenceAloneIsAcceptedAndNotLoaded() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://example.invalid/TBXcoreStructV02.dtd\">\n<martif><text><body/></text></martif>\n"
        let root = try SafeXMLReader.root(of: text, file: "a.tbx")
        #expect(root.name == "martif")
        #expect(root.child("text")?.child("body") != nil)
    }

    @Test(arguments: [
        ("<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://example.invalid/p.dtd\"> %p;]><x/>", "DOCTYPE declares external entity 'p'"),
        ("<!DOCTYPE x [\n  <!ENTITY a \"b\">\n]><x>&a;</x>", "DOCTYPE declares entity 'a'"),
        ("<!DOCTYPE x PUBLIC \"-//x\" \"x.dtd\" [<!ENTITY e PUBLIC \"-//e\" \"e.xml\">]><x/>", "DOCTYPE declares external entity 'e'"),
    ])
    func everyEntityDeclarationIsRefused(_ text: String, _ message: String) {
        let error = #expect(throws: TermbaseError.self) { try SafeXMLReader.root(of: text, file: "x.xml") }
        #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error))")
        if case .unsafeXML = error {} else { Issue.record("expected unsafeXML") }
    }

    @Test func columnsAreCountedInScalars() {
        let text = "<é>\n  ü<!ENTITY"
        let index = text.range(of: "<!ENTITY")!.lowerBound
        #expect(SafeXMLReader.lineAndColumn(of: index, in: text) == (2, 4))
        #expect(SafeXMLReader.location(in: "<a>é<b", file: "f", line: 1, byteColumn: 7).column == 6)
    }
}
