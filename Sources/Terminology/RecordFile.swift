import Foundation

/// Fixed-size records appended to a temporary file and read back in order: how
/// ``TermAccumulator`` keeps one record per occurrence without holding them in memory.
///
/// The file, in `NSTemporaryDirectory()` (`TMPDIR`), is unlinked as soon as it is open, so it goes
/// away with the process; on a tmpfs its records take memory after all. When no temporary file
/// can be made, or the file cannot take more (a full disk), the records from then on stay in
/// memory (the same results, more memory).
/// Not thread-safe; records are written in their in-memory layout (the file is never shared).
final class RecordFile<Record: BitwiseCopyable> {
    private let handle: FileHandle?
    /// The file's path when it was made (for messages: it is unlinked at once).
    private let path: String?
    /// Records not yet written out (all of them without a file).
    private var buffer: [Record] = []
    /// The number of records appended.
    private(set) var count = 0
    /// The bytes written to the file so far.
    private var written = 0
    /// Whether a write to the file failed: the records not written stay in ``buffer``.
    private var fileFailed = false
    /// Records per write and per read: about a megabyte.
    private let chunk = max(1, (1 << 20) / MemoryLayout<Record>.stride)

    /// An empty file in the temporary directory.
    convenience init() {
        let path = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("istilah-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        if FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) {
            unlink(path)
            self.init(handle: handle, path: path)
        } else {
            self.init(handle: nil)
        }
    }

    /// Records kept in the empty file open as `handle` (nil: in memory); for tests, a file that
    /// refuses writes (`/dev/full`); `path` names it in messages.
    init(handle: FileHandle?, path: String? = nil) {
        self.handle = handle
        self.path = path
    }

    deinit { try? handle?.close() }

    /// Appends a record.
    func append(_ record: Record) {
        buffer.append(record)
        count += 1
        if buffer.count >= chunk { flush() }
    }

    /// Appends records in order.
    func append(contentsOf records: some Collection<Record>) {
        buffer.append(contentsOf: records)
        count += records.count
        if buffer.count >= chunk { flush() }
    }

    /// Writes the buffered records at the end of the file, straight from the buffer (`pwrite`,
    /// no intermediate copy).
    /// A failed write (a full disk) keeps the buffer and every later record in memory; the bytes
    /// of a partly written buffer past ``written`` are never read.
    private func flush() {
        guard let handle, !fileFailed, !buffer.isEmpty else { return }
        let descriptor = handle.fileDescriptor
        fileFailed = buffer.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let wrote = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(written + done))
                if wrote < 0 && errno == EINTR { continue }
                guard wrote > 0 else { return true }
                done += wrote
            }
            return false
        }
        guard !fileFailed else { return }
        written += buffer.count * MemoryLayout<Record>.stride
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every record in order, a chunk at a time.
    /// Throws ``TemporaryFileError`` when the file cannot be read back (the records before it were seen).
    func forEachChunk(_ body: ([Record]) throws -> Void) throws {
        guard let handle else {
            if !buffer.isEmpty { try body(buffer) }
            return
        }
        flush()
        let descriptor = handle.fileDescriptor, stride = MemoryLayout<Record>.stride
        var offset = 0
        while offset < written {
            let wanted = min(written - offset, chunk * stride) / stride
            // Read straight into the new array's storage (the records are bitwise copyable).
            let records = try [Record](unsafeUninitializedCapacity: wanted) { records, initialized in
                let bytes = UnsafeMutableRawBufferPointer(records)
                var done = 0
                while done < wanted * stride {
                    let read = pread(descriptor, bytes.baseAddress! + done, wanted * stride - done, off_t(offset + done))
                    if read < 0 && errno == EINTR { continue }
                    guard read > 0 else { throw TemporaryFileError(path: path, code: read < 0 ? errno : 0) }
                    done += read
                }
                initialized = wanted
            }
            try body(records)
            offset += wanted * stride
        }
        // After a failed write, the records from then on are still here.
        if fileFailed && !buffer.isEmpty { try body(buffer) }
    }
}

/// A record that belongs to one document.
protocol DocumentRecord: BitwiseCopyable {
    /// The document's index.
    var document: Int32 { get }
}

extension RecordFile where Record: DocumentRecord {
    /// Calls `body` with the records in order, about a chunk at a time, each call holding whole
    /// runs of records of one document only: `records` and the range of each run in it, in order.
    /// (The runs are slices of one array, so that none is copied out on its own.)
    /// Throws ``TemporaryFileError`` when the file cannot be read back.
    func forEachChunkOfDocuments(_ body: (_ records: [Record], _ runs: [Range<Int>]) throws -> Void) throws {
        /// The runs of `records` (one document each), in order (read through the buffer: a
        /// subscript of the captured array paid a uniqueness check per record).
        func runs(of records: [Record]) -> [Range<Int>] {
            records.withUnsafeBufferPointer { records in
                var runs: [Range<Int>] = []
                var start = 0
                while start < records.count {
                    let document = records[start].document
                    var end = start + 1
                    while end < records.count && records[end].document == document { end += 1 }
                    runs.append(start..<end)
                    start = end
                }
                return runs
            }
        }
        // The last run of a chunk may go on in the next one: it waits for the next chunk.
        var waiting: [Record] = []
        try forEachChunk { chunk in
            var records = waiting.isEmpty ? chunk : waiting + chunk
            let cut = records.withUnsafeBufferPointer { records in
                let last = records[records.count - 1].document
                var cut = records.count
                while cut > 0 && records[cut - 1].document == last { cut -= 1 }
                return cut
            }
            waiting = Array(records[cut...])
            guard cut > 0 else { return }
            records.removeLast(records.count - cut)
            try body(records, runs(of: records))
        }
        if !waiting.isEmpty { try body(waiting, runs(of: waiting)) }
    }
}
