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

    /// One spelling as its slot holds it (see ``HashSlots``): where its bytes lie in ``bytes``,
    /// its number and its string's.
    private struct Entry {
        let start: Int32
        let count: Int32
        let number: Int32
        let string: Int32
    }

    /// The bytes of every spelling, one after another.
    private var bytes: [UInt8] = []
    /// Spelling number → its string number.
    private var stringNumbers: [Int32] = []
    /// Spelling number → its string.
    private var strings: [String] = []
    /// Every spelling by ``hash(of:)``.
    private var slots = HashSlots<Entry>()
    /// Spelling numbers by their strings' `hashValue` (equal strings, equal hashes), one for
    /// each string number.
    private var stringSlots = HashSlots<Int32>()
    /// Distinct strings numbered so far.
    private(set) var stringCount: Int32 = 0

    /// An empty table.
    init() {}

    /// The hash of `bytes` that ``spelling(of:hash:)`` expects (equal bytes, equal hashes).
    static func hash(of bytes: UnsafeRawBufferPointer) -> Int { HashSlots<Int32>.hash(of: bytes) }

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
            slots.first(hash: hash) { entry in
                Int(entry.count) == text.count
                    && (text.isEmpty || memcmp(stored.baseAddress! + Int(entry.start), text.baseAddress!, text.count) == 0)
            }
        }
        if let found { return Spelling(number: found.number, string: found.string) }
        // New bytes: an equal string, if any, has the same `hashValue`.
        let number = Int32(strings.count)
        let string = make(), stringHash = string.hashValue
        let equal = stringSlots.first(hash: stringHash) { strings[Int($0)] == string }
        let stringNumber = equal.map { stringNumbers[Int($0)] } ?? stringCount
        if equal == nil {
            stringCount += 1
            stringSlots.insert(number, hash: stringHash)
        }
        slots.insert(Entry(start: Int32(bytes.count), count: Int32(text.count), number: number, string: stringNumber), hash: hash)
        bytes.append(contentsOf: text)
        stringNumbers.append(stringNumber)
        strings.append(string)
        return Spelling(number: number, string: stringNumber)
    }

    /// The string of `spelling`.
    func string(of spelling: Spelling) -> String { strings[Int(spelling.number)] }
}
