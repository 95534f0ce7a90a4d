import Foundation

/// What the extractor knows about Indonesian words in general: part of speech in news text and
/// general-language frequency. Loaded from `glossary/pos-lexicon.tsv` and `glossary/wordfreq-id.tsv`.
public struct WordStatistics: Sendable {
    /// The most frequent part-of-speech tag of a lowercase word (`NN`, `VB`, `JJ`, `NNP` …).
    public var tags: [String: String]
    /// General-language frequency of a lowercase word on the Zipf scale (6 = once per thousand words).
    public var zipf: [String: Double]

    /// Statistics from tables already in memory.
    public init(tags: [String: String] = [:], zipf: [String: Double] = [:]) {
        self.tags = tags
        self.zipf = zipf
    }

    /// Loads `pos-lexicon.tsv` and `wordfreq-id.tsv` from a glossary folder.
    /// - Throws: an error naming the file when one cannot be read.
    public init(glossary folder: URL) throws {
        tags = try Self.table(folder.appendingPathComponent("pos-lexicon.tsv")) { String($0[1]) }
        zipf = try Self.table(folder.appendingPathComponent("wordfreq-id.tsv")) { Double($0[2]) }
    }

    /// The Zipf frequency of `word`, or 1 (rarer than anything listed) when unknown.
    public func zipf(of word: String) -> Double { zipf[word] ?? 1 }

    private static func table<Value>(_ url: URL, value: ([Substring]) -> Value?) throws -> [String: Value] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [String: Value] = [:]
        var header = true
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if header { header = false; continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, let parsed = value(fields) else { continue }
            result[String(fields[0])] = parsed
        }
        return result
    }
}
