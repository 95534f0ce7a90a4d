import Alignment
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

    @Option(name: .long, help: "Add up to N keyword-in-context snippets per term.")
    var contexts: Int = 0

    @OptionGroup var terms: TermOptions

    /// Refuses a negative number of contexts.
    func validate() throws {
        if contexts < 0 { throw ValidationError("--contexts must be 0 or more (got \(contexts))") }
    }

    func run() throws {
        try reportingErrors {
            var aligned = try terms.alignedTerms(input, keepText: contexts > 0)
            var clock = StageClock()
            // Contexts need the occurrences of every term at hand; otherwise they are streamed.
            if contexts > 0 { aligned = try aligned.withOccurrences() }
            let writer = ExtractWriter(documents: aligned.documents, terms: aligned.terms, alignments: aligned.alignments, contexts: contexts,
                                       occurrenceSource: contexts > 0 ? nil : aligned.occurrences, threads: input.threads)
            try OutputFile(path: input.output).stream { stream in
                switch format {
                case .json: try writer.json(into: &stream)
                case .tsv: stream.append(writer.tsv())
                case .md: stream.append(writer.markdown())
                }
            }
            clock.lap("write")
            exitWithoutTeardown()
        }
    }
}

/// The formats of `istilah extract`.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, tsv, md
}
