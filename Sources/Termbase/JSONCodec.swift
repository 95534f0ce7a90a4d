import Foundation
import Segmentation

/// Glossaries as JSON: `{"glossary": [entries], "istilah": 1}`, pretty-printed with sorted keys,
/// entries in sorted order, so equal glossaries give byte-identical files.
///
/// An entry is `{"category", "note", "source", "terms": [{"language", "text", "partOfSpeech",
/// "termType", "status"}]}`; absent values are left out.
public struct JSONCodec: GlossaryCodec {
    private struct Document: Codable {
        var istilah: Int
        var glossary: [GlossaryEntry]
    }

    /// Creates the codec.
    public init() {}

    /// ``GlossaryFormat/json``.
    public var format: GlossaryFormat { .json }

    /// The glossary as JSON text ending in a newline.
    public func encode(_ glossary: Glossary) throws(TermbaseError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(Document(istilah: 1, glossary: glossary.sorted.entries)), as: UTF8.self) + "\n"
        } catch {
            throw .unsupported("JSON encoding: \(error)")
        }
    }

    /// The glossary of a JSON text; a syntax or shape error is reported at line 1, column 1
    /// with the decoder's explanation.
    public func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary {
        do {
            let document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
            guard document.istilah == 1 else {
                throw TermbaseError.invalidData(SourceLocation(file: file, line: 1, column: 1),
                                                message: "unknown istilah JSON version \(document.istilah)", lineText: nil)
            }
            return Glossary(entries: document.glossary)
        } catch let error as TermbaseError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalidData(SourceLocation(file: file, line: 1, column: 1), message: "invalid JSON: \(context.debugDescription)", lineText: nil)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalidData(SourceLocation(file: file, line: 1, column: 1),
                               message: "missing key '\(key.stringValue)' at \(Self.path(context.codingPath))", lineText: nil)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .invalidData(SourceLocation(file: file, line: 1, column: 1),
                               message: "wrong value at \(Self.path(context.codingPath)): \(context.debugDescription)", lineText: nil)
        } catch {
            throw .invalidData(SourceLocation(file: file, line: 1, column: 1), message: "invalid JSON", lineText: nil)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
