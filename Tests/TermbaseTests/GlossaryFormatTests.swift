import Termbase
import Testing

@Suite struct GlossaryFormatTests {
    @Test(arguments: [("a.tsv", GlossaryFormat.tsv), ("dir/b.CSV", .csv), ("c.tbx", .tbx), ("d.json", .json), ("e.tmx", .tmx)])
    func formatFromExtension(_ path: String, _ format: GlossaryFormat) {
        #expect(GlossaryFormat(path: path) == format)
        #expect(format.codec.format == format)
    }

    @Test func unknownExtensions() {
        #expect(GlossaryFormat(path: "notes.txt") == nil)
        #expect(GlossaryFormat(path: "dir.d/file") == nil)
    }
}
