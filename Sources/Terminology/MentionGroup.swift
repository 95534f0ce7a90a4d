/// All mentions of one key, kept compactly: counts, votes and distinct surfaces (the occurrences
/// themselves go to a file, see ``TermAccumulator``).
struct MentionGroup: Sendable {
    /// The aggregation key.
    let key: String
    /// The key of each word and what joins it to the one before.
    let words: [String]
    let joiners: [String]
    /// The kind of the first mention.
    let firstKind: Mention.Kind
    /// Whether the first mention is written without lowercase letters (`NATO`).
    let firstIsUppercase: Bool
    var mentionCount = 0
    /// Mentions written without an inserted word; a group with none is dropped.
    var plainCount = 0
    var commonCount = 0
    var allCommon = true
    var hints: [TermCategory: Int] = [:]
    /// Distinct occurrence surfaces and, for each, its word ranges relative to the occurrence start.
    var surfaces: [String] = []
    var layouts: [[Range<Int32>]] = []
    /// Every string seen as a bare surface or as an occurrence surface → its place in `seen`:
    /// one lookup per mention where the two are the same string (a mention not titled).
    private var numbers: [String: Int32] = [:]
    private var seen: [SeenSurface] = []

    /// What a group knows of one string it has seen as a surface.
    private struct SeenSurface {
        /// Mentions with this bare surface, and ``MentionGroup/mentionCount`` at the first of them.
        var bareCount: Int32 = 0
        var bareFirst: Int32 = 0
        /// Its index in ``MentionGroup/surfaces``, or −1 when no occurrence has it.
        var occurrence: Int32 = -1
    }

    init(_ mention: Mention) {
        key = mention.key
        words = mention.words
        joiners = mention.joiners
        firstKind = mention.kind
        firstIsUppercase = !mention.surface.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Bare surfaces (titled forms aside): count and order of first appearance.
    var bareSurfaces: [String: (count: Int, first: Int)] {
        var bare: [String: (count: Int, first: Int)] = [:]
        for (surface, number) in numbers where seen[Int(number)].bareCount > 0 {
            bare[surface] = (Int(seen[Int(number)].bareCount), Int(seen[Int(number)].bareFirst))
        }
        return bare
    }

    /// Counts `mention` and returns its occurrence (this group's index is `group`).
    mutating func add(_ mention: Mention, group: Int32) -> MentionRecord {
        if mention.kind == .common { commonCount += 1 } else { allCommon = false }
        if let hint = mention.typeHint { hints[hint, default: 0] += 1 }
        var bare: Int?
        if !mention.needsPlainForm {
            plainCount += 1
            let number = self.number(of: mention.surface)
            if seen[number].bareCount == 0 { seen[number].bareFirst = Int32(mentionCount) }
            seen[number].bareCount += 1
            bare = number
        }
        mentionCount += 1
        let (range, surface) = mention.titled ?? (mention.range, mention.surface)
        let number = mention.titled == nil ? bare ?? self.number(of: surface) : self.number(of: surface)
        if seen[number].occurrence < 0 {
            seen[number].occurrence = Int32(surfaces.count)
            surfaces.append(surface)
            layouts.append(mention.parts.map { Int32($0.range.lowerBound - range.lowerBound)..<Int32($0.range.upperBound - range.lowerBound) })
        }
        return MentionRecord(group: group, document: Int32(mention.document), start: Int32(range.lowerBound),
                             end: Int32(range.upperBound), surface: seen[number].occurrence)
    }

    /// The place of `surface` in `seen`, added if new.
    private mutating func number(of surface: String) -> Int {
        if let known = numbers[surface] { return Int(known) }
        numbers[surface] = Int32(seen.count)
        seen.append(SeenSurface())
        return seen.count - 1
    }

    /// The key of the words in `range`, joined as in the full key.
    func key(of range: Range<Int>) -> String {
        var key = ""
        for index in range {
            if index > range.lowerBound { key += joiners[index] }
            key += words[index]
        }
        return key
    }
}
