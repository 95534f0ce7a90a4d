import Foundation

/// Gathers the mentions of documents batch by batch and turns them into candidates at the end.
///
/// Memory grows with the number of distinct candidate keys and surface forms, plus 16 bytes per
/// occurrence: a batch's documents, units and mentions are dropped once it is added. Capitalization
/// evidence accumulates in order, so a batch sees the evidence of itself and every batch before it;
/// the same batches in the same order give the same candidates.
public struct TermAccumulator: Sendable {
    /// The extractor whose rules and thresholds apply.
    public let extractor: TermExtractor
    private var evidence = CaseEvidence()
    /// Groups by first appearance, and each key's index among them (mutated in place: a group
    /// inside a dictionary value would be copied on every append).
    private var groups: [MentionGroup] = []
    private var groupIndex: [String: Int] = [:]
    private let tableIndex: TableIndex

    /// An empty accumulator for `extractor`.
    public init(_ extractor: TermExtractor) {
        self.extractor = extractor
        self.tableIndex = TableIndex(extractor.tables)
    }

    /// Adds a batch of prepared documents: their evidence first, then their mentions, found on all cores.
    public mutating func add(_ documents: [PreparedDocument]) {
        for document in documents { evidence.merge(document.evidence) }
        let extractor = self.extractor, evidence = self.evidence, tableIndex = self.tableIndex
        let perDocument = concurrentMap(documents) { document in
            MentionFinder(document: document, tables: extractor.tables, tableIndex: tableIndex,
                          statistics: extractor.statistics, evidence: evidence, places: extractor.places)
                .mentions(units: document.units)
        }
        for mentions in perDocument {
            for mention in mentions {
                if let index = groupIndex[mention.key] {
                    groups[index].add(mention)
                } else {
                    groupIndex[mention.key] = groups.count
                    var group = MentionGroup(mention)
                    group.add(mention)
                    groups.append(group)
                }
            }
        }
    }

    /// The candidates of everything added, best first (score, then key). With a clusterer, a
    /// common term that fails the thresholds comes back when its cluster of variants passes them
    /// with all its occurrences together, or when it is a variant of a term that passed on its own;
    /// the members of every cluster are returned unmerged (see ``VariantClusterer/merged(_:)``).
    public func candidates(clusteredBy clusterer: VariantClusterer? = nil) -> [TermCandidate] {
        // A form with an inserted word (`sanksi baru PBB`) counts only for a term also written
        // without it.
        let live = groups.indices.filter { groups[$0].plainCount > 0 }
        var liveIndex: [String: Int] = [:]
        for index in live { liveIndex[groups[index].key] = index }
        // Closed compounds inside longer names count for the open ones (`Kerjasama` → `kerja sama`).
        var closedCompounds: [String: String] = [:]
        for index in live where groups[index].words.count == 2 && !groups[index].key.utf8.contains(0x2D) {
            let closed = groups[index].words.joined()
            if liveIndex[closed] == nil { closedCompounds[closed] = groups[index].key }
        }
        // Nesting: a shorter candidate inside a longer mention counts there too.
        var nested: [String: [TermOccurrence]] = [:]
        var containers: [String: Set<String>] = [:]
        for index in live where groups[index].words.count >= 2 {
            let group = groups[index]
            let key = group.key
            for length in 1..<group.words.count {
                for start in 0...(group.words.count - length) {
                    var inner = group.key(of: start..<start + length)
                    if length == 1, liveIndex[inner] == nil, let open = closedCompounds[inner] { inner = open }
                    guard inner != key, liveIndex[inner] != nil else { continue }
                    containers[inner, default: []].insert(key)
                    var surfaces: [Int32: String] = [:]
                    for occurrence in group.occurrences {
                        let layout = group.layouts[Int(occurrence.surface)]
                        let relative = Int(layout[start].lowerBound)..<Int(layout[start + length - 1].upperBound)
                        let surface = surfaces[occurrence.surface] ?? {
                            let scalars = Array(group.surfaces[Int(occurrence.surface)].unicodeScalars)
                            return String(String.UnicodeScalarView(scalars[relative]))
                        }()
                        surfaces[occurrence.surface] = surface
                        let base = Int(occurrence.start)
                        nested[inner, default: []].append(TermOccurrence(
                            document: Int(occurrence.document), range: base + relative.lowerBound..<base + relative.upperBound,
                            surface: surface, isNested: true))
                    }
                }
            }
        }
        var candidates: [TermCandidate] = []
        var failed: [(candidate: TermCandidate, mentions: Int)] = []
        for index in live {
            let group = groups[index]
            let key = group.key
            var occurrences = group.occurrences.map {
                TermOccurrence(document: Int($0.document), range: Int($0.start)..<Int($0.end), surface: group.surfaces[Int($0.surface)])
            }
            // A nested occurrence inside a span already counted (a titled mention) is not counted
            // again; the same span found twice is one occurrence.
            occurrences += nested[key] ?? []
            occurrences.sort { ($0.document, $0.range.lowerBound, $0.range.upperBound, $0.isNested ? 1 : 0)
                < ($1.document, $1.range.lowerBound, $1.range.upperBound, $1.isNested ? 1 : 0) }
            var unique: [TermOccurrence] = []
            unique.reserveCapacity(occurrences.count)
            for occurrence in occurrences {
                if let last = unique.last, last.document == occurrence.document, last.range == occurrence.range { continue }
                unique.append(occurrence)
            }
            let containerMentions = (containers[key] ?? []).map { liveIndex[$0].map { groups[$0].mentionCount } ?? 0 }
            guard let (candidate, passes) = extractor.candidate(key: key, group: group, occurrences: unique,
                                                                containerMentions: containerMentions, evidence: evidence) else { continue }
            if passes {
                candidates.append(candidate)
            } else if clusterer != nil {
                failed.append((candidate, group.mentionCount))
            }
        }
        if let clusterer, !failed.isEmpty {
            candidates += secondLook(failed, passed: candidates, clusterer: clusterer)
        }
        candidates.sort { ($1.score, $0.key) < ($0.score, $1.key) }
        if let top = extractor.options.top { candidates = Array(candidates.prefix(top)) }
        return candidates
    }

