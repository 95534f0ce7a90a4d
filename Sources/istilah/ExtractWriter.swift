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

    /// A summary of the given parts.
    init(id: String, sentences: Int, tokens: Int, text: String? = nil) {
        self.id = id
        self.sentences = sentences
        self.tokens = tokens
        self.text = text
    }
}

/// Writes extracted terms in the JSON schema of DESIGN.md, as TSV, or as a Markdown table.
struct ExtractWriter {
    let documents: [DocumentSummary]
    let terms: [TermCandidate]
    /// The English of each term, index for index (empty: every term unaligned).
    var alignments: [TermAlignment] = []
    let contexts: Int
    /// Where the terms' occurrences are read from when the terms hold none (see
    /// ``TermOccurrenceSource``); nil: each term's own.
    var occurrenceSource: TermOccurrenceSource? = nil
    /// The most occurrences held at once when they are read from ``occurrenceSource`` (one term
    /// may hold more), 12 bytes each (``TermSpan``).
    var occurrenceBudget = 1 << 21
    /// The threads that make the JSON text of the terms (the output is the same for any number).
    var threads = 1
    /// About how many occurrences one thread writes as JSON at a time.
    static let pieceOccurrences = 1 << 13

    struct TermEntry {
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
    }

    struct Variant {
        var form: String
        var count: Int
    }

    struct Occurrence {
        var document: String
        var start: Int
        var end: Int
        /// Present (true) when the occurrence sits inside a longer term's occurrence.
        var nested: Bool?
    }

    /// The entry of every term, made one at a time as the writers go.
    private var entries: LazyMapSequence<Range<Int>, TermEntry> {
        let scalars = contexts > 0 ? documents.map { Array(($0.text ?? "").unicodeScalars) } : []
        return terms.indices.lazy.map { entry(at: $0, scalars: scalars, withOccurrences: true) }
    }

    /// The entry of `terms[index]`; `scalars` holds the documents' text when contexts are asked for.
    private func entry(at index: Int, scalars: [[Unicode.Scalar]], withOccurrences: Bool) -> TermEntry {
        Self.entry(of: terms[index], alignment: index < alignments.count ? alignments[index] : .unaligned, documents: documents,
                   contexts: contexts, scalars: scalars, withOccurrences: withOccurrences)
    }

