import Foundation

/// The occurrences of every candidate group, counted from the mentions' file: each group's own
/// occurrences and those nested inside longer groups, an occurrence found twice counted once.
///
/// What stays in memory: a summary per group (count, documents, surfaces with counts), the
/// distinct surfaces and the tables that turn a document's mentions into its occurrences
/// (``DocumentLayout``). The occurrences themselves are never stored: whenever occurrences of
/// groups or of unions of groups are asked for, each document's are made again from the mentions'
/// file, on the worker threads (cheaper than writing them to a file of their own and reading them
/// back); every rule here looks at one document at a time (a span is the same span only within a
/// document).
final class OccurrenceTally {
    /// One counted occurrence of a group.
    struct Record: DocumentRecord {
        var group: Int32
        var document: Int32
        var start: Int32
        var end: Int32
        /// Index into ``OccurrenceTally/surfaces``.
        var surface: Int32
        var isNested: Bool
    }

    /// A sort key of two unsigned integers, compared in order (packed fields sort faster than tuples).
    struct SortKey: Comparable {
        var high: UInt64
        var low: UInt64

        static func < (a: SortKey, b: SortKey) -> Bool { a.high != b.high ? a.high < b.high : a.low < b.low }
    }

    /// The groups that count (a group only ever written with an inserted word does not), in order.
    let live: [Int]
    /// By group index: the longer live groups it is nested in, each once.
    let containers: [[Int32]]
    /// The summary of each live group, by group index.
    let summaries: [TermSummary?]
    /// Every distinct surface of an occurrence.
    let surfaces: [String]
    /// By group index: the surfaces of its occurrences (indices into ``surfaces``) with their
    /// counts, and whether two of its occurrences overlap in some document (then a union's
    /// outermost occurrences may leave one out even where the group occurs alone). What
    /// ``summaries(ofUnions:)`` starts from.
    private let surfaceCounts: [[(surface: Int32, count: Int)]]
    private let overlapsItself: [Bool]
    /// The mentions' file and what turns one document's mentions into its occurrences.
    private let mentions: RecordFile<MentionRecord>
    private let layout: DocumentLayout
    /// Worker threads that turn documents' records into occurrences or runs.
    private let threads: Int

    /// The indices of the groups that count (see ``live``).
    static func liveGroups(_ groups: [MentionGroup]) -> [Int] {
        groups.indices.filter { groups[$0].plainCount > 0 }
    }

