import ArgumentParser
import Foundation
import Segmentation

/// `istilah segment`: sentences and tokens with offsets and keys.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into sentences and tokens, with offsets and normalization keys.",
        discussion: """
            Each token keeps its surface exactly as written, its Unicode scalar offsets into the
            file (end exclusive), its 1-based line and column, its kind (word, number,
            punctuation, symbol) and its key (NFKC_Casefold with typographic folding).

            Examples:
              istilah segment seeds/003_67da689ebbe8f8d2.txt
              istilah segment --format json seeds/ -o tokens.json
              printf 'Kim Jong-un tiba pukul 02.45.' | istilah segment -
            """
    )

    @Argument(help: "Text files or directories (searched for *.txt); '-' reads standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Output format: tsv or json.")
    var format: SegmentFormat = .tsv

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
    var lossy = false

    @Option(name: .long, help: "Worker threads (documents are segmented in parallel).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        do {
            let sources = try InputFiles.sources(inputs, lossy: lossy)
            let documents = try parallelMap(sources, threads: threads, context: { try Segmenter() }) { segmenter, source in
                try segmenter.document(source)
            }
            for finding in documents.flatMap(\.findings) { printError(finding.description) }
            let text = switch format {
            case .tsv: SegmentWriter.tsv(documents)
            case .json: try SegmentWriter.json(documents)
            }
            try OutputFile(path: output).write(text)
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode.failure
        } catch let error as SegmentationError {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}

/// The formats of `istilah segment`.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
}
