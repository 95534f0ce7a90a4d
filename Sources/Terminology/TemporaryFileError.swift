import Foundation

/// A temporary file of the program's own (see ``RecordFile``) that could not be read back:
/// printed like a compiler diagnostic, `istilah: error: …`, with the file and the `errno`.
public struct TemporaryFileError: Error, CustomStringConvertible {
    /// The file's path when it was made (it is unlinked at once), or nil when it is not known.
    public var path: String?
    /// The `errno` of the failed read (0: the file ended before its records did).
    public var code: Int32

    public var description: String {
        let reason = code == 0 ? "the file ended early" : "\(String(cString: strerror(code))) (errno \(code))"
        return "istilah: error: cannot read back the temporary file \(path ?? "(unnamed)") (deleted): \(reason)"
    }
}
