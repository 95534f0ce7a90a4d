import ArgumentParser
import Foundation
import Segmentation

/// The options every command that reads text shares: inputs, output file, lossy decoding, threads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files or directories (searched for *.txt); '-' reads standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
    var lossy = false

    @Option(name: .long, help: "Worker threads (documents are segmented in parallel).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Reads, decodes and segments every input in parallel; prints segmentation findings.
    func documents() throws -> [Document] {
        let sources = try InputFiles.sources(inputs, lossy: lossy)
        let documents = try parallelMap(sources, threads: threads, context: { try Segmenter() }) { segmenter, source in
            try segmenter.document(source)
        }
        for finding in documents.flatMap(\.findings) { printError(finding.description) }
        return documents
    }

    /// Writes the result to `-o` or standard output.
    func write(_ text: String) throws {
        try OutputFile(path: output).write(text)
    }
}
