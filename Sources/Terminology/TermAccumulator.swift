import Foundation

/// Gathers the mentions of documents batch by batch and turns them into candidates at the end.
///
/// Memory grows with the number of distinct candidate keys and surface forms (and the documents
/// each occurs in), not with the number of occurrences: a batch's documents, units and mentions
/// are dropped once it is added, and each occurrence goes to a temporary file as a 20-byte
/// record (``RecordFile``), read back in document order when candidates are made and when their
/// occurrences are asked for (``TermOccurrenceSource``). Capitalization evidence accumulates in
/// order, so a batch sees the evidence of itself and every batch before it; the same batches in
/// the same order give the same candidates. Each document is added once, in one batch.
///
/// A reference type: it owns its temporary files.
public final class TermAccumulator {
    /// The extractor whose rules and thresholds apply.
    public let extractor: TermExtractor
    private var evidence = CaseEvidence()
    /// Groups by first appearance (mutated in place: a group inside a dictionary value would be
    /// copied on every append), each found by its mentions' words in `keys`.
    private var groups: [MentionGroup] = []
    private var keys = MentionKeyIndex()
    /// Every surface of the mentions grouped, numbered by its bytes.
    private var surfaceTable = StringTable()
    /// The extractor's ``TableIndex`` (owned by its ``WordFacts/Lookup``), for the mention finders.
    private let tableIndex: TableIndex
    /// Every mention's occurrence, in document order.
    private let mentions = RecordFile<MentionRecord>()
    /// The occurrences of the candidates, counted from ``mentions``; made again after an ``add(_:)``.
    private var tally: OccurrenceTally?

    /// Worker threads that find a batch's mentions and make and cluster the candidates.
    private let threads: Int
    /// Batches whose mentions were found, and batches grouped (``findMentions(in:)`` and
    /// ``group(_:)`` each touch only their own count).
    private var batchesFound = 0
    private var batchesGrouped = 0

    /// An empty accumulator for `extractor`, finding mentions on `threads` worker threads.
    public init(_ extractor: TermExtractor, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.extractor = extractor
        self.threads = max(1, threads)
        // The index that preparation reads too (made once per word cache, not once per user).
        self.tableIndex = extractor.lookup.index
    }

    /// A batch's mentions as ``findMentions(in:)`` found them, waiting for ``group(_:)``.
    public struct FoundMentions: Sendable {
        /// The batch's number among those found (they are grouped in this order).
        fileprivate let batch: Int
        fileprivate let perDocument: [DocumentMentions]
    }

    /// Adds a batch of prepared documents: their evidence first, then their mentions, found on
    /// ``threads`` cores and grouped. Same as ``group(_:)`` of ``findMentions(in:)``.
    public func add(_ documents: [PreparedDocument]) {
        group(findMentions(in: documents))
    }

    /// The first half of ``add(_:)``: adds the batch's capitalization evidence, then finds its
    /// mentions (which see the evidence of this batch and of every batch before it) on up to
    /// `threads` cores. It touches only the evidence, never the groups, so it may run while
    /// ``group(_:)`` takes the batch before on another thread. Each batch goes through here once,
    /// in input order, and then through ``group(_:)`` in the same order.
    public func findMentions(in documents: [PreparedDocument]) -> FoundMentions {
        for document in documents {
            precondition(document.cache === extractor.cache, "a document prepared by another extractor (its words are numbered elsewhere)")
            evidence.add(document.evidence)
        }
        let extractor = self.extractor, evidence = self.evidence, tableIndex = self.tableIndex
        let perDocument = concurrentMap(documents, threads: threads) { document in
            MentionFinder(document: document, tables: extractor.tables, tableIndex: tableIndex,
                          statistics: extractor.statistics, evidence: evidence, places: extractor.places)
                .mentions(units: document.units)
        }
        batchesFound += 1
        return FoundMentions(batch: batchesFound - 1, perDocument: perDocument)
    }

