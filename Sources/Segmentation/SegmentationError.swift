/// Everything that can go wrong while reading and segmenting input text.
///
/// Messages are short and lowercase; `location` says where, so a caller prints
/// `file:line:col: error: message` like a compiler.
public enum SegmentationError: Error, Equatable, Sendable {
    /// The bytes at `byteOffset` (0-based, in the file as read) are not valid UTF-8.
    case invalidUTF8(SourceLocation, byteOffset: Int, byte: UInt8)
    /// The file holds a NUL byte at `byteOffset`: it is binary, not text.
    case binaryInput(SourceLocation, byteOffset: Int)
    /// The file is empty or holds only white space (and perhaps a byte-order mark).
    case emptyInput(file: String)
    /// The document holds more bytes than ICU's offsets can address (`Int32.max`).
    case tooLarge(file: String, bytes: Int)
    /// An ICU call failed.
    case icu(ICUError)

    /// Where the problem is; line 1, column 1 for problems of a whole file.
    public var location: SourceLocation? {
        switch self {
        case .invalidUTF8(let location, _, _), .binaryInput(let location, _): location
        case .emptyInput(let file), .tooLarge(let file, _): SourceLocation(file: file, line: 1, column: 1)
        case .icu: nil
        }
    }

    /// The message without its location, e.g. `invalid UTF-8 (byte 0xFF at offset 12)`.
    public var message: String {
        switch self {
        case .invalidUTF8(_, let offset, let byte):
            "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset)); use --lossy to replace bad bytes"
        case .binaryInput(_, let offset):
            "binary file (NUL byte at byte offset \(offset)), expected UTF-8 text"
        case .emptyInput:
            "no text: the input is empty or holds only white space"
        case .tooLarge(_, let bytes):
            "document too large (\(bytes) bytes, at most \(Int32.max))"
        case .icu(let error):
            "ICU: \(error)"
        }
    }
}

extension SegmentationError: CustomStringConvertible {
    /// `file:line:col: error: message`, the compiler style of every diagnostic.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}
