import ArgumentParser
import Foundation
import Segmentation

/// The options every command that reads text shares: inputs, output file, lossy decoding, threads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files or directories (searched for *.txt); '-' reads standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output (`-` is standard output).")
    var output: String?

    @Flag(name: .long, help: "Replace invalid UTF-8 with U+FFFD and warn, instead of failing.")
    var lossy = false

    @Option(name: .long, help: "Worker threads (documents are segmented in parallel).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Refuses a thread count below one.
    func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
    }

    /// Reads, decodes and segments every input in parallel; prints segmentation findings.
    func documents() throws -> [Document] {
        try documents { _, document in document }
    }

    /// Reads, decodes and segments every input in parallel and hands each document, with its
    /// index, to `transform` on the same thread, so a large input never holds all its tokens at once.
    func documents<Output: Sendable>(_ transform: @escaping @Sendable (Int, Document) -> Output) throws -> [Output] {
        try documents(paths: InputFiles.expand(inputs), firstIndex: 0, transform)
    }

    /// Like ``documents(_:)`` for some of the expanded input paths; `firstIndex` numbers the first
    /// of them, so batches of a long list keep their place in it. Each file is read on the thread
    /// that segments it; the first problem in path order is thrown.
    func documents<Output: Sendable>(paths: [String], firstIndex: Int,
                                     _ transform: @escaping @Sendable (Int, Document) -> Output) throws -> [Output] {
        let lossy = self.lossy
        let results = try parallelMap(Array(paths.enumerated()), threads: threads, context: { try Segmenter() }) { segmenter, item in
            let document = try segmenter.document(InputFiles.source(path: item.element, lossy: lossy))
            return (document.findings, transform(firstIndex + item.offset, document))
        }
        for finding in results.flatMap(\.0) { printError(finding.description) }
        return results.map(\.1)
    }

    /// Writes the result to `-o` or standard output.
    func write(_ text: String) throws {
        try OutputFile(path: output).write(text)
    }
}
