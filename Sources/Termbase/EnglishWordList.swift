import Foundation

/// The common English words of a system word list (Debian's `wamerican`), lowercase: tells a name
/// written in English inside Indonesian text (`Sriwijaya Air Group`) from Indonesian to translate.
///
/// Only the list's lowercase entries are read (its capitalised entries are proper names) and
/// possessives (`'s`) are skipped. Missing file: an empty list, and the rules that use it stay off.
public struct EnglishWordList: Sendable, Hashable {
    /// Debian's `wamerican` list.
    public static let debianPath = "/usr/share/dict/american-english"
    /// The list at ``debianPath``, read once per process.
    public static let system = EnglishWordList(path: debianPath)

    /// The words.
    public let words: Set<String>

    /// Reads the list at `path` (one word a line); empty when it cannot be read.
    public init(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            words = []
            return
        }
        var words = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let first = line.first, first.isLowercase, !line.contains("'") else { continue }
            words.insert(String(line))
        }
        self.words = words
    }

    /// A list of the given words (tests).
    public init(words: Set<String>) {
        self.words = words
    }

    /// Whether `word` (any case) is a common English word.
    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
