import Foundation
import Termbase
import Testing

@Suite("EnglishWordList: the lowercase words of a word list")
struct EnglishWordListTests {
    /// The list as read line by line over characters (the definition the byte path must keep).
    func expected(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").filter { line in
            guard let first = line.first else { return false }
            return first.isLowercase && !line.contains(Character("'"))
        }.map(String.init))
    }

    func read(_ text: String) throws -> EnglishWordList {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("words-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return EnglishWordList(path: path)
    }

    @Test("lowercase entries are kept; names, possessives and empty lines are not", arguments: ["\n", "\r\n"])
    func entries(lineEnd: String) throws {
        let lines = ["Aaron", "aaron's", "abacus", "", "éclair", "Émile", "ångström", "o'clock", "zebra", "Zürich", "e\u{301}te", "42nd", "x"]
        let text = lines.joined(separator: lineEnd) + lineEnd
        let list = try read(text)
        #expect(list.words == expected(text))
        if lineEnd == "\n" { #expect(list.words == ["abacus", "éclair", "ångström", "zebra", "e\u{301}te", "x"]) }
    }

    @Test("the system list reads as it does character by character")
    func system() throws {
        guard let data = FileManager.default.contents(atPath: EnglishWordList.debianPath) else { return }
        #expect(EnglishWordList.system.words == expected(String(decoding: data, as: UTF8.self)))
    }
}