    /// Counts the occurrences in `mentions` (records of `groups`) on `threads` worker threads
    /// (all cores unless told). A group marked in `namesAlsoCommon` (a name whose key is written
    /// as a common word too) keeps only its occurrences written with a capital. The tally reads `mentions` again whenever occurrences are asked
    /// for: nothing may be appended to it while the tally is in use.
    init(groups: [MentionGroup], mentions: RecordFile<MentionRecord>, namesAlsoCommon: [Bool]? = nil,
         threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        // A form with an inserted word (`sanksi baru PBB`) counts only for a term also written
        // without it.
        let live = Self.liveGroups(groups)
        // (The tables below are only looked up, never iterated; sized at once, they are never rehashed.)
        var liveIndex: [UTF8Key: Int] = Dictionary(minimumCapacity: live.count)
        for index in live { liveIndex[UTF8Key(groups[index].key)] = index }
        // Closed compounds inside longer names count for the open ones (`Kerjasama` → `kerja sama`).
        var closedCompounds: [UTF8Key: UTF8Key] = [:]
        for index in live where groups[index].words.count == 2 && !groups[index].key.utf8.contains(0x2D) {
            let closed = UTF8Key(groups[index].words.joined())
            if liveIndex[closed] == nil { closedCompounds[closed] = UTF8Key(groups[index].key) }
        }
        // Nesting: a shorter candidate inside a longer mention counts there too. Each group's
        // nestings are found on the worker threads (the tables are read only), and the groups'
        // containers gathered from them here, in group order.
        let found = concurrentSlices(of: live.count, size: 1024, threads: threads) { [liveIndex, closedCompounds] slice in
            slice.map { position -> [(inner: Int32, start: Int, length: Int)] in
                let index = live[position], group = groups[index]
                guard group.words.count >= 2 else { return [] }
                let groupKey = UTF8Key(group.key)
                var nested: [(inner: Int32, start: Int, length: Int)] = []
                for length in 1..<group.words.count {
                    for start in 0...(group.words.count - length) {
                        var inner = UTF8Key(group.key(of: start..<start + length))
                        if length == 1, liveIndex[inner] == nil, let open = closedCompounds[inner] { inner = open }
                        guard inner != groupKey, let innerIndex = liveIndex[inner] else { continue }
                        nested.append((Int32(innerIndex), start, length))
                    }
                }
                return nested
            }
        }
        var nestings = [[(inner: Int32, start: Int, length: Int)]](repeating: [], count: groups.count)
        var containers = [[Int32]](repeating: [], count: groups.count)
        for (position, index) in live.enumerated() where !found[position].isEmpty {
            nestings[index] = found[position]
            for (inner, _, _) in found[position] where containers[Int(inner)].last != Int32(index) { containers[Int(inner)].append(Int32(index)) }
        }
        // Surfaces: each distinct string once; a group's own surfaces first, then the surfaces of
        // its nested occurrences (one per surface and nesting, and every one of them occurs).
        var surfaces: [String] = []
        var surfaceIDs: [UTF8Key: Int32] = Dictionary(minimumCapacity: live.count)
        func intern(_ surface: String) -> Int32 {
            let key = UTF8Key(surface)
            if let known = surfaceIDs[key] { return known }
            let id = Int32(surfaces.count)
            surfaces.append(surface)
            surfaceIDs[key] = id
            return id
        }
        var ownSurfaces = [[Int32]](repeating: [], count: groups.count)
        for index in live { ownSurfaces[index] = groups[index].surfaces.map(intern) }
        var nestedSurfaces = [[Int32]](repeating: [], count: groups.count)
        for index in live where !nestings[index].isEmpty {
            for (surface, layout) in zip(groups[index].surfaces, groups[index].layouts) {
                // Layout offsets count scalars: in an ASCII surface they are byte offsets, and a
                // span is decoded straight from the bytes.
                let bytes = Array(surface.utf8)
                let scalars = bytes.allSatisfy({ $0 < 0x80 }) ? [] : Array(surface.unicodeScalars)
                for (_, start, length) in nestings[index] {
                    let relative = Int(layout[start].lowerBound)..<Int(layout[start + length - 1].upperBound)
                    let span = scalars.isEmpty ? String(decoding: bytes[relative], as: UTF8.self)
                                               : String(String.UnicodeScalarView(scalars[relative]))
                    nestedSurfaces[index].append(intern(span))
                }
            }
        }
        // Each (group, surface) an occurrence can have gets a number, so that counting the
        // occurrences of each surface is an array increment.
        struct Pair: Hashable { var group: Int32, surface: Int32 }
        var pairs: [Pair] = []
        var pairIDs: [Pair: Int32] = Dictionary(minimumCapacity: 2 * live.count)
        func number(_ pair: Pair) -> Int32 {
            if let known = pairIDs[pair] { return known }
            pairIDs[pair] = Int32(pairs.count)
            pairs.append(pair)
            return Int32(pairs.count - 1)
        }
        var ownPairs = [[Int32]](repeating: [], count: groups.count)
        var nestedPairs = [[Int32]](repeating: [], count: groups.count)
        for index in live {
            ownPairs[index] = ownSurfaces[index].map { number(Pair(group: Int32(index), surface: $0)) }
            let nested = nestings[index]
            guard !nested.isEmpty else { continue }
            nestedPairs[index] = nestedSurfaces[index].enumerated().map { offset, surface in
                number(Pair(group: nested[offset % nested.count].inner, surface: surface))
            }
        }
        pairIDs = [:]
        // A name always written with a capital is not the lowercase common word of the same
        // spelling inside a common term (`Angkasa` is not `angkasa` in `luar angkasa`).
        // Nor is a name also written as a common word (`Hati`, `hati`) that word where it is
        // written without capitals, on its own or inside another term.
        let alsoCommon = namesAlsoCommon ?? [Bool](repeating: false, count: groups.count)
        let capitalizedOnly = groups.indices.map { index in
            alsoCommon[index] || groups[index].commonCount == 0 && groups[index].surfaces.allSatisfy { $0.first?.isUppercase == true }
        }
        let lowercaseFirst = surfaces.map { $0.first?.isLowercase == true }
        let ownCounts = groups.indices.map { index in
            alsoCommon[index] ? groups[index].surfaces.map { $0.unicodeScalars.contains(where: \.properties.isUppercase) } : []
        }
        let layout = DocumentLayout(groups: groups, nestings: nestings, ownSurfaces: ownSurfaces, nestedSurfaces: nestedSurfaces,
                                    ownPairs: ownPairs, nestedPairs: nestedPairs, capitalizedOnly: capitalizedOnly,
                                    lowercaseFirst: lowercaseFirst, ownCounts: ownCounts)
        ownSurfaces = []; nestedSurfaces = []; ownPairs = []; nestedPairs = []; nestings = []

        var counts = [Int](repeating: 0, count: groups.count)
        // Each group's documents, as (group, document) pairs in document order, a list per chunk
        // of documents cut to its length (one list grown by doubling held up to twice the pairs):
        // the groups and, per document with any, where its groups end in the list (4 bytes a pair).
        var groupDocuments: [(groups: [Int32], documentEnds: [(document: Int32, end: Int)])] = []
        var lastDocuments = [Int32](repeating: -1, count: groups.count)
        var lastEnds = [Int32](repeating: 0, count: groups.count)
        var overlapsItself = [Bool](repeating: false, count: groups.count)
        var pairCounts = [Int](repeating: 0, count: pairs.count)
        // The documents of each chunk go to the worker threads, which make their occurrences while
        // those of the chunk before are counted and written here, in document order.
        var pending: (documents: [Int32], occurrences: BackgroundWork<[(records: [Record], pairs: [Int32])]>)?
        func countPending() {
            guard let (documentIndices, occurrences) = pending else { return }
            Self.count(occurrences.value, of: documentIndices, counts: &counts, groupDocuments: &groupDocuments,
                       lastDocuments: &lastDocuments, lastEnds: &lastEnds, overlapsItself: &overlapsItself, pairCounts: &pairCounts)
            pending = nil
        }
        try mentions.forEachChunkOfDocuments { records, ranges in
            let occurrences = BackgroundWork(threads: threads) {
                concurrentMap(ranges, threads: threads) { layout.occurrences(of: records[$0], document: records[$0.lowerBound].document, keeping: nil) }
            }
            countPending()
            pending = (ranges.map { records[$0.lowerBound].document }, occurrences)
        }
        countPending()
        // The documents grouped by group (a counting sort keeps each group's in document order).
        var documentStarts = [Int](repeating: 0, count: groups.count + 1)
        for chunk in groupDocuments { for group in chunk.groups { documentStarts[Int(group) + 1] += 1 } }
        for index in groups.indices { documentStarts[index + 1] += documentStarts[index] }
        var next = documentStarts
        var documents = [Int32](repeating: 0, count: documentStarts[groups.count])
        for index in groupDocuments.indices {
            var runStart = 0
            for (document, end) in groupDocuments[index].documentEnds {
                for group in groupDocuments[index].groups[runStart..<end] {
                    documents[next[Int(group)]] = document
                    next[Int(group)] += 1
                }
                runStart = end
            }
            // (Each chunk's list goes as soon as it is read.)
            groupDocuments[index] = ([], [])
        }
        groupDocuments = []; next = []
        // A group's pairs have distinct surfaces: its counts need no table by string.
        var surfaceCounts = [[(surface: Int32, count: Int)]](repeating: [], count: groups.count)
        for (pair, count) in zip(pairs, pairCounts) where count > 0 {
            surfaceCounts[Int(pair.group)].append((pair.surface, count))
        }
        // Each live group's summary, made on the worker threads.
        let made = concurrentSlices(of: live.count, size: 1024, threads: threads) { [counts, documents, documentStarts, surfaceCounts, surfaces] slice in
            slice.map { position -> TermSummary in
                let index = live[position]
                let groupDocuments = documents[documentStarts[index]..<documentStarts[index + 1]]
                var summary = TermSummary(count: counts[index], documents: groupDocuments.lazy.map { Int($0) }, surfaceCounts: [:])
                summary.variants = Self.variants(surfaceCounts[index], surfaces: surfaces)
                return summary
            }
        }
        var summaries = [TermSummary?](repeating: nil, count: groups.count)
        for (position, index) in live.enumerated() { summaries[index] = made[position] }
        self.live = live
        self.containers = containers
        self.summaries = summaries
        self.surfaces = surfaces
        self.surfaceCounts = surfaceCounts
        self.overlapsItself = overlapsItself
        self.mentions = mentions
        self.layout = layout
        self.threads = threads
    }

