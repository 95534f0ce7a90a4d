import ArgumentParser
import Foundation
import Segmentation
import Terminology

/// Where a command's result goes: standard output, or a file written atomically
/// (a temporary file beside it, then a rename), so a failed run never leaves half a file.
/// A path that names something other than a regular file (`/dev/null`, a pipe) is written in
/// place: a rename would replace the device or pipe with a file.
struct OutputFile {
    /// The path given with `-o`, or nil for standard output.
    let path: String?

    /// The output `-o PATH` names; nil and `-` (the usual spelling on a command line) mean
    /// standard output.
    init(path: String?) {
        self.path = path == "-" ? nil : path
    }

    /// The path when it names an existing device, pipe or other file that is not a regular file
    /// (nor a directory, which the rename reports as an error).
    private var special: String? {
        guard let path, let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else { return nil }
        return type == .typeRegular || type == .typeDirectory || type == .typeSymbolicLink ? nil : path
    }

    /// Writes `text` (see ``stream(_:)``).
    func write(_ text: String) throws {
        try stream { $0.append(text) }
    }

    /// The error for an output that cannot be opened or put in place: the path and why (`errno`).
    private static func cannotWrite(_ path: String, _ code: Int32) -> InputError {
        InputError(place: path, message: "cannot write output file: \(String(cString: strerror(code)))")
    }

    /// Writes what `body` appends to `path` in place (no temporary file).
    private static func writeInPlace(_ path: String, _ body: (inout Stream) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw Self.cannotWrite(path, errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        defer { try? handle.close() }
        var stream = Stream(handle: handle)
        try body(&stream)
        try stream.finish(path)
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
        /// The `errno` of the first write that failed (nothing is written after it).
        fileprivate private(set) var failure: Int32?

        /// What was appended and not yet written out.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// A stream that keeps everything in ``text`` (for tests and small results).
        static func collecting() -> Stream { Stream(handle: nil) }

        /// Appends text; writes it out once a megabyte has gathered.
        mutating func append(_ piece: String) {
            bytes += piece.utf8
            flushIfFull()
        }

        /// Appends UTF-8 text; writes it out once a megabyte has gathered (a piece of 64 KiB or
        /// more is written out at once, without copying it).
        mutating func append(bytes piece: [UInt8]) {
            if handle != nil, piece.count >= 1 << 16 {
                flush()
                write(piece)
                return
            }
            bytes += piece
            flushIfFull()
        }

        private mutating func flushIfFull() {
            if handle != nil, bytes.count >= 1 << 20 { flush() }
        }

        fileprivate mutating func flush() {
            guard handle != nil, !bytes.isEmpty else { return }
            write(bytes)
            bytes.removeAll(keepingCapacity: true)
        }

        /// Writes out what is left; throws when any write failed (`place` names the output).
        fileprivate mutating func finish(_ place: String) throws {
            flush()
            if let failure { throw InputError(place: place, message: "cannot write output file: \(String(cString: strerror(failure)))") }
        }

        /// Writes `piece` to the handle's file descriptor, whole (a write may take part of it).
        private mutating func write(_ piece: [UInt8]) {
            guard let handle, failure == nil else { return }
            piece.withUnsafeBytes { piece in
                var offset = 0
                while offset < piece.count {
                    let written = Foundation.write(handle.fileDescriptor, piece.baseAddress! + offset, piece.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
    }

    /// Writes what `body` appends, piece by piece: to standard output, or to a temporary file
    /// beside the output that is renamed into place only when `body` succeeds.
    func stream(_ body: (inout Stream) throws -> Void) throws {
        guard let path else {
            var stream = Stream(handle: FileHandle.standardOutput)
            try body(&stream)
            try stream.finish("<stdout>")
            return
        }
        if let special { return try Self.writeInPlace(special, body) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).istilah-\(ProcessInfo.processInfo.processIdentifier)")
        // (Created with `open`, not FileManager, so that a failure says why: its errno.)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw Self.cannotWrite(path, errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        var stream = Stream(handle: handle)
        do {
            try body(&stream)
            try stream.finish(path)
            try handle.close()
            guard rename(temporary.path, path) == 0 else { throw Self.cannotWrite(path, errno) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}

/// Ends the process with status 0 at once, without freeing what the command built (terms, tallies,
/// occurrence records: hundreds of thousands of objects, a tenth of a second of frees on 20 MB of
/// text); the kernel takes the memory back whole. Call only when every output is written and
/// closed: C `exit` still flushes standard I/O, and nothing else holds unwritten data (the
/// output streams write through file descriptors, temporary record files are already unlinked).
func exitWithoutTeardown() -> Never {
    exit(EXIT_SUCCESS)
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
    } catch let error as TemporaryFileError {
        printError(error.description)
        throw ExitCode.failure
    }
}
