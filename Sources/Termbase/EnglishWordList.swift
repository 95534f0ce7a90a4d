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
        // A carriage return would make `\r\n` one character: such a file goes the slow way.
        guard !data.contains(0x0D) else {
            words = Self.lowercaseWords(String(decoding: data, as: UTF8.self).split(separator: "\n"))
            return
        }
        // Lines of ASCII (nearly all) are judged by their bytes; the few others as characters.
        var words = Set<String>(minimumCapacity: data.count / 16)
        var others: [Substring] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for slice in raw.bindMemory(to: UInt8.self).split(separator: 0x0A) {
                let line = UnsafeBufferPointer(rebasing: slice)
                if line.allSatisfy({ $0 < 0x80 }) {
                    guard let first = line.first, (0x61...0x7A).contains(first), !line.contains(0x27) else { continue }
                    words.insert(String(decoding: line, as: UTF8.self))
                } else {
                    others.append(Substring(String(decoding: line, as: UTF8.self)))
                }
            }
        }
        words.formUnion(Self.lowercaseWords(others))
        self.words = words
    }

    /// The lines that start with a lowercase letter and hold no apostrophe.
    private static func lowercaseWords(_ lines: [Substring]) -> Set<String> {
        var words = Set<String>()
        for line in lines {
            guard let first = line.first, first.isLowercase, !line.contains("'") else { continue }
            words.insert(String(line))
        }
        return words
    }

    /// A list of the given words (tests).
    public init(words: Set<String>) {
        self.words = words
    }

    /// Whether `word` (any case) is a common English word.
    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }
}