    /// The variants of `counts` (distinct indices into `surfaces`, with their counts) in
    /// ``TermSummary/variants`` order: most frequent first, then alphabetical.
    private static func variants(_ counts: [(surface: Int32, count: Int)], surfaces: [String]) -> [TermSummary.Variant] {
        counts.sorted { a, b in a.count != b.count ? a.count > b.count : surfaces[Int(a.surface)] < surfaces[Int(b.surface)] }
            .map { TermSummary.Variant(form: surfaces[Int($0.surface)], count: $0.count) }
    }

    /// Counts the occurrences of `documents` (`perDocument`, in the same order): per group, the
    /// occurrences; each group's documents (each once, in order) as (group, document) pairs, a list
    /// appended to `groupDocuments`: the groups and, per document with any, where its groups end
    /// in the list; per (group, surface) pair, the occurrences.
    /// `lastDocuments` holds each group's last document (-1 for none), so that a repeat needs no
    /// look into the list; `lastEnds` the furthest end of its occurrences there, so that
    /// `overlapsItself` marks a group with an occurrence that starts before it (occurrences come
    /// in text order). (A function of its own, so that the counts are borrowed once per batch:
    /// captured by a closure, every increment was an exclusivity check.)
    private static func count(_ perDocument: [(records: [Record], pairs: [Int32])], of documents: [Int32],
                              counts: inout [Int], groupDocuments chunks: inout [(groups: [Int32], documentEnds: [(document: Int32, end: Int)])],
                              lastDocuments: inout [Int32], lastEnds: inout [Int32], overlapsItself: inout [Bool],
                              pairCounts: inout [Int]) {
        // Room for a pair per occurrence, written through a buffer pointer and cut to what was
        // written (an append per pair asked whether the storage was unique).
        var groupDocuments = [Int32](repeating: 0, count: perDocument.reduce(0) { $0 + $1.records.count })
        var documentEnds: [(document: Int32, end: Int)] = []
        var written = 0
        // Through buffer pointers: an array's subscript asks whether its storage is unique on every
        // write, which cost as much as the counting itself.
        counts.withUnsafeMutableBufferPointer { counts in
            lastDocuments.withUnsafeMutableBufferPointer { lastDocuments in
              lastEnds.withUnsafeMutableBufferPointer { lastEnds in
                pairCounts.withUnsafeMutableBufferPointer { pairCounts in
                    groupDocuments.withUnsafeMutableBufferPointer { groupDocuments in
                        for (document, occurrences) in zip(documents, perDocument) {
                            occurrences.records.withUnsafeBufferPointer { records in
                                for item in records {
                                    let index = Int(item.group)
                                    counts[index] += 1
                                    if lastDocuments[index] != document {
                                        lastDocuments[index] = document
                                        lastEnds[index] = item.end
                                        groupDocuments[written] = item.group
                                        written += 1
                                    } else {
                                        if item.start < lastEnds[index] { overlapsItself[index] = true }
                                        lastEnds[index] = max(lastEnds[index], item.end)
                                    }
                                }
                            }
                            if written > (documentEnds.last?.end ?? 0) { documentEnds.append((document, written)) }
                            for pair in occurrences.pairs { pairCounts[Int(pair)] += 1 }
                        }
                    }
                }
              }
            }
        }
        chunks.append((Array(groupDocuments[..<written]), documentEnds))
    }

