import Foundation
import Segmentation

extension Glossary {
    /// Reads the glossary file at `path` in `format` (default: from its extension).
    ///
    /// Throws `.cannotRead` for a missing or unreadable file or an unknown extension, and every
    /// problem of the file (`.several` when there are more than one), each with its place.
    public init(contentsOf path: String, format: GlossaryFormat? = nil) throws(TermbaseError) {
        guard let format = format ?? GlossaryFormat(path: path) else {
            throw .cannotRead(path: path, message: "cannot tell the glossary format from the file name")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, message: "cannot read file")
        }
        let text = try Self.text(decoding: [UInt8](data), path: path)
        let (glossary, problems) = format.read(text, file: path)
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw .several(problems) }
        self = glossary
    }

    /// The text of a glossary file's `bytes` (a leading byte-order mark dropped); invalid UTF-8
    /// and binary content are errors at their line and column. An empty file is an empty text,
    /// which the codec reports in its own terms.
    public static func text(decoding bytes: [UInt8], path: String) throws(TermbaseError) -> String {
        do {
            return try SourceText(decoding: bytes, id: path).text
        } catch .emptyInput {
            return ""
        } catch .invalidUTF8(let location, let offset, let byte) {
            throw .invalidData(location, message: "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset))",
                               lineText: nil)
        } catch {
            throw .invalidData(error.location ?? SourceLocation(file: path, line: 1, column: 1), message: error.message, lineText: nil)
        }
    }
}
