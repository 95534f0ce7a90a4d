import Foundation
import Segmentation

/// Writes segmented documents as TSV (one row per token) or JSON (documents → sentences → tokens).
enum SegmentWriter {
    /// One header row, then one row per token; tabs and line breaks inside a surface are escaped.
    static func tsv(_ documents: [Document]) -> String {
        var out = "document\tsentence\ttoken\tstart\tend\tline\tcolumn\tkind\ttext\tkey\n"
        for document in documents {
            for (sentenceIndex, sentence) in document.sentences.enumerated() {
                for index in sentence.tokenRange {
                    let token = document.tokens[index]
                    out += "\(escape(document.id))\t\(sentenceIndex + 1)\t\(index + 1)\t\(token.range.lowerBound)\t\(token.range.upperBound)\t"
                    out += "\(token.line)\t\(token.column)\t\(token.kind.rawValue)\t\(escape(token.surface))\t\(escape(token.key))\n"
                }
            }
        }
        return out
    }

    private static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return field }
        return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    struct JSONRoot: Encodable {
        var istilah = 1
        var documents: [JSONDocument]
    }

    struct JSONDocument: Encodable {
        var id: String
        var sentences: [JSONSentence]
        var findings: [JSONFinding]
    }

    struct JSONSentence: Encodable {
        var text: String
        var start: Int
        var end: Int
        var line: Int
        var column: Int
        var tokens: [JSONToken]
    }

    struct JSONToken: Encodable {
        var text: String
        var start: Int
        var end: Int
        var line: Int
        var column: Int
        var kind: String
        var key: String
        var folded: String
    }

    struct JSONFinding: Encodable {
        var kind: String
        var line: Int
        var column: Int
        var message: String
    }

    /// Pretty-printed JSON with sorted keys: the same input gives byte-identical output.
    static func json(_ documents: [Document]) throws -> String {
        let root = JSONRoot(documents: documents.map { document in
            JSONDocument(
                id: document.id,
                sentences: document.sentences.map { sentence in
                    JSONSentence(
                        text: String(document.text(of: sentence)),
                        start: sentence.range.lowerBound, end: sentence.range.upperBound,
                        line: sentence.line, column: sentence.column,
                        tokens: document.tokens(in: sentence).map { token in
                            JSONToken(text: token.surface, start: token.range.lowerBound, end: token.range.upperBound,
                                      line: token.line, column: token.column, kind: token.kind.rawValue,
                                      key: token.key, folded: token.foldedKey)
                        })
                },
                findings: document.findings.map {
                    JSONFinding(kind: $0.kind.rawValue, line: $0.location.line, column: $0.location.column, message: $0.message)
                })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
    }
}
