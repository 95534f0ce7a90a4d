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
    /// Every string seen as a bare surface or as an occurrence surface, in order of first sight
    /// (its place there is its number in the group): one search per mention where the two are
    /// the same string (a mention not titled). The first is kept in the group itself: most
    /// mentions of a key are written as its first, and then touch no memory but the group's.
    private var firstSeen = SeenSurface(number: -1)
    /// The strings seen after the first, numbered from 1.
    private var laterSeen: [SeenSurface] = []
    /// The string of each seen surface, by its number in the group.
    private var seenStrings: [String] = []
    /// The number in the group of each later surface by its ``StringTable/Spelling/string``
    /// number, made once there are more than ``scanLimit``: most groups see a few spellings, and
    /// comparing a few numbers is cheaper than hashing one.
    private var numbers: HashSlots<Int32>?
    /// The most surfaces `laterSeen` is searched through one by one.
    private static let scanLimit = 8

    /// What a group knows of one string it has seen as a surface.
    private struct SeenSurface {
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
        for (number, string) in seenStrings.enumerated() {
            let entry = seen(number)
            if entry.bareCount > 0 { bare[string] = (Int(entry.bareCount), Int(entry.bareFirst)) }
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
            let first = Int32(mentionCount)
            changeSeen(number) { entry in
                if entry.bareCount == 0 { entry.bareFirst = first }
                entry.bareCount += 1
            }
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
        var place = seen(number).occurrence
        if place < 0 {
            place = Int32(surfaces.count)
            changeSeen(number) { $0.occurrence = place }
            surfaces.append(table.string(of: occurrence))
            layouts.append(document.layout(of: mention, in: surface))
        }
        return MentionRecord(group: group, document: Int32(document.document), start: surface.start,
                             end: surface.end, surface: place)
    }

    /// The seen surface numbered `number` in the group.
    private func seen(_ number: Int) -> SeenSurface { number == 0 ? firstSeen : laterSeen[number - 1] }

    /// Changes the seen surface numbered `number` in the group in place.
    private mutating func changeSeen(_ number: Int, _ change: (inout SeenSurface) -> Void) {
        if number == 0 { change(&firstSeen) } else { change(&laterSeen[number - 1]) }
    }

    /// The hash of a surface's ``StringTable/Spelling/string`` number in ``numbers``.
    private static func hash(_ surface: Int32) -> Int { HashSlots<Int32>.hash(of: CollectionOfOne(UInt64(UInt32(bitPattern: surface)))) }

    /// The number in the group of `spelling`'s surface, added if new (its string from `table`).
    private mutating func number(of spelling: StringTable.Spelling, in table: StringTable) -> Int {
        let surface = spelling.string
        if firstSeen.number == surface { return 0 }
        if let numbers {
            if let known = numbers.first(hash: Self.hash(surface), where: { laterSeen[Int($0) - 1].number == surface }) { return Int(known) }
        } else if let index = laterSeen.firstIndex(where: { $0.number == surface }) {
            return index + 1
        }
        let number = seenStrings.count
        seenStrings.append(table.string(of: spelling))
        guard number > 0 else {
            firstSeen = SeenSurface(number: surface)
            return 0
        }
        laterSeen.append(SeenSurface(number: surface))
        if numbers != nil {
            numbers?.insert(Int32(number), hash: Self.hash(surface))
        } else if laterSeen.count > Self.scanLimit {
            var slots = HashSlots<Int32>()
            for (index, entry) in laterSeen.enumerated() {
                slots.insert(Int32(index + 1), hash: Self.hash(entry.number))
            }
            numbers = slots
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
