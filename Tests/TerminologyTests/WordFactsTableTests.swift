import Segmentation
@testable import Terminology
import Testing

@Suite("WordFactsTable: a thread's facts by packed key, in front of the shared cache")
struct WordFactsTableTests {
    static let lookup = WordFacts.Lookup(tables: LanguageTables(), statistics: WordStatistics(), places: [])

    /// A cache entry for `key` numbered `id`.
    static func entry(_ key: String, id: Int32) -> WordFactsCache.Entry {
        let word = MentionFinder.facts(of: key, kind: .word, id: id, lookup: lookup)
        return WordFactsCache.Entry(word: word, other: word, kindMatters: false)
    }

    @Test("keys of up to 15 bytes pack to distinct non-zero words; longer keys do not pack")
    func packing() {
        let keys = ["", "a", "b", "ab", "ba", "abcdefgh", "abcdefghi", "abcdefgh\u{0}", "abcdefghijklmno", "é", "e"]
        let packed = keys.map { WordFactsTable.packed($0) }
        #expect(packed.allSatisfy { $0 != nil && $0 != .zero })
        #expect(Set(packed.compactMap { $0 }).count == keys.count)
        #expect(WordFactsTable.packed("abcdefghijklmnop") == nil)
        #expect(WordFactsTable.packed("pemberdayaanmasyarakat") == nil)
    }

    @Test("every length packs to the bytes in order, the length above them")
    func packedBytes() {
        let letters = Array("abcdefghijklmnoé".utf8)
        for count in 0...15 {
            let bytes = Array(letters.prefix(count))
            let key = String(decoding: bytes, as: UTF8.self)
            guard key.utf8.count == count else { continue }
            var expected = SIMD2<UInt64>(0, UInt64(count + 1) << 56)
            for (index, byte) in bytes.enumerated() {
                if index < 8 { expected.x |= UInt64(byte) << (8 * UInt64(index)) } else { expected.y |= UInt64(byte) << (8 * UInt64(index - 8)) }
            }
            #expect(WordFactsTable.packed(key) == expected, "\(count) bytes")
        }
    }

    @Test("each key asks the shared cache once, and gets the same facts back after the table grows")
    func lookupsAndGrowth() {
        let table = WordFactsTable(capacity: 16)
        let keys = (0..<500).map { "kata\($0)" } + ["sangat-panjang-sekali-kuncinya"]
        var made: [String: WordFactsCache.Entry] = [:]
        var asked: [String: Int] = [:]
        func shared(_ key: String) -> WordFactsCache.Entry {
            asked[key, default: 0] += 1
            if let entry = made[key] { return entry }
            let entry = Self.entry(key, id: Int32(made.count))
            made[key] = entry
            return entry
        }
        for _ in 0..<3 {
            for key in keys {
                let slot = table.slot(of: key, shared: shared)
                #expect(slot.word.takeUnretainedValue() === made[key]!.word && slot.word.takeUnretainedValue().key == key)
            }
        }
        #expect(table.keyCount == 500)
        #expect(keys.dropLast().allSatisfy { asked[$0] == 1 })
        // A key too long to pack goes to the shared cache every time.
        #expect(asked["sangat-panjang-sekali-kuncinya"] == 3)
    }

    @Test("a key whose facts depend on the kind keeps the facts of its first kind for the rest of the document")
    func firstKindPerDocument() {
        let table = WordFactsTable()
        for key in ["bukunya", "pertanggungjawabannya"] {
            let word = MentionFinder.facts(of: key, kind: .word, id: 0, lookup: Self.lookup)
            let other = MentionFinder.facts(of: key, kind: .symbol, id: 0, lookup: Self.lookup)
            let entry = WordFactsCache.Entry(word: word, other: other, kindMatters: true)
            table.beginDocument()
            #expect(table.facts(of: key, kind: .symbol) { _ in entry }.takeUnretainedValue() === other)
            #expect(table.facts(of: key, kind: .word) { _ in entry }.takeUnretainedValue() === other)
            table.beginDocument()
            #expect(table.facts(of: key, kind: .word) { _ in entry }.takeUnretainedValue() === word)
            #expect(table.facts(of: key, kind: .number) { _ in entry }.takeUnretainedValue() === word)
            let plain = WordFactsCache.Entry(word: word, other: other, kindMatters: false)
            #expect(table.facts(of: key + "x", kind: .symbol) { _ in plain }.takeUnretainedValue() === word)
        }
    }
}