    /// Calls `body` with each document's occurrences of the unions of groups in `unions`
    /// (`selected` of them), by union in ascending order. A union of one group keeps the group's
    /// order (start, end); a larger union keeps only the outermost occurrences (see
    /// ``VariantClusterer/outermost(_:)``).
    ///
    /// With `wanted` (by document index; a document past its end is not wanted), only the
    /// documents it marks are read. With `leftOut`, `body` sees instead the occurrences that a
    /// larger union leaves out (nothing for a union of one group).
    private func forEachDocument(of unions: [[Int]], selected: Range<Int>, wanted: [Bool]? = nil, leftOut: Bool = false,
                                 _ body: (_ union: Int, _ occurrences: [Record]) -> Void) throws {
        guard !selected.isEmpty else { return }
        var unionOfGroup = [Int32](repeating: -1, count: summaries.count)
        for index in selected { for group in unions[index] { unionOfGroup[group] = Int32(index) } }
        // The documents of each chunk go to the worker threads, which sort out their occurrences
        // by union while `body` sees those of the chunk before here, in document order.
        let unionOf = unionOfGroup, threads = self.threads, layout = self.layout, overlapsItself = self.overlapsItself
        var pending: BackgroundWork<[[(union: Int, occurrences: [Record])]]>?
        // Each chunk's runs are freed on another thread once seen (many small arrays).
        func seePending() {
            guard let work = pending else { return }
            pending = nil
            for runs in work.value { for (union, run) in runs { body(union, run) } }
            releaseInBackground(work, threads: threads)
        }
        try mentions.forEachChunkOfDocuments { records, allRanges in
            var ranges = allRanges
            if let wanted {
                ranges = allRanges.filter { range in
                    let document = Int(records[range.lowerBound].document)
                    return document < wanted.count && wanted[document]
                }
                guard !ranges.isEmpty else { return }
            }
            let next = BackgroundWork(threads: threads) { [ranges] in
                concurrentMap(ranges, threads: threads) { range in
                    let occurrences = layout.occurrences(of: records[range], document: records[range.lowerBound].document, keeping: unionOf)
                    return Self.runs(of: occurrences.records[...], unionOfGroup: unionOf, unions: unions,
                                     leftOutBesides: leftOut ? overlapsItself : nil)
                }
            }
            seePending()
            pending = next
        }
        seePending()
    }

