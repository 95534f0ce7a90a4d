import Foundation
import Segmentation
@testable import Terminology
import TestSupport
import Testing

@Suite("TermAccumulator: candidates from batches, occurrences kept in a file")
struct TermAccumulatorTests {
    /// The seeds, prepared, in batches of two documents.
    static func accumulator() throws -> TermAccumulator {
        let segmenter = try Segmenter()
        let extractor = TermExtractor(statistics: statistics, places: countries)
        let accumulator = TermAccumulator(extractor)
        let paths = Repository.seedPaths()
        #expect(paths.count >= 5)
        var index = 0
        for start in stride(from: 0, to: paths.count, by: 2) {
            let batch = try paths[start..<min(paths.count, start + 2)].map { url in
                defer { index += 1 }
                let text = try String(contentsOf: url, encoding: .utf8)
                return extractor.prepare(try segmenter.document(SourceText(id: url.lastPathComponent, text: text)), index: index)
            }
            accumulator.add(batch)
        }
        return accumulator
    }

    /// The seeds prepared by `extractor`, in one list.
    static func preparedSeeds(_ extractor: TermExtractor) throws -> [PreparedDocument] {
        let segmenter = try Segmenter()
        return try Repository.seedPaths().enumerated().map { index, url in
            extractor.prepare(try segmenter.document(SourceText(id: url.lastPathComponent, text: String(contentsOf: url, encoding: .utf8))),
                              index: index)
        }
    }

    @Test("merged candidates read back from the file are VariantClusterer.merged of the candidates with occurrences")
    func mergedFromFile() throws {
        let accumulator = try Self.accumulator()
        let expected = try clusterer.merged(accumulator.candidates(clusteredBy: clusterer))
        let (merged, clustering, source) = try accumulator.mergedCandidates(clusteredBy: clusterer)
        #expect(clustering.clusters.count == expected.clustering.clusters.count)
        #expect(merged.count == expected.candidates.count)
        #expect(merged.contains { $0.occurrences.isEmpty && $0.count > 1 })
        let occurrences = try source.occurrences(ofCandidatesIn: merged.indices)
        for (index, (term, wanted)) in zip(merged, expected.candidates).enumerated() {
            #expect(term.key == wanted.key)
            #expect(term.form == wanted.form && term.type == wanted.type && term.score == wanted.score)
            #expect(term.count == wanted.count && term.documents == wanted.documents)
            #expect(term.variants.map(\.form) == wanted.variants.map(\.form))
            #expect(term.variants.map(\.count) == wanted.variants.map(\.count))
            #expect(occurrences[index] == wanted.occurrences, "\(term.key)")
        }
        // Smaller ranges read the same occurrences.
        let middle = merged.count / 2
        #expect(try source.occurrences(ofCandidatesIn: 0..<middle) + source.occurrences(ofCandidatesIn: middle..<merged.count) == occurrences)
        // Spans are the occurrences without their surfaces, for any range (the writer reads them
        // in ranges that do not start at 0 once a corpus's occurrences outgrow its budget).
        let spans = occurrences.map { $0.map(TermSpan.init) }
        #expect(try source.spans(ofCandidatesIn: merged.indices).map(Array.init) == spans)
        let split = try source.spans(ofCandidatesIn: 0..<middle) + source.spans(ofCandidatesIn: middle..<merged.count)
        #expect(split.map(Array.init) == spans)
        #expect(try source.spans(ofCandidatesIn: middle..<middle + 1).map(Array.init) == [spans[middle]])
    }

    @Test("candidates are the same in one batch or several, and after adding more they count it")
    func batches() throws {
        let accumulator = try Self.accumulator()
        let extractor = accumulator.extractor
        let documents = try Self.preparedSeeds(extractor)
        let once = TermAccumulator(extractor)
        once.add(Array(documents.prefix(2)))
        let firstTwo = try once.candidates()
        once.add(Array(documents.dropFirst(2)))
        let all = try once.candidates()
        #expect(all.map(\.count).reduce(0, +) > firstTwo.map(\.count).reduce(0, +))
        #expect(try all.map(\.key) == (try accumulator.candidates().map(\.key)))
        #expect(try all.map(\.occurrences) == (try accumulator.candidates().map(\.occurrences)))
    }

    @Test("finding a batch's mentions before the batch before is grouped, on one thread, changes nothing")
    func twoStages() throws {
        let accumulator = try Self.accumulator()
        let extractor = accumulator.extractor
        let documents = try Self.preparedSeeds(extractor)
        // Batches of two, as `accumulator()` adds them, each batch's mentions found before the
        // batch before it is grouped (as the pipeline overlaps them).
        let staged = TermAccumulator(extractor, threads: 1)
        var pending: TermAccumulator.FoundMentions?
        for start in stride(from: 0, to: documents.count, by: 2) {
            let found = staged.findMentions(in: Array(documents[start..<min(documents.count, start + 2)]))
            if let pending { staged.group(pending) }
            pending = found
        }
        staged.group(pending!)
        let expected = try accumulator.candidates()
        let candidates = try staged.candidates()
        #expect(candidates.count > 10)
        #expect(candidates.map(\.key) == expected.map(\.key))
        #expect(candidates.map(\.occurrences) == expected.map(\.occurrences))
    }
}

