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
    /// Mentions with each type hint, at the hint's ``slot(of:)``: counted in place, where a
    /// dictionary would hash the hint (see ``hints``).
    private var hintCounts = SIMD8<Int32>()
    /// Distinct occurrence surfaces and, for each, its word ranges relative to the occurrence start.
    var surfaces: [String] = []
    var layouts: [[Range<Int32>]] = []
    /// Every string seen as a bare surface or as an occurrence surface, in order of first sight:
    /// one search per mention where the two are the same string (a mention not titled).
    private var seen: [SeenSurface] = []
    /// The place in `seen` of each of its surfaces, made once there are more than ``scanLimit``:
    /// most groups see a few spellings, and comparing a few strings is cheaper than hashing one.
    private var numbers: [String: Int32]?
    /// The most surfaces `seen` is searched through one by one.
    private static let scanLimit = 8

    /// What a group knows of one string it has seen as a surface.
    private struct SeenSurface {
        let surface: String
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
        for entry in seen where entry.bareCount > 0 {
            bare[entry.surface] = (Int(entry.bareCount), Int(entry.bareFirst))
        }
        return bare
    }

    /// How many mentions suggested each type (types no mention suggested left out).
    var hints: [TermCategory: Int] {
        var hints: [TermCategory: Int] = [:]
        for category in TermCategory.allCases where hintCounts[Self.slot(of: category)] > 0 {
            hints[category] = Int(hintCounts[Self.slot(of: category)])
        }
        return hints
    }

    /// The place of `category`'s count in ``hintCounts`` (one for each of the eight categories).
    private static func slot(of category: TermCategory) -> Int {
        switch category {
        case .person: 0
        case .location: 1
        case .organization: 2
        case .title: 3
        case .document: 4
        case .event: 5
        case .product: 6
        case .term: 7
        }
    }

    /// Counts `mention` and returns its occurrence (this group's index is `group`).
    mutating func add(_ mention: Mention, group: Int32) -> MentionRecord {
        if mention.kind == .common { commonCount += 1 } else { allCommon = false }
        if let hint = mention.typeHint { hintCounts[Self.slot(of: hint)] += 1 }
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
        if numbers == nil {
            if let known = seen.firstIndex(where: { $0.surface == surface }) { return known }
        } else if let known = numbers?[surface] {
            return Int(known)
        }
        let number = seen.count
        seen.append(SeenSurface(surface: surface))
        if numbers != nil {
            numbers?[surface] = Int32(number)
        } else if seen.count > Self.scanLimit {
            numbers = Dictionary(uniqueKeysWithValues: seen.indices.map { (seen[$0].surface, Int32($0)) })
        }
        return number
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
