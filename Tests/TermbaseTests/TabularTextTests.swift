@testable import Termbase
import Testing

@Suite("TabularText: lines and fields split by their bytes")
struct TabularTextTests {
    @Test("LF, CRLF and lone CR end lines; tabs split fields, columns counted in scalars")
    func linesAndFields() {
        let text = "\u{FEFF}# about\r\nid\ten\r\ncafe\u{301}\tcoffee\rkata\t\t\n\n   \nx\u{301}\ty"
        let table = TabularText(text, file: "t.tsv")
        #expect(table.comments == ["about"])
        #expect(table.header?.fields.map(\.text) == ["id", "en"])
        #expect(table.rows.map(\.line) == [3, 4, 7])
        #expect(table.rows.map { $0.fields.map(\.text) } == [["cafe\u{301}", "coffee"], ["kata", "", ""], ["x\u{301}", "y"]])
        // `cafe` + U+0301 is five scalars: the second field starts at column 7.
        #expect(table.rows[0].fields.map(\.column) == [1, 7])
        #expect(table.rows[1].fields.map(\.column) == [1, 6, 7])
        #expect(TabularText.lines(of: "a\r\rb\r\n") == ["a", "", "b"])
    }
}