    /// One document's occurrences of the unions of groups (`unionOfGroup`: each group's union, or
    /// -1), by union in ascending order: a union of one group keeps the group's order (start,
    /// end), a larger union only its outermost occurrences (see ``outermost(_:)``). With
    /// `leftOutBesides` (``overlapsItself``), a larger union only the occurrences that are not
    /// outermost, and a union of one group none.
    private static func runs(of records: ArraySlice<Record>, unionOfGroup: [Int32], unions: [[Int]],
                             leftOutBesides overlapsItself: [Bool]? = nil) -> [(union: Int, occurrences: [Record])] {
        // (union, place in the document) packed in one integer each, sorted.
        var keys: [UInt64] = []
        for (place, record) in records.enumerated() {
            let union = unionOfGroup[Int(record.group)]
            if union >= 0 { keys.append(UInt64(UInt32(union)) << 32 | UInt64(place)) }
        }
        guard !keys.isEmpty else { return [] }
        keys.sort()
        let first = records.startIndex
        var runs: [(union: Int, occurrences: [Record])] = []
        var start = 0
        while start < keys.count {
            let union = keys[start] >> 32
            var end = start + 1
            while end < keys.count && keys[end] >> 32 == union { end += 1 }
            // Only a union's occurrences left out are wanted: a run of one group that never
            // overlaps itself leaves none out, and is passed over unsorted (most runs).
            if let overlapsItself {
                let group = records[first + Int(keys[start] & 0xFFFF_FFFF)].group
                if unions[Int(union)].count == 1
                    || !overlapsItself[Int(group)] && keys[start..<end].allSatisfy({ records[first + Int($0 & 0xFFFF_FFFF)].group == group }) {
                    start = end
                    continue
                }
            }
            let run = keys[start..<end].map { records[first + Int($0 & 0xFFFF_FFFF)] }
            if overlapsItself == nil {
                runs.append((Int(union), unions[Int(union)].count == 1 ? run : outermost(run)))
            } else {
                var kept = [Bool](repeating: false, count: run.count), keptCount = 0
                forEachOutermost(run) { kept[$0] = true; keptCount += 1 }
                if keptCount < run.count { runs.append((Int(union), run.indices.filter { !kept[$0] }.map { run[$0] })) }
            }
            start = end
        }
        return runs
    }

    /// One document's `records` (in text order, every one of a group in a union: `unionOfGroup`)
    /// in the order ``spans(of:in:)`` writes them: the records of unions of one group (`isSingle`)
    /// as they come, then those of each larger union, by union, as ``outermost(_:)`` keeps them.
    /// Each union's records keep their order among themselves; a document whose records are all
    /// of unions of one group is returned as it is.
    private static func unionOrder(_ records: [Record], unionOfGroup: [Int32], isSingle: [Bool]) -> [Record] {
        guard records.contains(where: { !isSingle[Int(unionOfGroup[Int($0.group)])] }) else { return records }
        var ordered: [Record] = []
        ordered.reserveCapacity(records.count)
        var waiting: [(union: Int32, record: Record)] = []
        for record in records {
            let union = unionOfGroup[Int(record.group)]
            if isSingle[Int(union)] { ordered.append(record) } else { waiting.append((union, record)) }
        }
        let byUnion = waiting.indices.sorted { (waiting[$0].union, $0) < (waiting[$1].union, $1) }
        var start = 0
        while start < byUnion.count {
            let union = waiting[byUnion[start]].union
            var end = start + 1
            while end < byUnion.count && waiting[byUnion[end]].union == union { end += 1 }
            ordered += outermost(byUnion[start..<end].map { waiting[$0].record })
            start = end
        }
        return ordered
    }

    /// The occurrences in text order without those inside another one (a not-nested occurrence
    /// wins over a nested one of the same span): ``VariantClusterer/outermost(_:)`` for one document.
    static func outermost(_ records: [Record]) -> [Record] {
        var kept: [Record] = []
        forEachOutermost(records) { kept.append(records[$0]) }
        return kept
    }

    /// Calls `body` with the index in `records` of each of ``outermost(_:)``'s occurrences, in its order.
    @inline(__always)
    private static func forEachOutermost(_ records: [Record], _ body: (Int) -> Void) {
        // Sorted by (start, end descending, nested), ties in the order given, as packed integers.
        let order = records.indices.map { index in
            let record = records[index]
            return SortKey(high: UInt64(UInt32(record.start)) << 32 | UInt64(UInt32.max - UInt32(record.end)),
                           low: (record.isNested ? 1 << 32 : 0) | UInt64(index))
        }.sorted()
        var end: Int32 = -1
        for key in order {
            let index = Int(key.low & 0xFFFF_FFFF)
            guard records[index].end > end else { continue }
            end = records[index].end
            body(index)
        }
    }

