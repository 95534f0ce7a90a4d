import ArgumentParser
import Foundation
import Segmentation
import Termbase
import Terminology

/// `istilah extract`: the names and domain terms of Indonesian text.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract every name and domain term, with forms, counts, documents and offsets.",
        discussion: """
            Names (persons, places, organisations, documents, events), titles and offices, and multi-word common-noun terms are found by general rules over ICU tokens; spellings of one term are clustered (VariantClusterer: case, hyphenation, typos, romanization, titles, short names, acronyms, blends, the termbase) and each term carries its type, a termhood score, its surface forms with counts, the documents it occurs in and every occurrence (Unicode scalar offsets, end exclusive).

            Examples:
              istilah extract seeds/ --format json -o terms.json
              istilah extract seeds/*.txt --format md --contexts 2
              istilah extract seeds/ --top 20 --format tsv
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: json, tsv or md.")
    var format: ExtractFormat = .json

    @Option(name: .long, help: "Keep terms seen at least this often (default 1: one-off names are kept).")
    var minCount: Int = 1

    @Option(name: .long, help: "Keep only the N best-scoring terms.")
    var top: Int?

    @Option(name: .long, help: "Add up to N keyword-in-context snippets per term.")
    var contexts: Int = 0

    @OptionGroup var glossary: GlossaryOptions

    /// Documents segmented and prepared at once; larger inputs go through in batches of this size.
    static let batchSize = 256

    func run() throws {
        try reportingErrors {
            var options = TermExtractor.Options()
            options.minimumCount = minCount
            let (extractor, clusterer) = try glossary.extractionTools(options: options)
            // Batches of documents: memory holds one batch's tokens and the candidates so far.
            let keepText = contexts > 0
            let paths = try InputFiles.expand(input.inputs)
            var accumulator = TermAccumulator(extractor)
            var summaries: [DocumentSummary] = []
            for start in stride(from: 0, to: paths.count, by: Self.batchSize) {
                let batch = Array(paths[start..<min(paths.count, start + Self.batchSize)])
                let prepared = try input.documents(paths: batch, firstIndex: start) { index, document in
                    (DocumentSummary(document, keepingText: keepText), extractor.prepare(document, index: index))
                }
                summaries += prepared.map(\.0)
                accumulator.add(prepared.map(\.1))
            }
            // One term per cluster of variants; the --top cut comes after merging.
            let (merged, clustering) = clusterer.merged(accumulator.candidates(clusteredBy: clusterer))
            for warning in NormalizeWriter.ambiguityWarnings(clustering, documentIDs: summaries.map(\.id)) { printError(warning) }
            var terms = merged
            if let top { terms = Array(terms.prefix(top)) }
            let writer = ExtractWriter(documents: summaries, terms: terms, contexts: contexts)
            try OutputFile(path: input.output).stream { stream in
                switch format {
                case .json: writer.json(into: &stream)
                case .tsv: stream.append(writer.tsv())
                case .md: stream.append(writer.markdown())
                }
            }
        }
    }
}

/// The formats of `istilah extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, md
}
