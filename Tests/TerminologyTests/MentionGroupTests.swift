@testable import Terminology
import Testing

@Suite("MentionGroup: counts, bare surfaces and occurrence surfaces of one key")
struct MentionGroupTests {
    static func mention(_ surface: String, at start: Int, titled: String? = nil, plain: Bool = true) -> Mention {
        var mention = Mention(document: 0, range: start..<start + surface.unicodeScalars.count, surface: surface, key: surface.lowercased(),
                              words: [surface.lowercased()], joiners: [""], wordRanges: [start..<start + surface.unicodeScalars.count],
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
}