    /// The summary of each union of groups (its outermost occurrences).
    ///
    /// Made from its groups' summaries: their counts, documents and surfaces added up, less the
    /// occurrences a larger union leaves out (one inside another). Those can only be in a
    /// document where two of its groups occur, or where one that overlaps itself
    /// (``overlapsItself``) does: only those documents are read again (the unions summed up
    /// while clustering leave out few occurrences, and counting every kept one again was most of
    /// the work, some of it serial).
    func summaries(ofUnions unions: [[Int]]) throws -> [TermSummary] {
        var counts = [Int](repeating: 0, count: unions.count)
        var surfaceCounts = [[Int32: Int]](repeating: [:], count: unions.count)
        var documents = [[Int32]](repeating: [], count: unions.count)
        // The documents to read again: a union's second group in a document, or a group that
        // overlaps itself, marks it (`seenBy` holds the last union that saw each document).
        var wanted: [Bool] = [], seenBy: [Int] = []
        func mark(_ document: Int, union: Int, always: Bool) {
            if document >= wanted.count {
                wanted += repeatElement(false, count: document + 1 - wanted.count)
                seenBy += repeatElement(-1, count: document + 1 - seenBy.count)
            }
            if always || seenBy[document] == union { wanted[document] = true }
            seenBy[document] = union
        }
        for (union, groups) in unions.enumerated() {
            for group in groups {
                let summary = self.summaries[group]!
                counts[union] += summary.count
                for (surface, count) in self.surfaceCounts[group] { surfaceCounts[union][surface, default: 0] += count }
                guard groups.count > 1 else { continue }
                for document in summary.documentIndices { mark(Int(document), union: union, always: overlapsItself[group]) }
            }
            // Every document of a group holds an occurrence of the union (the outermost of a
            // document's occurrences are never none).
            documents[union] = groups.count == 1 ? self.summaries[groups[0]]!.documentIndices
                                                 : Array(Set(groups.flatMap { self.summaries[$0]!.documentIndices })).sorted()
        }
        seenBy = []
        try forEachDocument(of: unions, selected: unions.indices, wanted: wanted, leftOut: true) { union, records in
            counts[union] -= records.count
            for record in records { surfaceCounts[union][record.surface]! -= 1 }
        }
        return unions.indices.map { union in
            var summary = TermSummary(count: counts[union], documents: documents[union].lazy.map { Int($0) }, surfaceCounts: [:])
            summary.variants = Self.variants(surfaceCounts[union].compactMap { $0.value > 0 ? ($0.key, $0.value) : nil }, surfaces: surfaces)
            return summary
        }
    }

    /// The occurrences of the unions of groups `unions[selected]`, in text order, by union.
    func occurrences(of unions: [[Int]], in selected: Range<Int>) throws -> [[TermOccurrence]] {
        var lists = [[TermOccurrence]](repeating: [], count: selected.count)
        try forEachDocument(of: unions, selected: selected) { union, records in
            for record in records {
                lists[union - selected.lowerBound].append(TermOccurrence(
                    document: Int(record.document), range: Int(record.start)..<Int(record.end),
                    surface: surfaces[Int(record.surface)], isNested: record.isNested))
            }
        }
        return lists
    }

    /// ``occurrences(of:in:)`` without the surfaces, in one pass over the file with no
    /// per-document arrays: a union of one group takes its records as the file holds them (the
    /// group's order, as ``runs(of:unionOfGroup:unions:)`` keeps it); the records of a larger union
    /// wait for the end of their document and go through ``outermost(_:)`` as there.
    ///
    /// The lists are slices of one array, each union given room for all its groups' occurrences
    /// (a larger union keeps at most their sum) and filled in place: no append checks whether a
    /// list of its own is unique, and none grows one.
    func spans(of unions: [[Int]], in selected: Range<Int>) throws -> [ArraySlice<TermSpan>] {
        // (Constants, not variables, from here on: a variable that a nested function captures is
        // checked for exclusive access at run time on every read, which cost more than the copying.)
        let unionOfGroup = {
            var unionOfGroup = [Int32](repeating: -1, count: summaries.count)
            for index in selected { for group in unions[index] { unionOfGroup[group] = Int32(index) } }
            return unionOfGroup
        }()
        let isSingle = unions.map { $0.count == 1 }
        // Where each selected union's room starts (and, last, the total).
        let starts = {
            var starts = [0]
            starts.reserveCapacity(selected.count + 1)
            for index in selected { starts.append(starts.last! + unions[index].reduce(0) { $0 + (summaries[$1]?.count ?? 0) }) }
            return starts
        }()
        let total = starts.last!
        // Each union's next free place.
        var filled = Array(starts.dropLast())
        /// Writes a document's records (in the order ``unionOrder(_:unionOfGroup:isSingle:)`` gives
        /// them) into their unions' room.
        func take(_ records: [Record], into room: UnsafeMutableBufferPointer<TermSpan>, filled: UnsafeMutableBufferPointer<Int>) {
            for record in records {
                let list = Int(unionOfGroup[Int(record.group)]) - selected.lowerBound, place = filled[list]
                precondition(place < starts[list + 1], "a union has more occurrences than its groups")
                room[place] = TermSpan(document: record.document, start: record.start, end: record.end, isNested: record.isNested)
                filled[list] = place + 1
            }
        }
        let threads = self.threads, layout = self.layout, mentions = self.mentions
        let spans = try [TermSpan](unsafeUninitializedCapacity: total) { room, initialized in
            // (TermSpan is a trivial type: its places are written by assignment.)
            let room = room
            try filled.withUnsafeMutableBufferPointer { filled in
                // Each chunk's documents' occurrences are made on the worker threads while those of
                // the chunk before are taken in here, in document order.
                // (A document's records of larger unions are sorted out there too: only the
                // copying into the room is left to this thread.)
                var pending: BackgroundWork<[[Record]]>?
                func takePending() {
                    guard let work = pending else { return }
                    pending = nil
                    for records in work.value { take(records, into: room, filled: filled) }
                }
                try mentions.forEachChunkOfDocuments { records, ranges in
                    let next = BackgroundWork(threads: threads) {
                        concurrentMap(ranges, threads: threads) { range in
                            Self.unionOrder(layout.occurrences(of: records[range], document: records[range.lowerBound].document,
                                                               keeping: unionOfGroup).records,
                                            unionOfGroup: unionOfGroup, isSingle: isSingle)
                        }
                    }
                    takePending()
                    pending = next
                }
                takePending()
                // The room no occurrence took is zeroed, so that the whole array is initialized.
                for list in filled.indices {
                    for place in filled[list]..<starts[list + 1] { room[place] = TermSpan(document: 0, start: 0, end: 0) }
                }
            }
            initialized = total
        }
        // (`starts` and `filled` count from the first selected union, not from union 0.)
        return (0..<selected.count).map { spans[starts[$0]..<filled[$0]] }
    }
}

