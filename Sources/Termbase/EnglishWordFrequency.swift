import Foundation

/// General-language English frequencies of FreeDict's noun and adjective headwords, on the Zipf
/// scale (log10 of occurrences per billion words: 6 = once per thousand words, 3 once per million).
///
/// Read from `glossary/statistics/wordfreq-en.tsv` (wordfreq 3.1.1, made by
/// `scripts/english_wordfreq.py`): a most-frequent-sense proxy that breaks ties between FreeDict
/// readings of one Indonesian word (`ular` → snake 4.2 over serpent 3.5).
public struct EnglishWordFrequency: Sendable, Hashable {
    /// The table's path inside a glossary folder.
    public static let relativePath = "statistics/wordfreq-en.tsv"

    /// Zipf frequency by lowercase English word or two-word phrase.
    public let zipf: [String: Double]

    /// A table already in memory (tests).
    public init(zipf: [String: Double]) {
        self.zipf = zipf
    }

    /// Reads the table of the glossary `folder`; nil when the folder has none. Lines: `#` comments,
    /// a header row, then `word<TAB>zipf`; rows without a number are skipped. O(file size).
    public init?(glossary folder: String) {
        let path = (folder as NSString).appendingPathComponent(Self.relativePath)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var zipf: [String: Double] = [:]
        var header = true
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            if header { header = false; continue }
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let value = Double(fields[1]) else { continue }
            zipf[fields[0].lowercased()] = value
        }
        self.zipf = zipf
    }

    /// The Zipf frequency of `word` (any case), or 0 (rarer than anything listed) when unknown.
    public func zipf(of word: String) -> Double { zipf[word.lowercased()] ?? 0 }

    /// The Zipf frequency of `word` in the `share` (0 < share ≤ 1) of its senses that one translation
    /// covers: a word used in half its senses is 0.3 points rarer there (`interest` as bunga, not minat).
    public func zipf(of word: String, share: Double) -> Double {
        zipf(of: word) + log10(min(max(share, 1e-6), 1))
    }
}
