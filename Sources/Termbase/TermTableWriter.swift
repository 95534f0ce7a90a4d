import Foundation

/// Writes a ``TermTable`` as Markdown, TSV, CSV (RFC 4180), JSON or a self-contained HTML page.
///
/// Every format has the same columns: English, Indonesian, type, variants (`form ×count`), one count
/// column per document, the first context (term in brackets), via and confidence. Output is
/// deterministic: rows in table order, `.sortedKeys` JSON, confidence with two decimals.
public struct TermTableWriter: Sendable {
    /// The table written.
    public var table: TermTable

    /// A writer of `table`.
    public init(table: TermTable) {
        self.table = table
    }

    /// The header cells.
    var header: [String] {
        ["english", "indonesian", "type", "variants"] + table.documents + ["context", "via", "confidence"]
    }

    /// The cells of one row, as plain text.
    func cells(_ row: TermTable.Row) -> [String] {
        let variants = row.variants.map { "\($0.form) ×\($0.count)" }.joined(separator: "; ")
        let context = row.contexts.first.map { $0.before + "[" + $0.term + "]" + $0.after } ?? ""
        return [row.english ?? "", row.indonesian, row.type, variants] + row.counts.map(String.init)
            + [context, row.via, Self.confidence(row.confidence)]
    }

    /// A confidence with two decimals (`0.95`).
    static func confidence(_ value: Double) -> String { String(format: "%.2f", value) }

    /// A Markdown table; `|` inside cells is escaped.
    public func markdown() -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { index in index >= 4 && index < 4 + table.documents.count ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            out += "| " + cells(row).map { Self.flat($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Tab-separated values with a header row; tabs and newlines inside cells become spaces.
    public func tsv() -> String {
        ([header] + table.rows.map(cells)).map { $0.map(Self.flat).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    /// Comma-separated values (RFC 4180: CRLF line ends, fields with `"`, `,` or line breaks quoted).
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "\"" || $0 == "," || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([header] + table.rows.map(cells)).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The table as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(table), as: UTF8.self) + "\n"
    }

    /// A cell on one line.
    static func flat(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
