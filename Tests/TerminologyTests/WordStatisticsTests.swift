import Foundation
import Terminology
import TestSupport
import Testing

@Suite("WordStatistics: the statistics tables of a glossary folder")
struct WordStatisticsTests {
    @Test("fields are cut at every tab, accents and combining marks kept in their field, a fourth tab kept in the last")
    func fields() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("statistics"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tagged = "# comment\tline\nword\ttag\tcount\tothers\nrumah\tNN\t12\tNN:10\tVB:2\nsoekarnó\tNNP\t3\n\u{301}x\tFW\t7\n"
            + "kafe\u{301}\tNN\t5\textra\nshort\tNN\n"
        let frequencies = "word\tlog10_freq\tzipf\nrumah\t-3.2\t5.8\nmenteri\t-4\t5.25\n\u{E9}t\u{E9}\t-7\t2\nbad\t-7\tx\n"
        try Data(tagged.utf8).write(to: folder.appendingPathComponent("statistics/pos-lexicon.tsv"))
        try Data(frequencies.utf8).write(to: folder.appendingPathComponent("statistics/wordfreq-id.tsv"))
        let statistics = try WordStatistics(glossary: folder)
        #expect(statistics.tags == ["rumah": "NN", "soekarnó": "NNP", "\u{301}x": "FW", "kafe\u{301}": "NN"])
        #expect(statistics.tagCounts == ["rumah": 12, "soekarnó": 3, "\u{301}x": 7, "kafe\u{301}": 5])
        #expect(statistics.zipf == ["rumah": 5.8, "menteri": 5.25, "\u{E9}t\u{E9}": 2])
        // The proper-noun count comes from the column of tags, else from the word's own tag.
        #expect(statistics.properNounCounts == ["soekarnó": 3])
        #expect(statistics.commonShare(of: "soekarnó") == 0)
        #expect(statistics.commonShare(of: "rumah") == 1)
        #expect(statistics.commonShare(of: "tidak-ada") == 0)
    }

    @Test("the shipped lexicon tells a name's word also written as a common word from a name written in lowercase by mistake")
    func commonShare() throws {
        let statistics = try WordStatistics(glossary: Repository.root.appendingPathComponent("glossary"))
        #expect(statistics.commonShare(of: "bumi") > 0.3)
        #expect(statistics.commonShare(of: "hati") > 0.9)
        #expect(statistics.commonShare(of: "jakarta") < 0.02)
        #expect(statistics.commonShare(of: "indonesia") == 0)
    }
}
