import Foundation

/// What the extractor knows about Indonesian words in general: part of speech in news text and
/// general-language frequency. Loaded from `glossary/statistics/pos-lexicon.tsv` and `glossary/statistics/wordfreq-id.tsv`.
public struct WordStatistics: Sendable {
    /// The most frequent part-of-speech tag of a lowercase word (`NN`, `VB`, `JJ`, `NNP` …).
    public var tags: [String: String]
    /// General-language frequency of a lowercase word on the Zipf scale (6 = once per thousand words).
    public var zipf: [String: Double]
    /// How often the tagged corpus saw each word of ``tags`` (how far to trust its tag).
    public var tagCounts: [String: Int]
    /// How often the tagged corpus saw each word of ``tags`` as a proper noun (`NNP`), where it
    /// did: with ``tagCounts``, how often a name's word is written as a common word too.
    public var properNounCounts: [String: Int]

    /// Statistics from tables already in memory.
    public init(tags: [String: String] = [:], zipf: [String: Double] = [:], tagCounts: [String: Int] = [:],
                properNounCounts: [String: Int] = [:]) {
        self.tags = tags
        self.zipf = zipf
        self.tagCounts = tagCounts
        self.properNounCounts = properNounCounts
    }

    /// Loads `statistics/pos-lexicon.tsv` and `statistics/wordfreq-id.tsv` from a glossary folder,
    /// the second on another thread while the first loads here unless `threads` is 1 (they take
    /// about as long, and the whole load stage waits for them).
    /// - Throws: an error naming the file when one cannot be read.
    public init(glossary folder: URL, threads: Int = 2) throws {
        let frequencies = BackgroundWork(threads: threads) {
            Result { try Self.table(folder.appendingPathComponent("statistics/wordfreq-id.tsv")) { Double($0[2]) } }
        }
        let tagged = try Self.table(folder.appendingPathComponent("statistics/pos-lexicon.tsv")) { fields in
            let count = Int(fields[2]) ?? 0
            // Without the column of tags, every sighting has the word's tag.
            return (String(fields[1]), count, fields.count > 3 ? Self.properNounCount(in: fields[3]) : fields[1] == "NNP" ? count : 0)
        }
        tags = tagged.mapValues(\.0)
        tagCounts = tagged.mapValues(\.1)
        properNounCounts = tagged.compactMapValues { $0.2 > 0 ? $0.2 : nil }
        zipf = try frequencies.value.get()
    }

    /// The Zipf frequency of `word`, or 1 (rarer than anything listed) when unknown.
    public func zipf(of word: String) -> Double { zipf[word] ?? 1 }

    /// The share of the tagged corpus's sightings of `word` with a tag other than `NNP` (written
    /// as a common word, not as a name); 0 for a word it never saw.
    public func commonShare(of word: String) -> Double {
        guard let seen = tagCounts[word], seen > 0 else { return 0 }
        return 1 - Double(properNounCounts[word] ?? 0) / Double(seen)
    }

    /// The `NNP` count in a lexicon's tag column (`NNP:718,NN:4`), 0 without one.
    private static func properNounCount(in column: Substring) -> Int {
        for entry in column.split(separator: ",") where entry.hasPrefix("NNP:") {
            return Int(entry.dropFirst(4)) ?? 0
        }
        return 0
    }

    /// Reads a TSV table (`#` comments, one header row) into a dictionary keyed by its first
    /// column; one pass over the bytes, no intermediate strings per field.
    private static func table<Value>(_ url: URL, value: ([Substring]) -> Value?) throws -> [String: Value] {
        let bytes = [UInt8](try Data(contentsOf: url))
        var result: [String: Value] = [:]
        result.reserveCapacity(bytes.count / 16)
        var header = true
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart, bytes[lineStart] != 0x23 else { continue }
            if header { header = false; continue }
            let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            // A tab is always a character of its own: the fields are cut at its bytes (as
            // `split(separator: "\t", maxSplits: 3)` would cut them, without walking characters).
            var fields: [Substring] = []
            var fieldStart = line.utf8.startIndex
            for index in line.utf8.indices where fields.count < 3 && line.utf8[index] == 0x09 {
                fields.append(line[fieldStart..<index])
                fieldStart = line.utf8.index(after: index)
            }
            fields.append(line[fieldStart...])
            guard fields.count >= 3, let parsed = value(fields) else { continue }
            result[String(fields[0])] = parsed
        }
        return result
    }
}
