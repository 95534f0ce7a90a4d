import Foundation

/// Every surface the mentions are written with, numbered by its bytes: a mention's surface is
/// found by hashing and comparing the bytes in its document's text, and its string is made only
/// the first time those bytes are seen.
///
/// A distinct byte sequence is a *spelling*; spellings whose strings are equal (`==`, canonical
/// equivalence: `é` written as one scalar or as `e` and a combining accent) share one *surface*
/// number, so surfaces compare as `String`s do. Serial: ``TermAccumulator/group(_:)`` owns one.
/// Memory grows with the distinct spellings (their bytes and strings).
struct SurfaceTable {
    /// One spelling found: its own number and the number of its surface.
    struct Spelling {
        /// The spelling's number (``string(of:)``).
        let number: Int32
        /// The surface's number: equal exactly when the strings are equal.
        let surface: Int32
    }

    /// Where a spelling's bytes lie in ``bytes``, and its surface number.
    private struct Entry {
        let start: Int
        let count: Int32
        let surface: Int32
    }

    /// The bytes of every spelling, one after another.
    private var bytes: [UInt8] = []
    /// Spelling number → where its bytes lie, and its surface number.
    private var entries: [Entry] = []
    /// Spelling number → its string.
    private var strings: [String] = []
    /// Spelling numbers by the hash of their bytes.
    private var slots = HashSlots()
    /// The surface number of each string (one spelling's string per surface).
    private var surfaceNumbers: [String: Int32] = [:]

    /// An empty table.
    init() {}

    /// The hash that ``spelling(of:hash:)`` expects of `bytes`.
    static func hash(of bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    /// The spelling of `text` (whose ``hash(of:)`` is `hash`), numbered if new; O(its length) expected.
    mutating func spelling(of text: UnsafeRawBufferPointer, hash: Int) -> Spelling {
        let found = bytes.withUnsafeBytes { stored in
            slots.first(hash: hash) { number in
                let entry = entries[Int(number)]
                return Int(entry.count) == text.count
                    && (text.isEmpty || memcmp(stored.baseAddress! + entry.start, text.baseAddress!, text.count) == 0)
            }
        }
        if let found { return Spelling(number: found, surface: entries[Int(found)].surface) }
        let number = Int32(entries.count)
        let string = String(decoding: text, as: UTF8.self)
        let surface = value(in: &surfaceNumbers, forKey: string, insertingIfAbsent: Int32(surfaceNumbers.count))
        entries.append(Entry(start: bytes.count, count: Int32(text.count), surface: surface))
        bytes.append(contentsOf: text)
        strings.append(string)
        slots.insert(number, hash: hash)
        return Spelling(number: number, surface: surface)
    }

    /// The string of `spelling`.
    func string(of spelling: Spelling) -> String { strings[Int(spelling.number)] }
}
