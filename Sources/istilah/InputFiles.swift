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
                guard let enumerator = fileManager.enumerator(atPath: resolved) else {
                    throw InputError(place: argument, message: "cannot read directory")
                }
                var found: [String] = []
                while let relative = enumerator.nextObject() as? String {
                    guard relative.hasSuffix(".txt") else { continue }
                    let path = argument.hasSuffix("/") ? argument + relative : argument + "/" + relative
                    var isSubdirectory: ObjCBool = false
                    if fileManager.fileExists(atPath: path, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                        found.append(path)
                    }
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
