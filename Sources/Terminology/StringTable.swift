import Foundation

/// Strings numbered by their UTF-8 bytes: a string is found by hashing and comparing bytes (a
/// mention's surface in its document's text, a key as it is made), and made into a `String`
/// only the first time those bytes are seen.
///
/// A distinct byte sequence is a *spelling*, found by a hash of its bytes (``hash(of:)``);
/// spellings whose strings are equal (`==`, canonical equivalence: `é` written as one scalar or
/// as `e` and a combining accent) share one *string* number, so numbers compare as the strings
/// do. A new spelling's string is found by `String`'s own hash among the strings seen. Serial: ``TermAccumulator/group(_:)`` owns the tables. Memory grows with the distinct
/// spellings (their bytes and strings).
struct StringTable {
    /// One spelling found: its own number and its string's.
    struct Spelling {
        /// The spelling's number (``string(of:)``).
        let number: Int32
        /// The string's number: equal exactly when the strings are equal.
        let string: Int32
    }

    /// Where a spelling's bytes lie in ``bytes``, and its string number.
    private struct Entry {
        let start: Int
        let count: Int32
        let string: Int32
    }

    /// The bytes of every spelling, one after another.
    private var bytes: [UInt8] = []
    /// Spelling number → where its bytes lie, and its string number.
    private var entries: [Entry] = []
    /// Spelling number → its string.
    private var strings: [String] = []
    /// Spelling numbers by ``hash(of:)``.
    private var slots = HashSlots()
    /// Spelling numbers by their strings' `hashValue` (equal strings, equal hashes), one for
    /// each string number.
    private var stringSlots = HashSlots()
    /// Distinct strings numbered so far.
    private(set) var stringCount: Int32 = 0

    /// An empty table.
    init() {}

    /// The hash of `bytes` that ``spelling(of:hash:)`` expects (equal bytes, equal hashes).
    static func hash(of bytes: UnsafeRawBufferPointer) -> Int { HashSlots.hash(of: bytes) }

    /// The spelling of `text` (UTF-8, whose ``hash(of:)`` is `hash`), numbered if new;
    /// O(its length) expected.
    mutating func spelling(of text: UnsafeRawBufferPointer, hash: Int) -> Spelling {
        spelling(of: text, hash: hash) { String(decoding: text, as: UTF8.self) }
    }

    /// The spelling of `string`, numbered if new (keeping `string` itself); O(its length) expected.
    mutating func spelling(of string: String) -> Spelling {
        var contiguous = string
        return contiguous.withUTF8 { bytes in
            let bytes = UnsafeRawBufferPointer(bytes)
            return spelling(of: bytes, hash: Self.hash(of: bytes)) { string }
        }
    }

    /// The spelling of `text`, whose string `make` makes if the spelling is new.
    private mutating func spelling(of text: UnsafeRawBufferPointer, hash: Int, making make: () -> String) -> Spelling {
        let found = bytes.withUnsafeBytes { stored in
            slots.first(hash: hash) { number in
                let entry = entries[Int(number)]
                return Int(entry.count) == text.count
                    && (text.isEmpty || memcmp(stored.baseAddress! + entry.start, text.baseAddress!, text.count) == 0)
            }
        }
        if let found { return Spelling(number: found, string: entries[Int(found)].string) }
        // New bytes: an equal string, if any, has the same `hashValue`.
        let number = Int32(entries.count)
        let string = make(), stringHash = string.hashValue
        let equal = stringSlots.first(hash: stringHash) { strings[Int($0)] == string }
        let stringNumber = equal.map { entries[Int($0)].string } ?? stringCount
        if equal == nil {
            stringCount += 1
            stringSlots.insert(number, hash: stringHash)
        }
        entries.append(Entry(start: bytes.count, count: Int32(text.count), string: stringNumber))
        bytes.append(contentsOf: text)
        strings.append(string)
        slots.insert(number, hash: hash)
        return Spelling(number: number, string: stringNumber)
    }

    /// The string of `spelling`.
    func string(of spelling: Spelling) -> String { strings[Int(spelling.number)] }
}
