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
    /// The place in `seen` of each of its surfaces by their ``StringTable/Spelling/string``
    /// numbers, made once there are more than ``scanLimit``: most groups see a few spellings, and
    /// comparing a few numbers is cheaper than hashing one.
    private var numbers: [Int32: Int32]?
    /// The most surfaces `seen` is searched through one by one.
    private static let scanLimit = 8

    /// What a group knows of one string it has seen as a surface.
    private struct SeenSurface {
        let surface: String
        /// Its ``StringTable/Spelling/string`` number.
        let number: Int32
        /// Mentions with this bare surface, and ``MentionGroup/mentionCount`` at the first of them.
        var bareCount: Int32 = 0
        var bareFirst: Int32 = 0
        /// Its index in ``MentionGroup/surfaces``, or −1 when no occurrence has it.
        var occurrence: Int32 = -1
    }

    /// The group of `key`, made at its first mention, `mention` (found in `document`).
    init(key: String, first mention: Mention, in document: DocumentMentions) {
        self.key = key
        words = document.keyWords(of: mention)
        joiners = document.joiners(of: mention)
        firstKind = mention.kind
        firstIsUppercase = !document.hasLowercase(mention.surface)
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

    /// Counts `mention` (found in `document`) and returns its occurrence (this group's index is
    /// `group`); its surfaces are numbered in `table`.
    mutating func add(_ mention: Mention, in document: DocumentMentions, table: inout StringTable, group: Int32) -> MentionRecord {
        if mention.kind == .common { commonCount += 1 } else { allCommon = false }
        if let hint = mention.typeHint { hintCounts[Self.slot(of: hint)] += 1 }
        var bare: (number: Int, spelling: StringTable.Spelling)?
        if !mention.needsPlainForm {
            plainCount += 1
            let spelling = document.withBytes(of: mention.surface) { table.spelling(of: $0, hash: mention.surface.hash) }
            let number = self.number(of: spelling, in: table)
            if seen[number].bareCount == 0 { seen[number].bareFirst = Int32(mentionCount) }
            seen[number].bareCount += 1
            bare = (number, spelling)
        }
        mentionCount += 1
        let surface = mention.titled ?? mention.surface
        let number: Int, occurrence: StringTable.Spelling
        if mention.titled == nil, let bare {
            (number, occurrence) = bare
        } else {
            occurrence = document.withBytes(of: surface) { table.spelling(of: $0, hash: surface.hash) }
            number = self.number(of: occurrence, in: table)
        }
        if seen[number].occurrence < 0 {
            seen[number].occurrence = Int32(surfaces.count)
            surfaces.append(table.string(of: occurrence))
            layouts.append(document.layout(of: mention, in: surface))
        }
        return MentionRecord(group: group, document: Int32(document.document), start: surface.start,
                             end: surface.end, surface: seen[number].occurrence)
    }

    /// The place in `seen` of `spelling`'s surface, added if new (its string from `table`).
    private mutating func number(of spelling: StringTable.Spelling, in table: StringTable) -> Int {
        let surface = spelling.string
        if numbers == nil {
            if let known = seen.firstIndex(where: { $0.number == surface }) { return known }
        } else if let known = numbers?[surface] {
            return Int(known)
        }
        let number = seen.count
        seen.append(SeenSurface(surface: table.string(of: spelling), number: surface))
        if numbers != nil {
            numbers?[surface] = Int32(number)
        } else if seen.count > Self.scanLimit {
            numbers = Dictionary(uniqueKeysWithValues: seen.indices.map { (seen[$0].number, Int32($0)) })
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
