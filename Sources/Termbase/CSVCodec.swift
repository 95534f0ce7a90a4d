import Segmentation

/// CSV glossaries for translation services (RFC 4180: comma-separated, CRLF line ends, fields
/// with a comma, quote or line break in double quotes, quotes doubled).
///
/// - ``Form/oneWay``: two columns `source,target`, no header: every Indonesian form (canonical
///   and variants) → the canonical English, rows sorted by source. A source occurs once (services
///   refuse duplicates): when two entries share one, the first in glossary order keeps it.
/// - ``Form/termSets``: equivalent-term sets, a header row of language codes (`id,en`) and one row
///   per concept with its canonical terms.
///
/// Neither form may hold control characters (tab, line breaks inside terms, U+0000–U+001F);
/// reading reports them, empty cells, wrong column counts and duplicate sources with their place.
public struct CSVCodec: GlossaryCodec {
    /// The two CSV layouts services import.
    public enum Form: Sendable {
        /// `source,target` rows, no header.
        case oneWay
        /// A language-code header row, then one concept a row.
        case termSets
    }

    /// The layout.
    public var form: Form

    /// Creates a codec for `form`.
    public init(form: Form) { self.form = form }

    /// ``GlossaryFormat/csv`` or ``GlossaryFormat/csvSets``.
    public var format: GlossaryFormat { form == .oneWay ? .csv : .csvSets }

    /// The glossary as CSV, sorted.
    public func encode(_ glossary: Glossary) throws(TermbaseError) -> String {
        var rows: [[String]] = []
        switch form {
        case .oneWay:
            var seen = Set<String>()
            for entry in glossary.sorted.entries {
                guard let english = entry.english else { continue }
                for term in entry.terms(in: "id") where seen.insert(term.text).inserted {
                    rows.append([term.text, english])
                }
            }
            // Rows in source order, so reading and writing again gives the same file.
            rows = rows.enumerated().sorted { a, b in
                let (x, y) = (a.element[0].lowercased(), b.element[0].lowercased())
                return x != y ? x < y : (a.element[0] != b.element[0] ? a.element[0] < b.element[0] : a.offset < b.offset)
            }.map(\.element)
        case .termSets:
            rows.append(["id", "en"])
            var seen = Set<String>()
            for entry in glossary.sorted.entries {
                guard let indonesian = entry.indonesian, let english = entry.english,
                      seen.insert(indonesian).inserted else { continue }
                rows.append([indonesian, english])
            }
        }
        var out = ""
        for row in rows {
            for cell in row {
                if let bad = cell.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
                    throw .unsupported("control character U+\(String(bad.value, radix: 16, uppercase: true).leftPadded(4)) in '\(cell)'; CSV glossaries cannot hold it")
                }
            }
            out += row.map(Self.quoted).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A field quoted when it must be (RFC 4180).
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || field.hasPrefix(" ") || field.hasSuffix(" ") else {
            return field
        }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }

    /// The entries of `text`; throws every problem found.
    public func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary {
        let (records, syntaxProblems) = CSVRecords.parse(text, file: file)
        var problems = syntaxProblems
        var entries: [GlossaryEntry] = []
        var languages = ["id", "en"]
        var body = records[...]
        if form == .termSets {
            guard let header = body.first else {
                throw .invalidData(SourceLocation(file: file, line: 1, column: 1), message: "no header row of language codes", lineText: nil)
            }
            languages = header.fields.map { $0.text.lowercased() }
            for field in header.fields where !field.text.allSatisfy({ $0.isLetter || $0 == "-" }) || field.text.isEmpty {
                problems.append(header.error(field, "'\(field.text)' is not a language code"))
            }
            body = body.dropFirst()
        }
        var firstLine: [String: Int] = [:]
        for record in body {
            guard record.fields.count == languages.count else {
                problems.append(record.error(record.fields.last!, "expected \(languages.count) fields, found \(record.fields.count)"))
                continue
            }
            var bad = false
            for field in record.fields {
                if field.text.isEmpty { problems.append(record.error(field, "empty field")); bad = true }
                else if let (offset, scalar) = field.text.unicodeScalars.enumerated().first(where: { $0.element.properties.generalCategory == .control }) {
                    var place = field
                    place.column += offset + (field.quoted ? 1 : 0)
                    problems.append(record.error(place, "control character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(4))"))
                    bad = true
                }
            }
            if bad { continue }
            let source = record.fields[0].text
            if let first = firstLine[source] {
                problems.append(record.error(record.fields[0], "duplicate source '\(source)' (first at line \(first))"))
                continue
            }
            firstLine[source] = record.line
            let terms = zip(languages, record.fields).map { Term($1.text, language: String($0.prefix { $0 != "-" && $0 != "_" })) }
            entries.append(GlossaryEntry(terms: terms, location: SourceLocation(file: file, line: record.line, column: 1)))
        }
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw .several(problems) }
        return Glossary(entries: entries)
    }
}