/// What ``OccurrenceTally`` needs to turn one document's mention records into its occurrences:
/// read-only, so documents are done on several threads at once. Flat tables by group and by
/// nesting slot, so that a mention costs no copy of its ``MentionGroup`` (whose strings and
/// arrays each took a retain and a release).
private struct DocumentLayout: Sendable {
    /// Where a group's entries start in the flat tables.
    struct GroupEntry {
        /// Whether the group counts (see ``OccurrenceTally/live``).
        var isLive = false
        /// The number of its nestings (the live groups inside it).
        var nestingCount: Int32 = 0
        /// Its first surface in ``DocumentLayout/ownSurfaces`` and ``DocumentLayout/ownPairs``.
        var ownBase = 0
        /// Its first slot in ``DocumentLayout/slots``: surface `s` and nesting `n` are at
        /// `slotBase + s * nestingCount + n`.
        var slotBase = 0
    }

    /// One nested occurrence a mention of a group with a given surface carries.
    struct NestedSlot {
        /// The nested group.
        var inner: Int32
        /// Its span relative to the mention's start (scalars).
        var start: Int32
        var end: Int32
        /// Its surface (a tally surface index) and its (group, surface) pair number.
        var surface: Int32
        var pair: Int32
        /// False where a name always written with a capital would be a lowercase word here.
        var counts: Bool
    }

    let entries: [GroupEntry]
    /// Each live group's surfaces as tally surface indices, and their pair numbers.
    let ownSurfaces: [Int32]
    let ownPairs: [Int32]
    /// Whether each live group's own occurrences with each surface count (laid out as
    /// ``ownSurfaces``): all but a common word's in a name (see ``OccurrenceTally/init(groups:mentions:namesAlsoCommon:threads:)``).
    let ownCounts: [Bool]
    let slots: [NestedSlot]

    /// The tables of `groups`: `nestings` (each group's nested live groups and the words they
    /// span), the tally surface index of each surface and of each nested occurrence's surface
    /// (for group `g`, surface `s` and nesting `n`, at `[g][s * nestings[g].count + n]`), the pair
    /// numbers laid out the same way, whether each group is a name always capitalized and whether
    /// each tally surface starts with a lowercase letter, and whether each group's own
    /// occurrences with each of its surfaces count (empty for all).
    init(groups: [MentionGroup], nestings: [[(inner: Int32, start: Int, length: Int)]], ownSurfaces: [[Int32]],
         nestedSurfaces: [[Int32]], ownPairs: [[Int32]], nestedPairs: [[Int32]], capitalizedOnly: [Bool], lowercaseFirst: [Bool],
         ownCounts: [[Bool]]) {
        var entries = [GroupEntry](repeating: GroupEntry(), count: groups.count)
        var flatSurfaces: [Int32] = [], flatPairs: [Int32] = [], slots: [NestedSlot] = [], flatCounts: [Bool] = []
        for index in groups.indices where groups[index].plainCount > 0 {
            let nested = nestings[index]
            entries[index] = GroupEntry(isLive: true, nestingCount: Int32(nested.count), ownBase: flatSurfaces.count, slotBase: slots.count)
            flatSurfaces += ownSurfaces[index]
            flatPairs += ownPairs[index]
            flatCounts += ownCounts[index].isEmpty ? [Bool](repeating: true, count: ownSurfaces[index].count) : ownCounts[index]
            guard !nested.isEmpty else { continue }
            for (surface, layout) in groups[index].layouts.enumerated() {
                for (offset, (inner, start, length)) in nested.enumerated() {
                    let slot = surface * nested.count + offset
                    let nestedSurface = nestedSurfaces[index][slot]
                    slots.append(NestedSlot(inner: inner, start: layout[start].lowerBound, end: layout[start + length - 1].upperBound,
                                            surface: nestedSurface, pair: nestedPairs[index][slot],
                                            counts: !(capitalizedOnly[Int(inner)] && lowercaseFirst[Int(nestedSurface)])))
                }
            }
        }
        self.entries = entries
        self.ownSurfaces = flatSurfaces
        self.ownPairs = flatPairs
        self.ownCounts = flatCounts
        self.slots = slots
    }

