/// A decoded input file: its text exactly as written, minus a leading byte-order mark.
///
/// Decoding accepts UTF-8 only. CRLF and CR line ends are kept as they are; lines are
/// counted by ``SourceLocation`` rules (LF, CRLF or a lone CR each end one line).
public struct SourceText: Sendable {
    /// The file name as the user gave it; used in diagnostics and as the document id.
    public let id: String
    /// The decoded text. Offsets everywhere are Unicode scalar offsets into this string.
    public let text: String
    /// Where `--lossy` decoding replaced invalid bytes with U+FFFD (empty otherwise).
    public let replacements: [SourceLocation]

    /// Creates a source text from text that is already decoded (a leading BOM is removed).
    public init(id: String, text: String) {
        self.id = id
        self.text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        self.replacements = []
    }

    /// Decodes `bytes` as UTF-8, stripping a leading byte-order mark.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes as read.
    ///   - id: the file name for diagnostics.
    ///   - lossy: replace invalid sequences with U+FFFD (each recorded in ``replacements``)
    ///     instead of failing.
    /// - Throws: ``SegmentationError/binaryInput(_:byteOffset:)`` for a NUL byte,
    ///   ``SegmentationError/invalidUTF8(_:byteOffset:byte:)`` for bad bytes (unless `lossy`),
    ///   ``SegmentationError/emptyInput(file:)`` when nothing but white space remains.
    /// - Complexity: O(n) in the number of bytes.
    public init(decoding bytes: [UInt8], id: String, lossy: Bool = false) throws(SegmentationError) {
        self.id = id
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let bomLength = bytes.count - body.count
        if let nul = Self.firstNUL(in: bytes, from: bomLength) {
            throw .binaryInput(Self.location(of: nul, in: bytes, id: id), byteOffset: nul)
        }
        var bad: [Int] = []
        if let decoded = String(validating: body, as: UTF8.self) {
            self.text = decoded
        } else {
            bad = Self.invalidOffsets(in: bytes, from: bomLength)
            if !lossy, let first = bad.first {
                throw .invalidUTF8(Self.location(of: first, in: bytes, id: id), byteOffset: first, byte: bytes[first])
            }
            self.text = String(decoding: body, as: UTF8.self)
        }
        self.replacements = bad.map { Self.location(of: $0, in: bytes, id: id) }
        if !text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" && $0 != "\u{200B}" }) {
            throw .emptyInput(file: id)
        }
    }

    /// The offset of the first NUL byte of `bytes` at or after `start`, read eight bytes at a
    /// time (a byte-by-byte search was most of the cost of decoding a file).
    private static func firstNUL(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = start
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                // A word holds a zero byte when subtracting one from each byte borrows into a
                // byte whose top bit was clear (the classic test; exact as to whether, not where).
                while index + 8 <= buffer.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                    index += 8
                }
            }
            // The word with the zero byte, or the last bytes, one by one.
            while index < buffer.count {
                if buffer[index] == 0 { return index }
                index += 1
            }
            return nil
        }
    }

    /// Byte offsets where a maximal invalid UTF-8 subsequence starts.
    private static func invalidOffsets(in bytes: [UInt8], from start: Int) -> [Int] {
        var offsets: [Int] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error(let length): offsets.append(offset); offset += length
            case .emptyInput: break loop
            }
        }
        return offsets
    }

    /// The 1-based line and scalar column of `byteOffset`; a broken sequence counts as one column.
    static func location(of byteOffset: Int, in bytes: [UInt8], id: String) -> SourceLocation {
        var line = 1, column = 1, index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < byteOffset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1; column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: id, line: line, column: column)
    }
}
