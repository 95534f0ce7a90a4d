import ArgumentParser
import Foundation
import Segmentation

/// `istilah segment`: sentences and tokens with offsets and keys.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into sentences and tokens, with offsets and normalization keys.",
        discussion: """
            Each token keeps its surface exactly as written, its Unicode scalar offsets into the file (end exclusive), its 1-based line and column, its kind (word, number, punctuation, symbol) and its key (NFKC_Casefold with typographic folding).

            Examples:
              istilah segment seeds/003_67da689ebbe8f8d2.txt
              istilah segment --format json seeds/ -o tokens.json
              printf 'Kim Jong-un tiba pukul 02.45.' | istilah segment -
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: tsv or json.")
    var format: SegmentFormat = .tsv

    func run() throws {
        try reportingErrors {
            let documents = try input.documents()
            let text = switch format {
            case .tsv: SegmentWriter.tsv(documents)
            case .json: try SegmentWriter.json(documents)
            }
            try input.write(text)
        }
    }
}

/// The formats of `istilah segment`.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
}
