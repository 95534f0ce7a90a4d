import Foundation
import Segmentation

/// A problem with the command line's inputs or outputs, printed like a compiler diagnostic.
struct InputError: Error, CustomStringConvertible {
    /// `path` or `path:line:col`.
    var place: String
    var message: String

    var description: String { "\(place): error: \(message)" }
}

/// Finds and reads the text files named on the command line.
///
/// `-` is standard input; a directory is searched recursively for `*.txt` files, in sorted
/// order so that output does not depend on the file system's order.
enum InputFiles {
    /// The file paths the arguments stand for, in order, without duplicates.
    static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        var seen = Set<String>()
        let fileManager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                if seen.insert(argument).inserted { paths.append(argument) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError(place: argument, message: "no such file or directory")
            }
            if isDirectory.boolValue {
                // A symbolic link to a directory is searched like the directory itself.
                let resolved = URL(fileURLWithPath: argument).resolvingSymlinksInPath().path
                let prefix = argument.hasSuffix("/") ? argument : argument + "/"
                guard let found = textFiles(under: resolved, prefix: prefix) else {
                    throw InputError(place: argument, message: "cannot read directory")
                }
                guard !found.isEmpty else {
                    throw InputError(place: argument, message: "directory holds no .txt files")
                }
                for path in found.sorted() where seen.insert(path).inserted { paths.append(path) }
            } else if seen.insert(argument).inserted {
                paths.append(argument)
            }
        }
        return paths
    }

    /// The `*.txt` files under the directory `directory` (searched recursively, without following
    /// symbolic links to directories), each as `prefix` + its path relative to `directory`, in no
    /// particular order; nil when `directory` cannot be read. A name ending in `.txt` counts
    /// unless it is (or links to) a directory.
    ///
    /// With `opendir`/`readdir` and the entry types they give: `FileManager`'s enumerator spent
    /// about 50 000 instructions per entry (6 444 files took 40 ms of serial time before the
    /// first batch could start).
    private static func textFiles(under directory: String, prefix: String) -> [String]? {
        guard let stream = opendir(directory) else { return nil }
        defer { closedir(stream) }
        var found: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                // (Some file systems give no type: ask, without following a link.)
                var status = stat()
                isDirectory = lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if isDirectory {
                // An unreadable subdirectory is skipped, as the enumerator skipped it.
                found += textFiles(under: path, prefix: prefix + name + "/") ?? []
            } else if name.hasSuffix(".txt") {
                // A link counts by what it points to (a link to a directory is no text file).
                var status = stat()
                if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { found.append(prefix + name) }
            }
        }
        return found
    }

    /// The bytes of `path` (standard input for `-`).
    static func bytes(of path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        if let bytes = regularFileBytes(path) { return bytes }
        // Anything else (a pipe, a file that cannot be opened) the slower way, which says what failed.
        guard FileManager.default.isReadableFile(atPath: path),
              let data = FileManager.default.contents(atPath: path) else {
            throw InputError(place: path, message: "cannot read file (permission denied or not a regular file)")
        }
        return [UInt8](data)
    }

    /// The bytes of the regular file at `path`, read with POSIX calls straight into the array (one
    /// look-up of the path, no copy through `Data`); nil when it cannot be opened, is no regular
    /// file, or grows while it is read.
    private static func regularFileBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the size: a read that fills it means the file grew.
        let capacity = Int(status.st_size) + 1
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            while initialized < capacity {
                let count = read(descriptor, buffer.baseAddress! + initialized, capacity - initialized)
                if count == 0 { complete = true; return }
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                initialized += count
            }
        }
        return complete ? bytes : nil
    }

    /// Reads and decodes every input; the first problem is thrown as a diagnostic.
    static func sources(_ arguments: [String], lossy: Bool) throws -> [SourceText] {
        try sources(paths: expand(arguments), lossy: lossy)
    }

    /// Reads and decodes the files at `paths` (already expanded); the first problem is thrown.
    static func sources(paths: [String], lossy: Bool) throws -> [SourceText] {
        try paths.map { try source(path: $0, lossy: lossy) }
    }

    /// Reads and decodes the file at `path` (already expanded).
    static func source(path: String, lossy: Bool) throws -> SourceText {
        let bytes = try bytes(of: path)
        do throws(SegmentationError) {
            return try SourceText(decoding: bytes, id: path, lossy: lossy)
        } catch {
            throw InputError(place: error.location.map(\.description) ?? path, message: error.message)
        }
    }
}
