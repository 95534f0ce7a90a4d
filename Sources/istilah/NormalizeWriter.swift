import Foundation
import Terminology

/// Writes what `istilah normalize` found: rewritten or annotated text, stand-off JSON, the
/// name-list table, and the explanation of each cluster.
struct NormalizeWriter {
    let documents: [DocumentSummary]
    let clustering: VariantClustering
    let annotations: [VariantAnnotation]
    /// For the list mode: each input line and the index of its form (nil for an empty line).
    var lines: [(text: String, form: Int?)] = []

    /// The writer of a list of names, one a line: equal lines are one form counted as often.
    static func names(_ lines: [String], clusterer: VariantClusterer) -> NormalizeWriter {
        var forms: [VariantForm] = []
        var index: [String: Int] = [:]
        var rows: [(String, Int?)] = []
        for line in lines {
            let name = line.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { rows.append((line, nil)); continue }
            if let known = index[name] {
                forms[known].count += 1
            } else {
                index[name] = forms.count
                forms.append(VariantForm(name, count: 1, documents: [0]))
            }
            rows.append((name, index[name]))
        }
        // A trailing newline leaves one empty last line: no row of its own.
        if rows.last?.1 == nil, lines.last?.isEmpty == true { rows.removeLast() }
        var writer = NormalizeWriter(documents: [], clustering: clusterer.clusters(of: forms), annotations: [])
        writer.lines = rows
        return writer
    }

    /// `input<TAB>canonical<TAB>cluster` for every line; clusters are numbered from 1 in the
    /// order of their first line; an empty line stays empty.
    var table: String {
        var out = ""
        for (text, form) in lines {
            guard let form else { out += "\n"; continue }
            out += "\(text)\t\(clustering.canonical(of: form))\t\(clustering.clusterIndex[form] + 1)\n"
        }
        return out
    }

    /// The text of every document with each variant replaced by its canonical form, or followed
    /// by it in brackets (`Korut [= Korea Utara]`); every other scalar as read.
    func text(annotating: Bool) -> String {
        var out = ""
        for (index, document) in documents.enumerated() {
            let scalars = Array((document.text ?? "").unicodeScalars)
            var position = 0
            var text = String.UnicodeScalarView()
            for annotation in annotations where annotation.document == index {
                text.append(contentsOf: scalars[position..<annotation.range.lowerBound])
                if annotating {
                    text.append(contentsOf: scalars[annotation.range])
                    text.append(contentsOf: " [= \(annotation.canonical)]".unicodeScalars)
                } else {
                    text.append(contentsOf: annotation.canonical.unicodeScalars)
                }
                position = annotation.range.upperBound
            }
            text.append(contentsOf: scalars[position...])
            out += String(text)
        }
        return out
    }

    struct Root: Encodable {
        var istilah = 1
        var documents: [Document]
    }

    struct Document: Encodable {
        var id: String
        var annotations: [Annotation]
    }

    struct Annotation: Encodable {
        var start: Int
        var end: Int
        var surface: String
        var canonical: String
        var kind: String
        var evidence: String
    }

    /// Stand-off annotations per document, pretty-printed with sorted keys; offsets as in
    /// `istilah extract` (Unicode scalars, end exclusive).
    func json() throws -> String {
        let root = Root(documents: documents.enumerated().map { index, document in
            Document(id: document.id, annotations: annotations.filter { $0.document == index }.map {
                Annotation(start: $0.range.lowerBound, end: $0.range.upperBound, surface: $0.surface,
                           canonical: $0.canonical, kind: $0.kind.rawValue, evidence: $0.evidence)
            })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(root), as: UTF8.self) + "\n"
    }

    /// Every cluster of more than one form: its canonical form, then one line per edge
    /// (`  Korut ~ Korea Utara  blend: termbase, kor+ut`).
    var explanation: String {
        var out: [String] = []
        for (number, cluster) in clustering.clusters.enumerated() where cluster.members.count > 1 {
            out.append("cluster \(number + 1): \(clustering.forms[cluster.canonical].surface)")
            for edge in cluster.edges {
                out.append("  \(clustering.forms[edge.to].surface) ~ \(clustering.forms[edge.from].surface)  \(edge.kind.rawValue): \(edge.evidence)")
            }
        }
        return out.joined(separator: "\n")
    }

    /// One warning per short name left ambiguous in a document.
    var ambiguityWarnings: [String] { Self.ambiguityWarnings(clustering, documentIDs: documents.map(\.id)) }

    /// The warnings of `clustering`'s ambiguous short names, naming the documents by `documentIDs`.
    ///
    /// The same ambiguity in several documents is reported once, at its first document, with the
    /// number of other documents (a large corpus repeats its short names).
    static func ambiguityWarnings(_ clustering: VariantClustering, documentIDs: [String]) -> [String] {
        var order: [String] = []
        var first: [String: Int] = [:]
        var others: [String: Int] = [:]
        for item in clustering.ambiguities {
            let names = item.candidates.map { clustering.forms[$0].surface }.joined(separator: ", ")
            let message = "'\(clustering.forms[item.form].surface)' could be \(names)"
                + (item.resolvedElsewhere ? "; resolved by the other documents to '\(clustering.canonical(of: item.form))'" : "; left apart")
            if first[message] == nil {
                first[message] = item.document
                order.append(message)
            } else {
                others[message, default: 0] += 1
            }
        }
        return order.map { message in
            let more = others[message].map { " (and in \($0) more document\($0 == 1 ? "" : "s"))" } ?? ""
            return "\(documentIDs[first[message]!]): warning: \(message)\(more)"
        }
    }
}
