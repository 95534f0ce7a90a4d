@testable import Terminology
import Testing

@Suite("MentionGroup: counts, bare surfaces and occurrence surfaces of one key")
struct MentionGroupTests {
    static func mention(_ surface: String, at start: Int, titled: String? = nil, plain: Bool = true) -> Mention {
        let range = start..<start + surface.unicodeScalars.count
        var mention = Mention(document: 0, range: range, surface: surface, key: surface.lowercased(),
                              parts: [Mention.Part(range: range, keyEnd: Int32(surface.utf8.count), joiner: .none)],
                              kind: .name, typeHint: nil)
        if let titled { mention.titled = (start - titled.unicodeScalars.count - 1..<start + surface.unicodeScalars.count, titled + " " + surface) }
        mention.needsPlainForm = !plain
        return mention
    }

    @Test("bare surfaces count plain mentions from their first; occurrences number each surface once, titled forms apart")
    func surfaces() {
        let mentions = [Self.mention("Putin", at: 10, titled: "Presiden"), Self.mention("PUTIN", at: 40), Self.mention("Putin", at: 60),
                        Self.mention("Putin", at: 80, plain: false), Self.mention("PUTIN", at: 90)]
        var group = MentionGroup(mentions[0])
        let records = mentions.map { group.add($0, group: 3) }
        #expect(group.mentionCount == 5 && group.plainCount == 4)
        #expect(group.surfaces == ["Presiden Putin", "PUTIN", "Putin"])
        #expect(records.map(\.surface) == [0, 1, 2, 2, 1])
        #expect(records[0].start == 1 && records[0].end == 15 && records.allSatisfy { $0.group == 3 })
        #expect(group.layouts[0] == [9..<14] && group.layouts[1] == [0..<5])
        let bare = group.bareSurfaces
        #expect(bare.count == 2)
        #expect(bare["Putin"]?.count == 2 && bare["Putin"]?.first == 0)
        #expect(bare["PUTIN"]?.count == 2 && bare["PUTIN"]?.first == 1)
    }

    @Test("a mention's words and joiners are read back from its key by the parts' key ends")
    func wordsFromKey() {
        let key = " moskow-pyongyang lobi-lobi é"
        var ends: [Int32] = []
        var offset = 0
        for piece in [" moskow", "-pyongyang", " lobi-lobi", " é"] { offset += piece.utf8.count; ends.append(Int32(offset)) }
        let joiners: [Mention.Joiner] = [.space, .hyphen, .space, .space]
        let parts = zip(ends, joiners).enumerated().map { Mention.Part(range: $0.offset..<$0.offset + 1, keyEnd: $0.element.0, joiner: $0.element.1) }
        let mention = Mention(document: 0, range: 0..<4, surface: "x", key: key, parts: parts, kind: .name, typeHint: nil)
        #expect(mention.words == ["moskow", "pyongyang", "lobi-lobi", "é"])
        #expect(mention.joiners == [" ", "-", " ", " "])
        #expect(mention.wordRanges == [0..<1, 1..<2, 2..<3, 3..<4])
        let plain = Mention(document: 0, range: 0..<1, surface: "x", key: "nuklir",
                            parts: [Mention.Part(range: 0..<1, keyEnd: 6, joiner: .none)], kind: .common, typeHint: nil)
        #expect(plain.words == ["nuklir"] && plain.joiners == [""])
    }
}
