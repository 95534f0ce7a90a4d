/// A bilingual glossary: concept entries, Indonesian → English.
public struct Glossary: Hashable, Sendable, Codable {
    /// The entries, in the order they were read or added.
    public var entries: [GlossaryEntry]

    /// Creates a glossary of `entries`.
    public init(entries: [GlossaryEntry] = []) {
        self.entries = entries
    }

    /// The entries sorted by canonical Indonesian (case-insensitively), then English and category:
    /// the order of every writer, so output does not depend on input order. O(n log n).
    public var sorted: Glossary {
        let keyed = entries.enumerated().map { (key: $0.element.sortKey, offset: $0.offset) }
        let order = keyed.sorted { a, b in
            a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.offset < b.offset
        }
        return Glossary(entries: order.map { entries[$0.offset] })
    }
}
