import Alignment
import Foundation
import Segmentation
import Termbase
import Terminology

/// What `extract` and `table` share: the inputs' documents, their terms and each term's English.
struct AlignedTerms {
    var documents: [DocumentSummary]
    var terms: [TermCandidate]
    var alignments: [TermAlignment]
    /// Where the terms' occurrences are (``terms`` holds none).
    var occurrences: TermOccurrenceSource

    /// Documents segmented and prepared at once; larger inputs go through in batches of this size.
    static let batchSize = 256

    /// Reads, extracts, clusters variants (one term per cluster), aligns, joins the terms that are one
    /// glossary concept (``ConceptGrouping``) and keeps the `top` best;
    /// `freeDict` loads FreeDict for the aligner; `keepText` keeps each document's text for contexts.
    init(input: InputOptions, glossary: GlossaryOptions, noGlossary: Bool, freeDict: Bool, options: TermExtractor.Options,
         top: Int?, keepText: Bool) throws {
        // The system's English word list (read once per process, for the aligner only) loads with
        // the aligner, while the texts are read: not beside the glossary, FreeDict and the
        // statistics, which the load stage waits for.
        var clock = StageClock()
        // The word statistics (their own files in the glossary folder) load on another thread
        // while the library loads here: a third of the load stage's time, no longer serial. A
        // problem with the library is still reported first.
        let folder = try glossary.folder()
        let threads = input.threads
        let loadingStatistics = BackgroundWork(threads: threads) { Result { try GlossaryOptions.statistics(ofFolder: folder, threads: threads) } }
        let library = try glossary.library(freeDict: freeDict)
        if let problem = library.freeDictProblem { printError("warning: --freedict: \(problem.message)") }
        let statistics = try loadingStatistics.value.get()
        // The glossary files first: a broken one fails before any text is read. The aligner and
        // the clusterer, needed only once every text is read, are made on another thread while
        // the first batch is read and prepared.
        let user = noGlossary ? Glossary() : try glossary.userGlossary()
        let making = BackgroundWork(threads: threads) {
            (GlossaryOptions.aligner(library: library, user: user, statistics: statistics, noGlossary: noGlossary),
             VariantClusterer(statistics: statistics, library: library))
        }
        let extractor = TermExtractor(options: options, statistics: statistics, library: library)
        let accumulator = TermAccumulator(extractor, threads: input.threads)
        clock.lap("load")
        let summaries = try Self.accumulate(input, into: accumulator, keepText: keepText)
        clock.lap("accumulate")
        let (aligner, clusterer) = (consume making).value
        // One term per cluster of variants; the --top cut comes after merging. The occurrences
        // stay in the accumulator's file until they are asked for.
        let (merged, clustering, occurrences) = try accumulator.mergedCandidates(clusteredBy: clusterer)
        clock.lap("cluster")
        for warning in NormalizeWriter.ambiguityWarnings(clustering, documentIDs: summaries.map(\.id)) { printError(warning) }
        documents = summaries
        // Which places and bodies each document names is asked only for short forms (rare), and
        // only in the documents they occur in.
        let completing = parallelMap(merged, threads: input.threads) { !aligner.completionKeys(of: $0).isEmpty }
        var asked: [Bool] = []
        for (term, isCompleting) in zip(merged, completing) where isCompleting {
            for document in term.documents {
                if document >= asked.count { asked += repeatElement(false, count: document + 1 - asked.count) }
                asked[document] = true
            }
        }
        let named = asked.isEmpty ? [:] : Self.namedEntities(merged, in: asked)
        let aligned = try Self.align(merged, with: aligner, namedIn: named, among: merged, threads: input.threads)
        clock.lap("align")
        // Terms a glossary gives the same English and type are one concept (`KCNA` and `Kantor
        // Berita Pusat Korea Utara`): one term each, before the --top cut.
        let grouping = ConceptGrouping(alignments: aligned, categories: merged.map(\.type))
        let (concepts, conceptOccurrences) = try occurrences.joining(merged, into: grouping.groups)
        let conceptAlignments = grouping.groups.map { members in
            var alignment = aligned[members[0]]
            var evidence: [String] = []
            for member in members where !evidence.contains(aligned[member].evidence) { evidence.append(aligned[member].evidence) }
            alignment.evidence = evidence.joined(separator: "; ")
            return alignment
        }
        terms = top.map { Array(concepts.prefix($0)) } ?? concepts
        alignments = Array(conceptAlignments.prefix(terms.count))
        self.occurrences = conceptOccurrences
        clock.lap("concepts")
        // (Two statements: the arguments' temporary list must be gone before the other thread drops the values.)
        let discard = Discard(consume accumulator, consume extractor, consume clusterer, consume aligner, consume statistics,
                              consume library, consume merged, consume clustering, consume aligned, consume grouping)
        discard.release(threads: input.threads)
    }