    /// The second half of ``add(_:)``: groups a batch's mentions by key (serial, in document
    /// order) and writes their occurrences. Batches come in the order they were found.
    public func group(_ found: FoundMentions) {
        precondition(found.batch == batchesGrouped, "batch \(found.batch) grouped out of order (expected \(batchesGrouped))")
        batchesGrouped += 1
        tally = nil
        // Grouped in local variables (moved out and back: still uniquely referenced), so that no
        // mention pays the exclusivity checks of this object's properties.
        var groups = self.groups, keys = self.keys, surfaceTable = self.surfaceTable
        self.groups = []
        self.keys = MentionKeyIndex()
        self.surfaceTable = StringTable()
        // The batch's occurrences are written at once (one exclusive access to the file's
        // buffer, not one per mention), and each mention is read in place through the buffer.
        var records: [MentionRecord] = []
        records.reserveCapacity(found.perDocument.reduce(0) { $0 + $1.mentions.count })
        for document in found.perDocument {
            document.mentions.withUnsafeBufferPointer { mentions in
                for mention in mentions {
                    let (index, newKey) = keys.group(of: mention, in: document)
                    if let newKey { groups.append(MentionGroup(key: newKey, first: mention, in: document)) }
                    records.append(groups[index].add(mention, in: document, table: &surfaceTable, group: Int32(index)))
                }
            }
        }
        self.mentions.append(contentsOf: records)
        self.groups = groups
        self.keys = keys
        self.surfaceTable = surfaceTable
    }

    /// The candidates of everything added, best first (score, then key). With a clusterer, a
    /// common term that fails the thresholds comes back when its cluster of variants passes them
    /// with all its occurrences together, or when it is a variant of a term that passed on its own;
    /// the members of every cluster are returned unmerged (see ``VariantClusterer/merged(_:)``).
    /// Throws ``TemporaryFileError`` when the file of occurrences cannot be read back.
    public func candidates(clusteredBy clusterer: VariantClusterer? = nil) throws -> [TermCandidate] {
        let (candidates, candidateGroups, _, _) = try unmergedCandidates(clusteredBy: clusterer.map(defining))
        let lists = try tally!.occurrences(of: candidateGroups.map { [$0] }, in: 0..<candidates.count)
        return zip(candidates, lists).map { candidate, occurrences in
            var candidate = candidate
            candidate.occurrences = occurrences
            return candidate
        }
    }

    /// One term per cluster of variants, as ``VariantClusterer/merged(_:)`` makes them from
    /// ``candidates(clusteredBy:)``, with their counts, documents and variants but without their
    /// occurrences: `occurrences` reads those back in bounded pieces.
    public func mergedCandidates(clusteredBy clusterer: VariantClusterer)
        throws -> (candidates: [TermCandidate], clustering: VariantClustering, occurrences: TermOccurrenceSource) {
        let clusterer = defining(clusterer)
        let (candidates, candidateGroups, prepared, clusterForms) = try unmergedCandidates(clusteredBy: clusterer)
        // (The forms and the prepared forms are made whenever there is a clusterer.)
        let forms = clusterForms!
        let clustering = clusterer.clusters(of: forms, prepared: prepared!, threads: threads)
        let multiple = clustering.clusters.filter { $0.members.count > 1 }.map { $0.members.map { candidateGroups[$0] } }
        var summaries = try tally!.summaries(ofUnions: multiple)[...]
        var merged: [(term: TermCandidate, groups: [Int])] = []
        for cluster in clustering.clusters {
            var term = candidates[cluster.canonical]
            guard cluster.members.count > 1 else { merged.append((term, [candidateGroups[cluster.canonical]])); continue }
            term = TermCandidate(key: term.key, form: term.form, type: term.type,
                                 score: cluster.members.map { candidates[$0].score }.max() ?? term.score,
                                 summary: summaries.removeFirst())
            merged.append((term, cluster.members.map { candidateGroups[$0] }))
        }
        // Best first (score, then key): indices sorted over the two columns, not the pairs themselves.
        let scores = merged.map(\.term.score), keys = merged.map(\.term.key)
        var order = Array(merged.indices)
        order.sort { a, b in (scores[b], keys[a]) < (scores[a], keys[b]) }
        let result = (order.map { merged[$0].term }, clustering, TermOccurrenceSource(tally: tally!, members: order.map { merged[$0].groups }))
        releaseInBackground((candidates, forms, prepared, merged), threads: threads)
        return result
    }

