import Foundation
import Segmentation

/// Finds the names and domain terms of a set of documents: `TermExtractor(options).candidates(in:)`.
///
/// Three steps:
/// 1. **Evidence** over all documents: how each word is written inside sentences (capitalized or
///    not), which names follow a preposition of place, which stand next to a verb of saying.
/// 2. **Mentions** per document (``MentionFinder``): names, titles and common-noun terms.
/// 3. **Candidates**: mentions grouped by key; shorter candidates found inside longer mentions are
///    counted there too (nested), but a candidate never seen on its own is dropped; each gets a
///    type and a termhood score, and common terms below the threshold are dropped.
///
/// The termhood score of a candidate with `n` words, frequency `f`, found in `d` documents:
///
///     score = (1 + log2 n) × c × (1 + ln d) × s
///
/// where `c` is the C-value frequency (`f` minus the mean frequency of the longer candidates that
/// contain it, at least 1) and `s` is the specificity against general Indonesian: the mean over the
/// words of `clamp((7 − zipf) / 2.5, 0.2, 1.5)`, zipf from `glossary/statistics/wordfreq-id.tsv` (unknown
/// words count as zipf 1). Names are kept whatever their score (news glossaries are full of
/// one-off names); common terms need ``Options/minimumTermScore``.
///
/// - Complexity: linear in the number of tokens, plus O(m·k²) for nesting, with m mentions of at
///   most k words.
public struct TermExtractor: Sendable {
    /// Thresholds.
    public struct Options: Sendable {
        /// Drop candidates seen fewer times than this.
        public var minimumCount = 1
        /// Keep at most this many candidates, best first (nil: all).
        public var top: Int?
        /// The score a common-noun term needs to be kept.
        public var minimumTermScore = 1.0
        /// Single-word common terms need a general-language Zipf frequency below this.
        public var maximumSingleWordZipf = 4.6

        /// The defaults: every name, common terms above the score threshold.
        public init() {}
    }

    /// The thresholds.
    public var options: Options
    /// The language tables.
    public var tables: LanguageTables
    /// The lexicon and frequencies.
    public var statistics: WordStatistics
    /// Lowercase keys of place names (countries and territories from CLDR, …), single and multiword.
    public var places: Set<String>
    /// Categories known from a termbase, by lowercase key: they win over the rules' guesses.
    public var knownCategories: [String: TermCategory] = [:]

    /// Creates an extractor.
    public init(options: Options = Options(), tables: LanguageTables = LanguageTables(),
                statistics: WordStatistics = WordStatistics(), places: Set<String> = []) {
        self.options = options
        self.tables = tables
        self.statistics = statistics
        self.places = places
    }

    /// The candidates of `documents`, best first (score, then key).
    public func candidates(in documents: [Document]) -> [TermCandidate] {
        candidates(in: documents.enumerated().map { prepare($0.element, index: $0.offset) })
    }

    /// A document reduced to what extraction needs (its words and what they show about
    /// capitalization), so the caller can drop the ``Document`` and its tokens early. Thread-safe:
    /// prepare documents in parallel.
    public func prepare(_ document: Document, index: Int) -> PreparedDocument {
        let units = MentionFinder.units(of: document, tables: tables, statistics: statistics)
        return PreparedDocument(index: index, units: units, bytes: Array(document.text.utf8),
                                evidence: caseEvidence(units))
    }

    /// The candidates of prepared documents, best first (score, then key). Mentions are found on
    /// all cores; each document's `index` is its index in the output's document list.
    public func candidates(in documents: [PreparedDocument]) -> [TermCandidate] {
        candidates(in: documents, clusteredBy: nil)
    }

    /// The candidates of prepared documents, with the termhood thresholds applied to clusters of
    /// variants rather than to single spellings: a common term spelled three ways once each
    /// (`limusin`, `limosin`, `limunisin`) is judged on all its occurrences. Returns every member of
    /// every cluster kept, unmerged (merge them with ``VariantClusterer/merged(_:)``), best first.
    public func candidates(in documents: [PreparedDocument], clusteredBy clusterer: VariantClusterer?) -> [TermCandidate] {
        var evidence = CaseEvidence()
        for document in documents { evidence.merge(document.evidence) }
        let tableIndex = TableIndex(tables)
        let perDocument = concurrentMap(documents) { [self, evidence] document in
            MentionFinder(document: document, tables: tables, tableIndex: tableIndex, statistics: statistics,
                          evidence: evidence, places: places).mentions(units: document.units)
        }
        return aggregate(perDocument.flatMap { $0 }, evidence: evidence, clusterer: clusterer)
    }

    // MARK: evidence

