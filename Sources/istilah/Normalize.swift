import ArgumentParser
import Foundation
import Segmentation
import Terminology

/// `istilah normalize`: every spelling of a name replaced by, or annotated with, its canonical form.
struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group every spelling of a name under one canonical form: rewrite, annotate or list.",
        discussion: """
            Terms are extracted and their variants clustered (case, hyphenation, compounds, -nya, typos, romanization, title + name, short names, acronyms and blends, the termbase). The text is written with every variant replaced by its canonical Indonesian form (--to id), or annotated inline (--annotate: `Korut [= Korea Utara]`); everything else stays byte-identical. --format json gives stand-off annotations instead. With --names, each input is a list of names, one a line, and each line prints as input<TAB>canonical<TAB>cluster. --explain prints to standard error the edges that joined each cluster.

            Examples:
              istilah normalize seeds/000_d4f176cfda6a47e4.txt
              istilah normalize --annotate seeds/ -o annotated.txt
              istilah normalize --format json seeds/
              istilah normalize --names names.txt --explain
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The language of the canonical forms written (only id: Indonesian).")
    var to: NormalizeTarget = .id

    @Flag(name: .long, help: "Keep each variant and add its canonical form after it in brackets.")
    var annotate = false

    @Option(name: .long, help: "Output format: text (the rewritten text) or json (stand-off annotations).")
    var format: NormalizeFormat = .text

    @Flag(name: .long, help: "Read each input as a list of names, one a line; print input, canonical form and cluster number.")
    var names = false

    @Flag(name: .long, help: "Print the edges that joined each cluster (kind and evidence) to standard error.")
    var explain = false

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        try reportingErrors {
            let (extractor, clusterer) = try glossary.extractionTools()
            if names {
                var lines: [String] = []
                for source in try InputFiles.sources(input.inputs, lossy: input.lossy) {
                    lines += source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
                }
                let writer = NormalizeWriter.names(lines, clusterer: clusterer)
                try input.write(writer.table)
                if explain { printError(writer.explanation) }
                return
            }
            // In batches, like extract and table: the texts stay, their tokens do not.
            let accumulator = TermAccumulator(extractor)
            let documents = try AlignedTerms.accumulate(input, into: accumulator, keepText: true)
            let candidates = try accumulator.candidates(clusteredBy: clusterer)
            let clustering = clusterer.clusters(of: clusterer.forms(of: candidates))
            let writer = NormalizeWriter(documents: documents, clustering: clustering,
                                         annotations: clustering.annotations(of: candidates))
            for warning in writer.ambiguityWarnings { printError(warning) }
            try input.write(format == .json ? try writer.json() : writer.text(annotating: annotate))
            if explain { printError(writer.explanation) }
        }
    }
}

/// The formats of `istilah normalize`.
enum NormalizeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The languages `istilah normalize --to` writes canonical forms in.
enum NormalizeTarget: String, ExpressibleByArgument, CaseIterable {
    case id
}