    /// The candidates (without their occurrences), the group of each and, with a clusterer, their
    /// forms to cluster (``VariantClusterer/forms(of:)``) and the same forms as the clusterer
    /// prepared them.
    /// `clusterer` with the definitions the texts made (``CaseEvidence/definitions``).
    private func defining(_ clusterer: VariantClusterer) -> VariantClusterer {
        var clusterer = clusterer
        clusterer.definitions = evidence.definitions
        return clusterer
    }

    private func unmergedCandidates(clusteredBy clusterer: VariantClusterer?)
        throws -> (candidates: [TermCandidate], groups: [Int], prepared: VariantClusterer.PreparedForms?, forms: [VariantForm]?) {
        let groups = self.groups, extractor = self.extractor, caseEvidence = self.evidence, threads = self.threads
        // What each live group's candidate needs besides its counts (its canonical form; its type,
        // once the person names are noted; the form as the clusterer prepares it) is made on other
        // threads while the occurrences are counted here.
        let live = OccurrenceTally.liveGroups(groups)
        let looks = BackgroundWork(threads: threads) { () -> (forms: [String], types: [TermCategory], prepared: VariantClusterer.PreparedForms?) in
            let forms = extractor.canonicalForms(of: groups, at: live, threads: threads)
            let evidence = extractor.notingPersons(in: groups, at: live, forms: forms, evidence: caseEvidence, threads: threads)
            let types = extractor.types(of: groups, at: live, forms: forms, evidence: evidence, threads: threads)
            // (Preparing a form looks at its surface and type only.)
            let prepared = clusterer?.preparedForms(zip(forms, types).map { VariantForm($0, count: 0, category: $1) }, threads: threads)
            return (forms, types, prepared)
        }
        if tally == nil {
            let namesAlsoCommon = groups.map { extractor.isNameAlsoCommon($0, evidence: caseEvidence) }
            tally = try OccurrenceTally(groups: groups, mentions: mentions, namesAlsoCommon: namesAlsoCommon, threads: threads)
        }
        let tally = self.tally!
        let summaries = tally.summaries, containers = tally.containers
        let (canonicalForms, types, prepared) = looks.value
        // Each live group's candidate, made on all cores (each depends on its group alone).
        let made = concurrentSlices(of: live.count, size: 2048, threads: threads) { slice in
            slice.map { position -> (candidate: TermCandidate, passes: Bool)? in
                let index = live[position]
                let containerMentions = containers[index].map { groups[Int($0)].mentionCount }
                return extractor.candidate(key: groups[index].key, group: groups[index], form: canonicalForms[position], type: types[position],
                                           summary: summaries[index]!, containerMentions: containerMentions)
            }
        }
        // The candidates that pass and, with a clusterer, those that fail, each with its group
        // and its place in `live` (where its form was prepared).
        var candidates: [(candidate: TermCandidate, group: Int)] = []
        var failed: [(candidate: TermCandidate, group: Int)] = []
        var selected: [Int] = [], failedPositions: [Int] = []
        // A rare phrase that is a recurring term with a word of context is dropped, not even
        // looked at again through its cluster (C-value nesting: the inner term counts it).
        let inContext = extractor.termsInContext(made, groups: groups, live: live)
        for (position, result) in made.enumerated() {
            guard let (candidate, passes) = result, !inContext.contains(position) else { continue }
            if passes {
                candidates.append((candidate, live[position]))
                selected.append(position)
            } else if clusterer != nil {
                failed.append((candidate, live[position]))
                failedPositions.append(position)
            }
        }
        // The forms to cluster, made once for both looks (a candidate that comes back is the same).
        var forms = clusterer?.forms(of: candidates.map(\.candidate)) ?? []
        if let clusterer, let prepared, !failed.isEmpty {
            // (A clustering of the candidates that passed, made on the other core in case no
            // failed term came back, was thrown away on every input larger than a few documents:
            // some failed spelling comes back through its cluster, and the final list is then
            // another set of forms.)
            let all = candidates + failed, allForms = forms + clusterer.forms(of: failed.map(\.candidate))
            let back = try secondLook(all, passed: candidates.count, forms: allForms, prepared: prepared.selecting(selected + failedPositions),
                                  clusterer: clusterer, tally: tally)
            selected += back.map { failedPositions[$0 - candidates.count] }
            candidates += back.map { all[$0] }
            forms += back.map { allForms[$0] }
            releaseInBackground((all, failed, allForms), threads: threads)
        }
        let order = Self.bestFirst(candidates, top: extractor.options.top)
        let result = (order.map { candidates[$0].candidate }, order.map { candidates[$0].group },
                      prepared?.selecting(order.map { selected[$0] }), clusterer == nil ? nil : order.map { forms[$0] })
        releaseInBackground((candidates, made, prepared, forms), threads: threads)
        return result
    }

