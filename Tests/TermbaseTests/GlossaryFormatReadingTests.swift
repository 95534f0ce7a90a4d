import Termbase
import Testing

@Suite struct GlossaryFormatReadingTests {
    @Test func entriesWithoutBothLanguagesAreProblems() {
        let tbx = """
            <tbx type="TBX-Basic" style="dca" xml:lang="id" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="c1"><langSec xml:lang="id"><termSec><term>Menlu</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        let (glossary, problems) = GlossaryFormat.tbx.read(tbx, file: "a.tbx")
        #expect(glossary.entries.count == 1)
        #expect(problems.map(\.description) == ["a.tbx:2:1: error: entry ('Menlu') has no English term"])
    }

    @Test func tsvKeepsItsValidRows() throws {
        let (glossary, problems) = GlossaryFormat.tsv.read(try CodecFixture.data("bad-terms.tsv"), file: "bad-terms.tsv")
        #expect(glossary.entries.count == 2)
        #expect(problems.count == 7)
    }
}