    func caseEvidence(_ sentences: [[Unit]]) -> CaseEvidence {
        var evidence = CaseEvidence()
        do {
            for units in sentences {
                for (index, unit) in units.enumerated() where unit.isWord {
                    if unit.isCapitalized {
                        if !unit.isSentenceInitial { evidence.capitalized[unit.key, default: 0] += 1 }
                        if index > 0, tables.placePrepositions.contains(units[index - 1].key) {
                            evidence.afterPlacePreposition.insert(unit.key)
                        }
                        if index + 1 < units.count, tables.speechVerbs.contains(units[index + 1].key) {
                            evidence.nearSpeechVerb.insert(unit.key)
                        }
                        if index > 1, units[index - 1].key == ",", tables.speechVerbs.contains(units[index - 2].key) {
                            evidence.nearSpeechVerb.insert(unit.key)
                        }
                        if index > 0, tables.speechVerbs.contains(units[index - 1].key) {
                            evidence.nearSpeechVerb.insert(unit.key)
                        }
                    } else {
                        evidence.lowercase[unit.key, default: 0] += 1
                    }
                }
            }
        }
        return evidence
    }

    // MARK: aggregation

    private struct Group {
        var mentions: [Mention] = []
        var nested: [TermOccurrence] = []
    }

    func aggregate(_ mentions: [Mention], evidence: CaseEvidence, clusterer: VariantClusterer? = nil) -> [TermCandidate] {
        // A form with an inserted word counts only for a term also written without it.
        let plainKeys = Set(mentions.lazy.filter { !$0.needsPlainForm }.map(\.key))
        let mentions = mentions.filter { !$0.needsPlainForm || plainKeys.contains($0.key) }
        var groups: [String: Group] = [:]
        for mention in mentions { groups[mention.key, default: Group()].mentions.append(mention) }
        // Nesting: a shorter candidate inside a longer mention counts there too, also when written
        // as a closed compound (`Kerjasama` inside a name counts for `kerja sama`).
        var closedCompounds: [String: String] = [:]
        for key in groups.keys where key.split(separator: " ").count == 2 && !key.contains("-") {
            let closed = key.replacingOccurrences(of: " ", with: "")
            if groups[closed] == nil { closedCompounds[closed] = key }
        }
        var containers: [String: Set<String>] = [:]
        for mention in mentions where mention.words.count >= 2 {
            let scalars = Array(mention.surface.unicodeScalars)
            let base = mention.range.lowerBound
            for length in 1..<mention.words.count {
                for start in 0...(mention.words.count - length) {
                    var key = mention.key(of: start..<start + length)
                    if length == 1, groups[key] == nil, let open = closedCompounds[key] { key = open }
                    guard key != mention.key, groups[key] != nil else { continue }
                    let range = mention.wordRanges[start].lowerBound..<mention.wordRanges[start + length - 1].upperBound
                    let surface = String(String.UnicodeScalarView(scalars[(range.lowerBound - base)..<(range.upperBound - base)]))
                    groups[key]!.nested.append(TermOccurrence(document: mention.document, range: range, surface: surface, isNested: true))
                    containers[key, default: []].insert(mention.key)
                }
            }
        }
        var candidates: [TermCandidate] = []
        // Why a common term failed the thresholds, for a second look at its cluster.
        var failed: [(candidate: TermCandidate, mentions: Int)] = []
        for (key, group) in groups.sorted(by: { $0.key < $1.key }) {
            var occurrences = group.mentions.map { mention in
                if let titled = mention.titled {
                    return TermOccurrence(document: mention.document, range: titled.range, surface: titled.surface)
                }
                return TermOccurrence(document: mention.document, range: mention.range, surface: mention.surface)
            }
            // A nested occurrence inside a span already counted (a titled mention) is not counted again.
            let spans = Set(occurrences.map { [$0.document, $0.range.lowerBound, $0.range.upperBound] })
            occurrences += group.nested.filter { !spans.contains([$0.document, $0.range.lowerBound, $0.range.upperBound]) }
            occurrences = Array(Set(occurrences)).sorted()
            guard occurrences.count >= options.minimumCount else { continue }
            let type = self.type(of: key, group.mentions, evidence: evidence)
            let words = group.mentions[0].words
            let form = canonicalForm(group.mentions)
            let frequency = Double(occurrences.count)
            let longer = containers[key].map { Array($0) } ?? []
            let containerFrequency = longer.isEmpty ? 0 : longer.reduce(0.0) { $0 + Double(groups[$1]?.mentions.count ?? 0) } / Double(longer.count)
            let cValue = max(1, frequency - containerFrequency)
            let documentCount = Double(Set(occurrences.map(\.document)).count)
            let specificity = words.map { min(1.5, max(0.2, (7 - statistics.zipf(of: $0)) / 2.5)) }.reduce(0, +) / Double(words.count)
            let score = (1 + log2(Double(words.count))) * cValue * (1 + log(documentCount)) * specificity
            let candidate = TermCandidate(key: key, form: form, type: type, score: (score * 1000).rounded() / 1000, occurrences: occurrences)
            if type == .term, !passesTermThresholds(candidate, words: words, mentions: group.mentions.count) {
                if clusterer != nil { failed.append((candidate, group.mentions.count)) }
                continue
            }
            candidates.append(candidate)
        }
        if let clusterer, !failed.isEmpty {
            // A failed term comes back when its cluster, all occurrences together, passes, or
            // when it is a variant of a term that passed on its own.
            let passed = candidates.count
            let all = candidates + failed.map(\.candidate)
            let clustering = clusterer.clusters(of: clusterer.forms(of: all))
            for cluster in clustering.clusters where cluster.members.contains(where: { $0 >= passed }) {
                let passedAlone = cluster.members.contains { $0 < passed }
                let members = cluster.members.map { all[$0] }
                let occurrences = VariantClusterer.outermost(members.flatMap(\.occurrences))
                var merged = all[cluster.canonical]
                merged.occurrences = occurrences
                merged.score = members.map(\.score).max() ?? merged.score
                let mentions = cluster.members.map { $0 >= passed ? failed[$0 - passed].mentions : 2 }.reduce(0, +)
                // A cluster with a common word among its one-word spellings (`jalan` of `jalan-jalan`)
                // is as common as that word.
                let common = members.contains { !$0.key.contains(" ") && statistics.zipf(of: $0.key) >= options.maximumSingleWordZipf }
                guard passedAlone || (!common && passesTermThresholds(merged, words: merged.key.split(separator: " ").map(String.init),
                                                                      mentions: mentions)) else { continue }
                candidates += cluster.members.filter { $0 >= passed }.map { all[$0] }
            }
        }
        candidates.sort { ($1.score, $0.key) < ($0.score, $1.key) }
        if let top = options.top { candidates = Array(candidates.prefix(top)) }
        return candidates
    }