@Suite("WordFactsCache: word facts shared by the documents of a run")
struct WordFactsCacheTests {
    @Test("an extractor's copies share its cache; new tables, statistics or places give a new one")
    func ownedByTheExtractor() {
        let extractor = TermExtractor(statistics: statistics, places: countries)
        let copy = extractor
        #expect(copy.cache === extractor.cache)
        var placed = extractor
        placed.places.insert("atlantis")
        #expect(placed.cache !== extractor.cache)
        var tabled = extractor
        tabled.tables = LanguageTables()
        #expect(tabled.cache !== extractor.cache)
        var counted = extractor
        counted.statistics = WordStatistics()
        #expect(counted.cache !== extractor.cache)
    }

    @Test("the candidates do not depend on the order in which the words were first seen (numbered)")
    func numberingOrder() throws {
        let segmenter = try Segmenter()
        let documents = try Repository.seedPaths().map { url in
            try segmenter.document(SourceText(id: url.lastPathComponent, text: String(contentsOf: url, encoding: .utf8)))
        }
        let forward = TermExtractor(statistics: statistics, places: countries)
        let backward = TermExtractor(statistics: statistics, places: countries)
        let inOrder = try forward.candidates(in: documents.enumerated().map { forward.prepare($1, index: $0) })
        // Prepared last document first, the words are numbered in another order.
        let prepared = documents.enumerated().reversed().map { backward.prepare($1, index: $0) }
        let reversed = try backward.candidates(in: Array(prepared.reversed()))
        #expect(inOrder.count > 50)
        #expect(inOrder == reversed)
    }
}

@Suite("RecordFile: fixed-size records through a temporary file")
struct RecordFileTests {
    struct Item: DocumentRecord, Equatable {
        var document: Int32
        var value: Int64
    }

    @Test("records come back in order across chunks, grouped by document")
    func roundTrip() throws {
        let file = RecordFile<Item>()
        let items = (0..<200_000).map { Item(document: Int32($0 / 1_000), value: Int64($0) * 7) }
        for item in items { file.append(item) }
        #expect(file.count == items.count)
        var read: [Item] = []
        try file.forEachChunk { read += $0 }
        #expect(read == items)
        var documents: [Int32] = []
        var sizes = Set<Int>()
        try file.forEachChunkOfDocuments { records, runs in
            for run in runs {
                documents.append(records[run.lowerBound].document)
                sizes.insert(run.count)
                #expect(records[run].allSatisfy { $0.document == records[run.lowerBound].document })
            }
        }
        #expect(documents == Array(0..<200))
        #expect(sizes == [1_000])
        // Read twice, then appended to: still every record.
        file.append(Item(document: 200, value: -1))
        var again = 0
        try file.forEachChunk { again += $0.count }
        #expect(again == items.count + 1)
    }

    @Test("a file that takes no more records (a full disk) keeps them in memory: every record comes back in order")
    func fullDisk() throws {
        let full = try #require(FileHandle(forUpdatingAtPath: "/dev/full"))
        let file = RecordFile<Item>(handle: full)
        let items = (0..<150_000).map { Item(document: Int32($0 / 1_000), value: Int64($0)) }
        for item in items { file.append(item) }
        var read: [Item] = []
        try file.forEachChunk { read += $0 }
        #expect(read == items)
        var documents: [Int32] = []
        try file.forEachChunkOfDocuments { records, runs in documents += runs.map { records[$0.lowerBound].document } }
        #expect(documents == Array(0..<150))
    }

    @Test("a file that cannot be read back (opened write-only) throws an error naming it and errno, not a crash")
    func unreadableFile() throws {
        let path = NSTemporaryDirectory() + "istilah-test-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { unlink(path) }
        let writeOnly = try #require(FileHandle(forWritingAtPath: path))
        let file = RecordFile<Item>(handle: writeOnly, path: path)
        for value in 0..<150_000 { file.append(Item(document: Int32(value / 1_000), value: Int64(value))) }
        var seen = 0
        let error = #expect(throws: TemporaryFileError.self) { try file.forEachChunk { seen += $0.count } }
        #expect(seen == 0)
        #expect(error?.code == EBADF)
        #expect(error?.description.hasPrefix("istilah: error: cannot read back the temporary file \(path)") == true)
        #expect(error?.description.contains("(errno \(EBADF))") == true)
        #expect(throws: TemporaryFileError.self) { try file.forEachChunkOfDocuments { _, _ in } }
    }

    @Test("a file cut short under the reader throws an error (the file ended early), not a crash")
    func truncatedFile() throws {
        let path = NSTemporaryDirectory() + "istilah-test-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { unlink(path) }
        let file = RecordFile<Item>(handle: try #require(FileHandle(forUpdatingAtPath: path)), path: path)
        for value in 0..<150_000 { file.append(Item(document: Int32(value / 1_000), value: Int64(value))) }
        var first = 0
        try file.forEachChunk { first += $0.count }
        #expect(first == 150_000)
        #expect(truncate(path, 0) == 0)
        let error = #expect(throws: TemporaryFileError.self) { try file.forEachChunkOfDocuments { _, _ in } }
        #expect(error?.code == 0)
        #expect(error?.description.hasSuffix("the file ended early") == true)
    }

    @Test("a document longer than a chunk comes back as one run")
    func longDocument() throws {
        let file = RecordFile<Item>()
        let sizes = [3, 150_000, 2, 70_000]
        for (document, size) in sizes.enumerated() {
            for value in 0..<size { file.append(Item(document: Int32(document), value: Int64(value))) }
        }
        var runs: [(document: Int32, count: Int)] = []
        try file.forEachChunkOfDocuments { records, ranges in
            for range in ranges { runs.append((records[range.lowerBound].document, range.count)) }
        }
        #expect(runs.map(\.document) == [0, 1, 2, 3])
        #expect(runs.map(\.count) == sizes)
    }
}