    /// Per document marked in `asked` (by document index; none past its end), the keys of the
    /// places and organisations named in it (every variant form).
    static func namedEntities(_ terms: [TermCandidate], in asked: [Bool]) -> [Int: Set<String>] {
        var named: [Int: Set<String>] = [:]
        for term in terms where term.type == .location || term.type == .organization {
            let documents = term.documents.filter { $0 < asked.count && asked[$0] }
            guard !documents.isEmpty else { continue }
            let keys = Set(term.variants.map { GlossaryAligner.key($0.form) })
            for document in documents { named[document, default: []].formUnion(keys) }
        }
        return named
    }

    /// Each term's alignment in its context (``AlignmentContext``): whether the rest of a glossary
    /// name is named in every document a short form occurs in (`Partai Pekerja` beside Korea Utara),
    /// and the product terms of `all` (the input's terms before any `--top` cut). Each term aligns on
    /// its own (the aligner is read-only): on every worker thread, in term order.
    static func align(_ terms: [TermCandidate], with aligner: GlossaryAligner, namedIn named: [Int: Set<String>], among all: [TermCandidate],
                      threads: Int) throws -> [TermAlignment] {
        let products = Set(all.filter { $0.type == .product }.flatMap { $0.variants.map { GlossaryAligner.key($0.form) } })
        return try parallelMap(terms, threads: threads, context: {}) { _, term in
            var context = AlignmentContext(productKeys: term.type == .product ? products : [])
            if !aligner.completionKeys(of: term).isEmpty {
                context.isNamed = { remainder in
                    term.documents.allSatisfy { document in
                        named[document, default: []].contains { $0 == remainder || $0.hasPrefix(remainder + " ") }
                    }
                }
            }
            return aligner.align(term, context: context)
        }
    }

    /// Reads, segments and prepares the inputs in batches of ``batchSize`` documents and adds each
    /// batch to `accumulator`, so that memory holds a few batches' units at a time (see
    /// ``BatchAdder``): batches are added (in input order, on a queue of their own) while the next
    /// ones are read and prepared. Returns every document's summary (`keepText`: with its text).
    ///
    /// The batch size is part of the output, not only of the speed: a batch's mentions see the
    /// capitalization evidence of that batch and every batch before it (``TermAccumulator``).
    static func accumulate(_ input: InputOptions, into accumulator: TermAccumulator, keepText: Bool) throws -> [DocumentSummary] {
        let paths = try InputFiles.expand(input.inputs)
        let extractor = accumulator.extractor
        let adder = BatchAdder(accumulator)
        defer { adder.wait() }
        var summaries: [DocumentSummary] = []
        for start in stride(from: 0, to: paths.count, by: batchSize) {
            let batch = Array(paths[start..<min(paths.count, start + batchSize)])
            let prepared = try input.documents(paths: batch, firstIndex: start) { index, document in
                (DocumentSummary(document, keepingText: keepText), extractor.prepare(document, index: index))
            }
            summaries += prepared.map(\.0)
            adder.add(prepared.map(\.1))
        }
        return summaries
    }

    /// The terms with their occurrences in memory (for the table and for contexts).
    func withOccurrences() throws -> AlignedTerms {
        var copy = self
        for (index, list) in try occurrences.occurrences(ofCandidatesIn: terms.indices).enumerated() { copy.terms[index].occurrences = list }
        return copy
    }

    /// The aligned term table: one row per concept (terms are one per concept already, see `init`),
    /// with up to `contexts` contexts per row (60 scalars each side, within the line).
    func table(contexts limit: Int) throws -> TermTable {
        let texts = documents.map { Array(($0.text ?? "").unicodeScalars) }
        let terms = try withOccurrences().terms
        let rows = zip(terms, alignments).map { term, alignment in
            var counts = Array(repeating: 0, count: documents.count)
            for occurrence in term.occurrences { counts[occurrence.document] += 1 }
            var contexts: [TermTable.Context] = []
            for occurrence in term.occurrences where !occurrence.isNested && contexts.count < limit {
                let text = texts[occurrence.document]
                guard occurrence.range.upperBound <= text.count else { continue }
                let (start, end) = ExtractWriter.contextBounds(of: occurrence.range, in: text, radius: 60)
                func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range])) }
                contexts.append(TermTable.Context(document: documents[occurrence.document].id, before: string(start..<occurrence.range.lowerBound),
                                                  term: string(occurrence.range), after: string(occurrence.range.upperBound..<end)))
            }
            return TermTable.Row(english: alignment.english, indonesian: term.form, type: term.type.rawValue,
                                 variants: term.variants.map { TermTable.Variant(form: $0.form, count: $0.count) },
                                 counts: counts, contexts: contexts, via: alignment.via.rawValue, confidence: alignment.confidence,
                                 evidence: alignment.evidence)
        }
        return TermTable(documents: documents.map(\.id), rows: rows)
    }
}
