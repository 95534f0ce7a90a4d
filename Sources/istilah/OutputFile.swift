import ArgumentParser
import Foundation
import Segmentation

/// Where a command's result goes: standard output, or a file written atomically
/// (a temporary file beside it, then a rename), so a failed run never leaves half a file.
struct OutputFile {
    /// The path given with `-o`, or nil for standard output.
    var path: String?

    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(place: path, message: "cannot write output file")
        }
    }
}

extension OutputFile {
    /// Text handed to the output in pieces: flushed every megabyte, so a large result is never
    /// held whole in memory.
    struct Stream {
        /// Where the text goes; nil keeps it all in ``text``.
        fileprivate let handle: FileHandle?
        /// What was appended and not yet written out, as UTF-8.
        private(set) var bytes: [UInt8] = []

        /// What was appended and not yet written out.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// A stream that keeps everything in ``text`` (for tests and small results).
        static func collecting() -> Stream { Stream(handle: nil) }

        /// Appends text; writes it out once a megabyte has gathered.
        mutating func append(_ piece: String) {
            bytes += piece.utf8
            flushIfFull()
        }

        /// Appends UTF-8 text; writes it out once a megabyte has gathered.
        mutating func append(bytes piece: [UInt8]) {
            bytes += piece
            flushIfFull()
        }

        private mutating func flushIfFull() {
            if handle != nil, bytes.count >= 1 << 20 { flush() }
        }

        fileprivate mutating func flush() {
            guard let handle, !bytes.isEmpty else { return }
            handle.write(Data(bytes))
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Writes what `body` appends, piece by piece: to standard output, or to a temporary file
    /// beside the output that is renamed into place only when `body` succeeds.
    func stream(_ body: (inout Stream) throws -> Void) throws {
        guard let path else {
            var stream = Stream(handle: FileHandle.standardOutput)
            try body(&stream)
            stream.flush()
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).istilah-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw InputError(place: path, message: "cannot write output file")
        }
        var stream = Stream(handle: handle)
        do {
            try body(&stream)
            stream.flush()
            try handle.close()
            guard rename(temporary.path, path) == 0 else { throw InputError(place: path, message: "cannot write output file") }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs a command body; input and segmentation errors print as one compiler-style line on
/// standard error and exit with status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as SegmentationError {
        printError(error.description)
        throw ExitCode.failure
    }
}
