import Alignment
import Foundation
import Segmentation
import Terminology

/// What the writers need of a document once its tokens are gone.
struct DocumentSummary: Sendable {
    var id: String
    var sentences: Int
    var tokens: Int
    /// The text, kept only when contexts are asked for.
    var text: String?

    init(_ document: Document, keepingText: Bool) {
        id = document.id
        sentences = document.sentences.count
        tokens = document.tokens.count
        text = keepingText ? document.text : nil
    }
}

/// Writes extracted terms in the JSON schema of DESIGN.md, as TSV, or as a Markdown table.
struct ExtractWriter {
    let documents: [DocumentSummary]
    let terms: [TermCandidate]
    /// The English of each term, index for index (empty: every term unaligned).
    var alignments: [TermAlignment] = []
    let contexts: Int

    struct Root: Encodable {
        var istilah = 1
        var documents: [DocumentEntry]
        var terms: [TermEntry]
    }

    struct DocumentEntry: Encodable {
        var id: String
        var sentences: Int
        var tokens: Int
    }

    struct TermEntry: Encodable {
        var term: String
        var english: String?
        var type: String
        var via: String
        var confidence: Double
        var score: Double
        var count: Int
        var documents: [String]
        var variants: [Variant]
        var occurrences: [Occurrence]
        var contexts: [String]?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(term, forKey: .term)
            try container.encode(english, forKey: .english)  // null, not absent, until aligned
            try container.encode(type, forKey: .type)
            try container.encode(via, forKey: .via)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(score, forKey: .score)
            try container.encode(count, forKey: .count)
            try container.encode(documents, forKey: .documents)
            try container.encode(variants, forKey: .variants)
            try container.encode(occurrences, forKey: .occurrences)
            try container.encodeIfPresent(contexts, forKey: .contexts)
        }

        enum CodingKeys: String, CodingKey {
            case term, english, type, via, confidence, score, count, documents, variants, occurrences, contexts
        }
    }

    struct Variant: Encodable {
        var form: String
        var count: Int
    }

    struct Occurrence: Encodable {
        var document: String
        var start: Int
        var end: Int
        /// Present (true) when the occurrence sits inside a longer term's occurrence.
        var nested: Bool?
    }

    private var entries: [TermEntry] {
        let scalars = contexts > 0 ? documents.map { Array(($0.text ?? "").unicodeScalars) } : []
        return terms.enumerated().map { index, term in
            let alignment = index < alignments.count ? alignments[index] : .unaligned
            return TermEntry(
                term: term.form, english: alignment.english, type: term.type.rawValue, via: alignment.via.rawValue,
                confidence: alignment.confidence,
                score: term.score, count: term.count, documents: term.documents.map { documents[$0].id },
                variants: term.variants.map { Variant(form: $0.form, count: $0.count) },
                occurrences: term.occurrences.map { Occurrence(document: documents[$0.document].id, start: $0.range.lowerBound, end: $0.range.upperBound,
                                                             nested: $0.isNested ? true : nil) },
                contexts: contexts > 0 ? Self.contexts(of: term, in: scalars, limit: contexts) : nil)
        }
    }

    /// Up to `limit` keyword-in-context snippets: 50 scalars each side within the line, term in brackets.
    static func contexts(of term: TermCandidate, in texts: [[Unicode.Scalar]], limit: Int) -> [String] {
        var snippets: [String] = []
        for occurrence in term.occurrences where !occurrence.isNested {
            let text = texts[occurrence.document]
            let (start, end) = Self.contextBounds(of: occurrence.range, in: text, radius: 50)
            func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range])) }
            let snippet = (start > 0 && text[start - 1] != "\n" ? "…" : "") + string(start..<occurrence.range.lowerBound)
                + "[" + string(occurrence.range) + "]" + string(occurrence.range.upperBound..<end)
                + (end < text.count && text[end] != "\n" && text[end] != "\r" ? "…" : "")
            if !snippets.contains(snippet) { snippets.append(snippet) }
            if snippets.count == limit { break }
        }
        return snippets
    }

    /// The span around `range` that a context shows: `radius` scalars each side, cut at line ends.
    static func contextBounds(of range: Range<Int>, in text: [Unicode.Scalar], radius: Int) -> (start: Int, end: Int) {
        var start = max(0, range.lowerBound - radius)
        var end = min(text.count, range.upperBound + radius)
        if let newline = text[start..<range.lowerBound].lastIndex(where: { $0 == "\n" }) { start = newline + 1 }
        if let newline = text[range.upperBound..<end].firstIndex(where: { $0 == "\n" || $0 == "\r" }) { end = newline }
        return (start, end)
    }

    /// The JSON schema of DESIGN.md, pretty-printed with sorted keys.
    func json() throws -> String {
        let root = Root(
            documents: documents.map { DocumentEntry(id: $0.id, sentences: $0.sentences, tokens: $0.tokens) },
            terms: entries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
    }

    /// One row per term: term, type, score, count, documents, variants (`form×count` joined by ` | `).
    func tsv() -> String {
        var out = "term\ttype\tscore\tcount\tdocuments\tvariants" + (contexts > 0 ? "\tcontexts" : "") + "\n"
        for entry in entries {
            let variants = entry.variants.map { "\($0.form)×\($0.count)" }.joined(separator: " | ")
            out += [entry.term, entry.type, String(entry.score), String(entry.count), String(entry.documents.count), variants]
                .map(clean).joined(separator: "\t")
            if let contexts = entry.contexts { out += "\t" + clean(contexts.joined(separator: " ‖ ")) }
            out += "\n"
        }
        return out
    }

    /// A Markdown table of the same columns; `|` inside cells is escaped.
    func markdown() -> String {
        var out = "| term | type | score | count | documents | variants |" + (contexts > 0 ? " contexts |" : "") + "\n"
        out += "|---|---|---:|---:|---:|---|" + (contexts > 0 ? "---|" : "") + "\n"
        for entry in entries {
            let variants = entry.variants.map { "\($0.form) ×\($0.count)" }.joined(separator: ", ")
            var cells = [entry.term, entry.type, String(entry.score), String(entry.count), String(entry.documents.count), variants]
            if let contexts = entry.contexts { cells.append(contexts.joined(separator: "<br>")) }
            out += "| " + cells.map { clean($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func clean(_ field: String) -> String {
        String(field.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
