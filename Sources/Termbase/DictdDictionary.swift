import Foundation

/// A dictionary in the dictd format: an `.index` of headwords and a gzip/dictzip `.dict.dz` body.
///
/// Each index line is `headword TAB offset TAB length`, the numbers written in dictd's base64
/// (`A`–`Z`, `a`–`z`, `0`–`9`, `+`, `/`; most significant digit first) as byte positions in the
/// inflated body. The body is inflated once, whole, when the dictionary is opened (about 1 MB
/// for FreeDict English–Indonesian), and definitions are slices of it.
public struct DictdDictionary: Sendable {
    /// One index line: a headword and where its definition is.
    public struct IndexEntry: Hashable, Sendable {
        /// The headword as the index writes it.
        public var headword: String
        /// Byte offset of the definition in the inflated body.
        public var offset: Int
        /// Byte length of the definition.
        public var length: Int
    }

    /// The index, in file order (dictd sorts it), without dictd's `00database…` metadata lines.
    public let index: [IndexEntry]
    private let body: [UInt8]

    /// Opens `path.index` and `path.dict.dz` (or an uncompressed `path.dict`).
    /// Throws `.dictionaryMissing` when the files are not there, `.cannotRead` when they are broken.
    public init(basePath: String) throws(TermbaseError) {
        let indexPath = basePath + ".index"
        let fileManager = FileManager.default
        guard let indexData = fileManager.contents(atPath: indexPath) else { throw .dictionaryMissing(path: indexPath) }
        let body: [UInt8]
        if let compressed = fileManager.contents(atPath: basePath + ".dict.dz") {
            body = try Gzip.inflate([UInt8](compressed), path: basePath + ".dict.dz")
        } else if let plain = fileManager.contents(atPath: basePath + ".dict") {
            body = [UInt8](plain)
        } else {
            throw .dictionaryMissing(path: basePath + ".dict.dz")
        }
        var entries: [IndexEntry] = []
        var lineNumber = 0
        for lineBytes in [UInt8](indexData).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if lineBytes.isEmpty { continue }
            let fields = lineBytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            let line = String(decoding: lineBytes, as: UTF8.self)
            guard fields.count >= 3, let offset = Self.number(fields[1]), let length = Self.number(fields[2]) else {
                throw .invalidData(.init(file: indexPath, line: lineNumber, column: 1),
                                   message: "expected 'headword<TAB>offset<TAB>length' in dictd base64", lineText: line)
            }
            let headword = String(decoding: fields[0], as: UTF8.self)
            guard offset + length <= body.count else {
                throw .invalidData(.init(file: indexPath, line: lineNumber, column: headword.unicodeScalars.count + 2),
                                   message: "definition runs past the end of the dictionary body", lineText: line)
            }
            if headword.hasPrefix("00database") || headword.hasPrefix("00-database") { continue }
            entries.append(IndexEntry(headword: headword, offset: offset, length: length))
        }
        self.index = entries
        self.body = body
    }

    /// The definition text of an index entry (UTF-8 decoded).
    public func definition(of entry: IndexEntry) -> String {
        String(decoding: definitionBytes(of: entry), as: UTF8.self)
    }

    /// The definition of an index entry as UTF-8 bytes, without copying.
    func definitionBytes(of entry: IndexEntry) -> ArraySlice<UInt8> {
        body[entry.offset..<(entry.offset + entry.length)]
    }

    /// A number in dictd's base64, or nil for a character outside its alphabet. O(digits).
    static func number(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits {
            let digit: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = Int(byte - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = Int(byte - UInt8(ascii: "a")) + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0")) + 52
            case UInt8(ascii: "+"): digit = 62
            case UInt8(ascii: "/"): digit = 63
            default: return nil
            }
            value = value * 64 + digit
        }
        return value
    }
}