    /// The entry of `term` aligned as `alignment`, its documents named from `documents`, with up
    /// to `contexts` contexts from `scalars` (a static function: the JSON writer calls it on
    /// several threads).
    private static func entry(of term: TermCandidate, alignment: TermAlignment, documents: [DocumentSummary], contexts: Int,
                              scalars: [[Unicode.Scalar]], withOccurrences: Bool) -> TermEntry {
        TermEntry(
            term: term.form, english: alignment.english, type: term.type.rawValue, via: alignment.via.rawValue,
            confidence: alignment.confidence,
            score: term.score, count: term.count, documents: term.documents.map { documents[$0].id },
            variants: term.variants.map { Variant(form: $0.form, count: $0.count) },
            occurrences: !withOccurrences ? [] : term.occurrences.map {
                Occurrence(document: documents[$0.document].id, start: $0.range.lowerBound, end: $0.range.upperBound,
                           nested: $0.isNested ? true : nil)
            },
            contexts: contexts > 0 ? Self.contexts(of: term, in: scalars, limit: contexts) : nil)
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

    /// The JSON schema of DESIGN.md, pretty-printed with sorted keys (the layout of ``JSONValue``),
    /// appended term by term so that a large result is never held whole; the terms are written
    /// straight as bytes (see ``TermJSON``).
    func json(into stream: inout OutputFile.Stream) throws {
        let documentValues: [JSONValue] = documents.map {
            .object([("id", .string($0.id)), ("sentences", .integer($0.sentences)), ("tokens", .integer($0.tokens))])
        }
        var head: [UInt8] = Array("{\n  \"documents\" : ".utf8)
        JSONValue.array(documentValues).write(into: &head, indent: 2)
        head += ",\n  \"istilah\" : 1,\n  \"terms\" : ".utf8
        stream.append(bytes: head)
        guard !terms.isEmpty else { stream.append("[]\n}\n"); return }
        stream.append("[\n")
        let scalars = contexts > 0 ? documents.map { Array(($0.text ?? "").unicodeScalars) } : []
        let termJSON = TermJSON(documents: documents)
        // Each round's text is made on the worker threads while the round before is written out
        // here (the output's system calls overlap the next round's work).
        var pending: BackgroundWork<[[UInt8]]>?
        func writePending() {
            guard let texts = pending?.value else { return }
            pending = nil
            for text in texts { stream.append(bytes: text) }
        }
        var start = 0
        while start < terms.count {
            // The next terms whose occurrences fit the budget, read in one pass.
            var end = start + 1, held = terms[start].count
            while occurrenceSource != nil, end < terms.count, held + terms[end].count <= occurrenceBudget {
                held += terms[end].count
                end += 1
            }
            // The round before holds the last range's lists until it is made: with its text written
            // first, the two ranges' lists are never held at once.
            if occurrenceSource != nil && start > 0 { writePending() }
            let lists = try occurrenceSource?.spans(ofCandidatesIn: start..<end) ?? [terms[start].occurrences.map(TermSpan.init)[...]]
            // The terms' text is made in pieces of about `pieceOccurrences` occurrences, a round of
            // pieces at a time on the worker threads, and written in term order.
            var round = start
            while round < end {
                var pieces: [Range<Int>] = []
                var pieceStart = round
                while pieces.count < 2 * threads, pieceStart < end {
                    var pieceEnd = pieceStart + 1, held = lists[pieceStart - start].count
                    while pieceEnd < end, held + lists[pieceEnd - start].count <= Self.pieceOccurrences {
                        held += lists[pieceEnd - start].count
                        pieceEnd += 1
                    }
                    pieces.append(pieceStart..<pieceEnd)
                    pieceStart = pieceEnd
                }
                let (terms, alignments, contexts, first, threads) = (self.terms, self.alignments, self.contexts, start, self.threads)
                let next = BackgroundWork(threads: threads) { [pieces] in parallelMap(pieces, threads: threads) { piece in
                    var text: [UInt8] = []
                    text.reserveCapacity(piece.reduce(0) { $0 + termJSON.estimatedBytes(occurrences: lists[$1 - first].count) })
                    for index in piece {
                        text += "    ".utf8
                        let term = terms[index]
                        termJSON.append(term, alignment: index < alignments.count ? alignments[index] : .unaligned,
                                        occurrences: lists[index - first],
                                        contexts: contexts > 0 ? Self.contexts(of: term, in: scalars, limit: contexts) : nil, into: &text)
                        text += (index + 1 < terms.count ? ",\n" : "\n").utf8
                    }
                    return text
                } }
                writePending()
                pending = next
                round = pieceStart
            }
            start = end
        }
        writePending()
        stream.append("  ]\n}\n")
    }

    /// The JSON text in one string (for tests and small outputs).
    func json() throws -> String {
        var stream = OutputFile.Stream.collecting()
        try json(into: &stream)
        return stream.text
    }

    /// One term as a JSON object.
    static func value(of entry: TermEntry) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("term", .string(entry.term)), ("english", entry.english.map(JSONValue.string) ?? .null),
            ("type", .string(entry.type)), ("via", .string(entry.via)), ("confidence", .number(entry.confidence)),
            ("score", .number(entry.score)), ("count", .integer(entry.count)),
            ("documents", .array(entry.documents.map(JSONValue.string))),
            ("variants", .array(entry.variants.map { .object([("form", .string($0.form)), ("count", .integer($0.count))]) })),
            ("occurrences", .array(entry.occurrences.map { occurrence in
                var fields: [(String, JSONValue)] = [("document", .string(occurrence.document)),
                                                     ("end", .integer(occurrence.end)), ("start", .integer(occurrence.start))]
                if occurrence.nested == true { fields.append(("nested", .bool(true))) }
                return .object(fields)
            })),
        ]
        if let contexts = entry.contexts { members.append(("contexts", .array(contexts.map(JSONValue.string)))) }
        return .object(members)
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