    /// The indices of `candidates` best first (score, then key), only the first `top` when given:
    /// sorted over columns of scores and keys, not the candidates themselves.
    private static func bestFirst(_ candidates: [(candidate: TermCandidate, group: Int)], top: Int?) -> [Int] {
        let scores = candidates.map(\.candidate.score), keys = candidates.map(\.candidate.key)
        var order = Array(candidates.indices)
        order.sort { a, b in (scores[b], keys[a]) < (scores[a], keys[b]) }
        return top.map { Array(order.prefix($0)) } ?? order
    }

    /// The failed common terms that come back through their clusters (`all` holds the `passed`
    /// candidates first, then the failed ones; `forms` their forms to cluster and `prepared` the
    /// same as the clusterer prepared them): their indices in `all`.
    private func secondLook(_ all: [(candidate: TermCandidate, group: Int)], passed: Int, forms: [VariantForm],
                            prepared: consuming VariantClusterer.PreparedForms, clusterer: VariantClusterer, tally: OccurrenceTally) throws -> [Int] {
        let clustering = clusterer.clusters(of: forms, prepared: prepared, threads: threads)
        let clusters = clustering.clusters.filter { $0.members.contains(where: { $0 >= passed }) }
        // A cluster with a common word among its one-word spellings (`jalan` of `jalan-jalan`)
        // is as common as that word, and a common word never comes back through a spelling
        // that passed (`orang` through `orang-orang`).
        let isCommon = { (candidate: TermCandidate) in !candidate.key.utf8.contains(0x20) && self.extractor.isCommonWord(candidate.key) }
        // A cluster of failed spellings only comes back when it has no common word and passes the
        // thresholds with its occurrences together: only those clusters are counted again.
        let passedAlone = clusters.map { cluster in cluster.members.contains { $0 < passed } }
        let judged = clusters.indices.filter { position in
            !passedAlone[position] && !clusters[position].members.contains { isCommon(all[$0].candidate) }
        }
        let summaries = Dictionary(uniqueKeysWithValues: zip(judged, try tally.summaries(ofUnions: judged.map { clusters[$0].members.map { all[$0].group } })))
        var back: [Int] = []
        for (position, cluster) in clusters.enumerated() {
            if !passedAlone[position] {
                guard let summary = summaries[position] else { continue }
                let members = cluster.members.map { all[$0].candidate }
                let canonical = all[cluster.canonical].candidate
                let merged = TermCandidate(key: canonical.key, form: canonical.form, type: canonical.type,
                                           score: members.map(\.score).max() ?? canonical.score, summary: summary)
                let mentions = cluster.members.map { $0 >= passed ? groups[all[$0].group].mentionCount : 2 }.reduce(0, +)
                let containers = cluster.members.map { tally.containers[all[$0].group].count }.reduce(0, +)
                guard extractor.passesTermThresholds(merged, words: merged.key.split(separator: " ").map(String.init), mentions: mentions,
                                                     containers: containers)
                else { continue }
            }
            back += cluster.members.filter { $0 >= passed && !isCommon(all[$0].candidate) }
        }
        // (`prepared` is this function's own: the caller's selection is freed on the other thread.)
        releaseInBackground((clustering, consume prepared), threads: threads)
        return back
    }
}

/// One mention's occurrence as ``TermAccumulator`` writes it to its file.
struct MentionRecord: DocumentRecord {
    var group: Int32
    var document: Int32
    var start: Int32
    var end: Int32
    /// Index into the group's ``MentionGroup/surfaces``.
    var surface: Int32
}
