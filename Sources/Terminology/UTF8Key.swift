import Foundation

/// A `String` as a hash key, hashed once and compared by its UTF-8 bytes where that gives the
/// same answer: without the canonical-equivalence work Swift does for a string outside ASCII on
/// every hash and every comparison (`_fastNFCCheck`, `_normalizedHash`, `_stringCompareFastUTF8Abnormal`).
///
/// Equal exactly when the strings are equal. A string whose scalars are all below U+0300 (ASCII,
/// Latin-1, Latin Extended-A and -B: `kéménkéu`) is in NFC and no other string in NFC is
/// canonically equivalent to it, so two such strings are equal when their bytes are, and the hash
/// of its bytes followed by 0xFF is `String`'s own. A string with any other scalar is hashed and
/// compared as a `String`. The hash is computed when the key is made, so a key looked up in
/// several tables (the clusterer's) is hashed once, and keys of different hashes compare unequal
/// without looking at their bytes.
struct UTF8Key: Hashable, Sendable {
    /// The string.
    let string: String
    /// Whether every scalar is below U+0300 (U+0300 is the first scalar whose UTF-8 lead byte is 0xCC).
    private let isBelowCombiningMarks: Bool
    /// The string's own hash (`string.hashValue`), computed once.
    let stringHash: Int

    /// The key of `string`; O(n) in its bytes, once.
    init(_ string: String) {
        self.string = string
        let isBelowCombiningMarks = string.utf8.allSatisfy { $0 < 0xCC }
        self.isBelowCombiningMarks = isBelowCombiningMarks
        var hasher = Hasher()
        if isBelowCombiningMarks {
            let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if done == nil { for byte in string.utf8 { hasher.combine(byte) } }
            hasher.combine(0xFF as UInt8)
        } else {
            hasher.combine(string)
        }
        stringHash = hasher.finalize()
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        guard a.stringHash == b.stringHash else { return false }
        guard a.isBelowCombiningMarks && b.isBelowCombiningMarks else { return a.string == b.string }
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        let equal = a.string.utf8.withContiguousStorageIfAvailable { left in
            b.string.utf8.withContiguousStorageIfAvailable { right in
                left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        return (equal ?? nil) ?? a.string.utf8.elementsEqual(b.string.utf8)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(stringHash) }
}
