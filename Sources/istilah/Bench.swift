import ArgumentParser
import Foundation
import Segmentation
import Terminology

/// `istilah bench`: throughput and peak memory of segmentation against a bare ICU loop.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure segmentation throughput (MB/s) and peak memory against a bare ICU word-break loop.",
        discussion: """
            Build in release mode first; scripts/bench.sh does all of it.

            Example:
              python3 ../shared/eval/make_corpus.py 20 /tmp/corpus20
              .build/release/istilah bench /tmp/corpus20
            """
    )

    @Argument(help: "Corpus files or directories (*.txt).")
    var inputs: [String]

    @Option(name: .customLong("repeat"), help: "Repetitions; the best run is reported.")
    var repetitions: Int = 3

    @Option(name: .long, help: "Threads for the parallel run (0 skips it, e.g. under callgrind).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Also time segmentation plus the extractor's preparation of each document (what extract does before finding mentions), one thread, with a new word cache each run.")
    var prepare = false

    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
        let sources: [SourceText]
        do { sources = try InputFiles.sources(inputs, lossy: false) } catch let error as InputError {
            printError(error.description)
            throw ExitCode.failure
        }
        let megabytes = Double(sources.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000

        let bareLoop = try BareWordBreakLoop()
        var words = 0
        let segmenter = try Segmenter()
        var tokens = 0, sentences = 0
        // The bare loop and the segmenter take turns, so that both see the same load on a shared
        // machine; the best run of each is reported, by the clock and by the thread's CPU time.
        var bare = Timing(), segment = Timing()
        for _ in 0..<max(1, repetitions) {
            bare.keepBest(timed { words = sources.reduce(0) { $0 + bareLoop.wordCount(in: $1.text) } })
            segment.keepBest(try timed {
                tokens = 0; sentences = 0
                for source in sources {
                    let document = try segmenter.document(source)
                    tokens += document.tokens.count
                    sentences += document.sentences.count
                }
            })
        }
        // Segmentation and preparation take turns too; each run prepares with a new extractor, so
        // that its word cache starts empty as in one `istilah extract`.
        var prepared = Timing()
        if prepare {
            let loaded = try glossary.extractionTools().extractor
            for _ in 0..<max(1, repetitions) {
                let extractor = TermExtractor(tables: loaded.tables, statistics: loaded.statistics, places: loaded.places)
                prepared.keepBest(try timed {
                    for (index, source) in sources.enumerated() { _ = extractor.prepare(try segmenter.document(source), index: index) }
                })
            }
        }
        let parallelSeconds = threads < 1 ? .nan : try best(of: repetitions) {
            _ = try parallelMap(sources, threads: threads, context: { try Segmenter() }) { segmenter, source in
                try segmenter.document(source).tokens.count
            }
        }
        let bareRate = megabytes / bare.wall
        let segmentRate = megabytes / segment.wall
        print(String(format: "corpus             %8.1f MB in %d files", megabytes, sources.count))
        print(String(format: "bare ICU word loop %8.1f MB/s  (1 thread, %d word segments)", bareRate, words))
        print(String(format: "segment            %8.1f MB/s  (1 thread, %d tokens, %d sentences)", segmentRate, tokens, sentences))
        print(String(format: "ratio              %8.2f       (segment / bare loop, target >= 0.80)", segmentRate / bareRate))
        print(String(format: "ratio of CPU time  %8.2f       (%.1f / %.1f MB/s of thread CPU time: steadier on a busy machine)",
                     bare.cpu / segment.cpu, megabytes / segment.cpu, megabytes / bare.cpu))
        if prepare {
            print(String(format: "segment + prepare  %8.1f MB/s  (1 thread; %.1f MB/s of thread CPU time)",
                         megabytes / prepared.wall, megabytes / prepared.cpu))
        }
        if threads >= 1 {  // --threads 0 leaves the parallel run out
            print(String(format: "segment parallel   %8.1f MB/s  (%d threads)", megabytes / parallelSeconds, Int(threads)))
        }
        print(String(format: "peak memory        %8.1f MB    (max resident set size)", peakResidentMegabytes()))
    }

    private func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Timing()
        for _ in 0..<max(1, runs) { best.keepBest(try timed(body)) }
        return best.wall
    }

    /// The wall-clock and thread CPU time of one run of `body`.
    private func timed(_ body: () throws -> Void) rethrows -> Timing {
        let wall = DispatchTime.now().uptimeNanoseconds, cpu = threadCPUSeconds()
        try body()
        return Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9, cpu: threadCPUSeconds() - cpu)
    }
}

/// The best (smallest) wall-clock and CPU seconds seen, each on its own.
private struct Timing {
    var wall = Double.infinity
    var cpu = Double.infinity

    mutating func keepBest(_ run: Timing) {
        wall = min(wall, run.wall)
        cpu = min(cpu, run.cpu)
    }
}

/// The calling thread's CPU time in seconds (`CLOCK_THREAD_CPUTIME_ID`): time the thread ran,
/// not time it waited for a core another process held.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The process's peak resident set size in MB (`getrusage`, kilobytes on Linux).
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
