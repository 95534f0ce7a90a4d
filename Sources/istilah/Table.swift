import ArgumentParser
import Termbase
import Terminology

/// `istilah table`: the aligned term table of Indonesian text.
struct Table: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The aligned term table: one row per concept with its English, forms, counts per document and contexts.",
        discussion: """
            Each row holds the English (or none when nothing is trustworthy), the canonical Indonesian form, the type, every variant with its count, one count column per document, contexts, how the English was found (via: glossary, acronym, composed, name, none) and a confidence. The HTML page is self-contained: sortable columns, contexts with the term highlighted, no network.

            Examples:
              istilah table seeds/ --format html -o terms.html
              istilah table seeds/*.txt --format md
              istilah table seeds/ --format csv --no-glossary
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: md, tsv, csv, json or html.")
    var format: TableFormat = .md

    @Option(name: .long, help: "Contexts per term (the text formats show the first).")
    var contexts: Int = 3

    @OptionGroup var terms: TermOptions

    /// Refuses a negative number of contexts.
    func validate() throws {
        if contexts < 0 { throw ValidationError("--contexts must be 0 or more (got \(contexts))") }
    }

    func run() throws {
        try reportingErrors {
            let aligned = try terms.alignedTerms(input, keepText: true)
            let writer = TermTableWriter(table: try aligned.table(contexts: max(1, contexts)))
            let text = switch format {
            case .md: writer.markdown()
            case .tsv: writer.tsv()
            case .csv: writer.csv()
            case .json: try writer.json()
            case .html: writer.html()
            }
            try input.write(text)
        }
    }
}

/// The formats of `istilah table`.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case md, tsv, csv, json, html
}