    /// The failed common terms that come back through their clusters.
    private func secondLook(_ failed: [(candidate: TermCandidate, mentions: Int)], passed: [TermCandidate],
                            clusterer: VariantClusterer) -> [TermCandidate] {
        let all = passed + failed.map(\.candidate)
        let clustering = clusterer.clusters(of: clusterer.forms(of: all))
        var back: [TermCandidate] = []
        for cluster in clustering.clusters where cluster.members.contains(where: { $0 >= passed.count }) {
            let passedAlone = cluster.members.contains { $0 < passed.count }
            let members = cluster.members.map { all[$0] }
            var merged = all[cluster.canonical]
            merged.occurrences = VariantClusterer.outermost(members.flatMap(\.occurrences))
            merged.score = members.map(\.score).max() ?? merged.score
            let mentions = cluster.members.map { $0 >= passed.count ? failed[$0 - passed.count].mentions : 2 }.reduce(0, +)
            // A cluster with a common word among its one-word spellings (`jalan` of `jalan-jalan`)
            // is as common as that word.
            let common = members.contains {
                !$0.key.contains(" ") && extractor.statistics.zipf(of: $0.key) >= extractor.options.maximumSingleWordZipf
            }
            guard passedAlone || (!common && extractor.passesTermThresholds(
                merged, words: merged.key.split(separator: " ").map(String.init), mentions: mentions)) else { continue }
            back += cluster.members.filter { $0 >= passed.count }.map { all[$0] }
        }
        return back
    }
}

/// All mentions of one key, kept compactly: counts, votes, distinct surfaces and 16-byte occurrences.
struct MentionGroup: Sendable {
    struct Occurrence: Sendable {
        var document: Int32
        var start: Int32
        var end: Int32
        /// Index into ``MentionGroup/surfaces``.
        var surface: Int32
    }

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
    /// Bare surfaces (titled forms aside): count and order of first appearance.
    var bareSurfaces: [String: (count: Int, first: Int)] = [:]
    /// Distinct occurrence surfaces and, for each, its word ranges relative to the occurrence start.
    var surfaces: [String] = []
    var layouts: [[Range<Int32>]] = []
    private var surfaceIndex: [String: Int32] = [:]
    var occurrences: [Occurrence] = []

    init(_ mention: Mention) {
        key = mention.key
        words = mention.words
        joiners = mention.joiners
        firstKind = mention.kind
        firstIsUppercase = !mention.surface.unicodeScalars.contains { $0.properties.isLowercase }
    }

    mutating func add(_ mention: Mention) {
        if mention.kind == .common { commonCount += 1 } else { allCommon = false }
        if let hint = mention.typeHint { hints[hint, default: 0] += 1 }
        if !mention.needsPlainForm {
            plainCount += 1
            bareSurfaces[mention.surface, default: (0, mentionCount)].count += 1
        }
        mentionCount += 1
        let (range, surface) = mention.titled ?? (mention.range, mention.surface)
        let index: Int32
        if let known = surfaceIndex[surface] {
            index = known
        } else {
            index = Int32(surfaces.count)
            surfaceIndex[surface] = index
            surfaces.append(surface)
            layouts.append(mention.wordRanges.map { Int32($0.lowerBound - range.lowerBound)..<Int32($0.upperBound - range.lowerBound) })
        }
        occurrences.append(Occurrence(document: Int32(mention.document), start: Int32(range.lowerBound),
                                      end: Int32(range.upperBound), surface: index))
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