    /// Whether a common term passes the termhood thresholds: the score, and for a single word a
    /// general-language frequency below ``Options/maximumSingleWordZipf`` and recurrence on its own.
    private func passesTermThresholds(_ candidate: TermCandidate, words: [String], mentions: Int) -> Bool {
        guard candidate.score >= options.minimumTermScore else { return false }
        guard words.count == 1 else { return true }
        return statistics.zipf(of: words[0]) < options.maximumSingleWordZipf
            && (candidate.count >= 4 || (candidate.count >= 3 && mentions >= 2))
    }

    /// The most frequent bare surface (titled forms and forms with an inserted word aside), ties to the fewer capitals, then to the
    /// first in text order; a final clitic `-nya` is dropped.
    private func canonicalForm(_ mentions: [Mention]) -> String {
        let plain = mentions.filter { !$0.needsPlainForm }
        let mentions = plain.isEmpty ? mentions : plain
        var counts: [String: (count: Int, first: Int)] = [:]
        for (index, mention) in mentions.enumerated() {
            counts[mention.surface, default: (0, index)].count += 1
        }
        let best = counts.sorted { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            let capsA = a.key.unicodeScalars.filter(\.properties.isUppercase).count
            let capsB = b.key.unicodeScalars.filter(\.properties.isUppercase).count
            if mentions[0].kind == .common, capsA != capsB { return capsA < capsB }
            return a.value.first < b.value.first
        }.first!.key
        let lastWord = mentions[0].words.last ?? ""
        if best.lowercased().hasSuffix("nya"), !lastWord.hasSuffix("nya") {
            return String(best.dropLast(3))
        }
        return best
    }

    /// The type from the mentions' cues, then from evidence: places, acronyms, persons.
    private func type(of key: String, _ mentions: [Mention], evidence: CaseEvidence) -> TermCategory {
        // Written as a common noun at least as often as found as a name: a common term.
        let common = mentions.filter { $0.kind == .common }.count
        if common > 0 && common >= mentions.count - common { return .term }
        if let known = knownCategories[key], known != .term || mentions.allSatisfy({ $0.kind == .common }) { return known }
        var votes: [TermCategory: Int] = [:]
        for mention in mentions {
            if let hint = mention.typeHint { votes[hint, default: 0] += 1 }
        }
        if let best = votes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).first { return best.key }
        let words = mentions[0].words
        if places.contains(key) || (words.count == 1 && evidence.afterPlacePreposition.contains(key)) { return .location }
        if evidence.nearSpeechVerb.contains(words.last ?? "") || evidence.nearSpeechVerb.contains(words.first ?? "") {
            return .person
        }
        if mentions[0].surface.unicodeScalars.filter(\.properties.isLowercase).isEmpty { return .organization }
        if key.contains(".") { return .organization }
        // Two to four words none of which is a common word or a place: a person's name.
        let personLike = words.allSatisfy { word in
            let tag = statistics.tags[word]
            return (tag == nil || tag == "NNP") && !places.contains(word) && !tables.stopWords.contains(word)
        }
        if words.count >= 2 && words.count <= 4 && personLike { return .person }
        return .organization
    }
}