    /// The occurrences of `records` (one document's mentions, in order) that count, in text order
    /// (start, end, then group): each live group's own and those nested in it. A nested occurrence
    /// inside a span already counted (a titled mention) is not counted again; the same span of a
    /// group found twice is one occurrence (the group's own before a nested one, else the first
    /// made). Each comes with the number of its (group, surface) pair, in a list of their own (so
    /// that the occurrences go to the file in one copy).
    ///
    /// With `keeping` (a union index by group, -1 for none), only the occurrences of groups in a
    /// union are made, and no pair numbers: the same occurrences of those groups in the same order
    /// (the rules above compare only occurrences of one group).
    ///
    /// Text order keeps each group's occurrences in (start, end) order, which is all the readers
    /// of the occurrences rely on, and it is nearly the order the mentions come in, which the
    /// sort (a merge of runs) turns to account.
    func occurrences(of records: ArraySlice<MentionRecord>, document: Int32,
                     keeping unionOfGroup: [Int32]?) -> (records: [OccurrenceTally.Record], pairs: [Int32]) {
        typealias Record = OccurrenceTally.Record
        let pairsWanted = unionOfGroup == nil
        // Room for every occurrence the records can make: each live mention's own and its nested ones.
        let bound = entries.withUnsafeBufferPointer { entries in
            records.reduce(0) { sum, record in
                let entry = entries[Int(record.group)]
                return entry.isLive ? sum + 1 + Int(entry.nestingCount) : sum
            }
        }
        // Made straight into the arrays' storage, through buffer pointers (an append asked
        // whether the storage was unique every time).
        var madePairs = [Int32](repeating: 0, count: pairsWanted ? bound : 0)
        let made = [Record](unsafeUninitializedCapacity: bound) { made, initialized in
            var count = 0
            func add(_ record: Record, pair: Int32, into pairs: UnsafeMutableBufferPointer<Int32>) {
                (made.baseAddress! + count).initialize(to: record)
                if pairsWanted { pairs[count] = pair }
                count += 1
            }
            madePairs.withUnsafeMutableBufferPointer { pairs in
                entries.withUnsafeBufferPointer { entries in
                    slots.withUnsafeBufferPointer { slots in
                        for record in records {
                            let entry = entries[Int(record.group)]
                            guard entry.isLive else { continue }
                            let surface = Int(record.surface)
                            if ownCounts[entry.ownBase + surface], unionOfGroup.map({ $0[Int(record.group)] >= 0 }) ?? true {
                                add(Record(group: record.group, document: document, start: record.start, end: record.end,
                                           surface: ownSurfaces[entry.ownBase + surface], isNested: false),
                                    pair: ownPairs[entry.ownBase + surface], into: pairs)
                            }
                            let nestings = Int(entry.nestingCount)
                            guard nestings > 0 else { continue }
                            let first = entry.slotBase + surface * nestings
                            for slot in slots[first..<first + nestings] where slot.counts {
                                if let unionOfGroup, unionOfGroup[Int(slot.inner)] < 0 { continue }
                                add(Record(group: slot.inner, document: document, start: record.start + slot.start,
                                           end: record.start + slot.end, surface: slot.surface, isNested: true),
                                    pair: slot.pair, into: pairs)
                            }
                        }
                    }
                }
            }
            initialized = count
        }
        // Sorted by (start, end, group, nested), ties in the order made, as packed integers.
        precondition(made.count < 1 << 31, "too many occurrences in one document")
        var order = made.indices.map { index in
            let item = made[index]
            return OccurrenceTally.SortKey(high: UInt64(UInt32(item.start)) << 32 | UInt64(UInt32(item.end)),
                                           low: UInt64(UInt32(item.group)) << 32 | (item.isNested ? 1 << 31 : 0) | UInt64(index))
        }
        order.sort()
        // The first of each (group, start, end), in that order.
        var keptCount = 0
        var pairs = [Int32](repeating: 0, count: pairsWanted ? made.count : 0)
        let kept = [Record](unsafeUninitializedCapacity: made.count) { kept, initialized in
            pairs.withUnsafeMutableBufferPointer { pairs in
                for key in order {
                    let index = Int(key.low & 0x7FFF_FFFF), item = made[index]
                    if keptCount > 0 {
                        let previous = kept[keptCount - 1]
                        if previous.group == item.group && previous.start == item.start && previous.end == item.end { continue }
                    }
                    kept[keptCount] = item
                    if pairsWanted { pairs[keptCount] = madePairs[index] }
                    keptCount += 1
                }
            }
            initialized = keptCount
        }
        if pairsWanted { pairs.removeLast(pairs.count - keptCount) }
        return (kept, pairs)
    }
}
