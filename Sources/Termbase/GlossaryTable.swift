import Segmentation

/// One tab-separated glossary file read and checked: its kind, entries and every problem found.
///
/// Validation never stops at the first problem: a wrong field count, an empty required field,
/// an empty alternative, a value outside a closed vocabulary, a control character, stray spaces
/// and duplicate keys are all collected in ``problems``, each with its line and column.
public struct GlossaryTable: Sendable {
    /// The file's kind, from its header; nil if the header is not one Istilah knows.
    public let kind: GlossaryFileKind?
    /// The entries of the valid rows, in file order (`source` is the file's name).
    public let glossary: Glossary
    /// The comment lines that open the file (what it holds, sources, licence).
    public let comments: [String]
    /// Every problem, in file order.
    public let problems: [TermbaseError]

    /// Reads `text`, naming it `file` in diagnostics; `source` tags the entries (default: the
    /// file's last path component). Linear in the size of the text.
    public init(text: String, file: String, source: String? = nil) {
        let table = TabularText(text, file: file)
        comments = table.comments
        let sourceName = source ?? String(file.split(separator: "/").last ?? Substring(file))
        guard let header = table.header else {
            kind = nil
            glossary = Glossary()
            problems = [.invalidData(SourceLocation(file: file, line: 1, column: 1), message: "no header row", lineText: nil)]
            return
        }
        guard let kind = GlossaryFileKind(header: header.fields.map(\.text)) else {
            self.kind = nil
            glossary = Glossary()
            let known = GlossaryFileKind.allCases.map { $0.columns.joined(separator: " ") }.joined(separator: "' or '")
            problems = [table.error(header, column: 1, "unknown header (expected '\(known)')")]
            return
        }
        self.kind = kind
        var problems: [TermbaseError] = []
        var entries: [GlossaryEntry] = []
        var firstLine: [String: Int] = [:]
        // The kind's columns and field rules, made once for the table (each property of the
        // kind builds its array, set or dictionary anew).
        let rules = FieldRules(kind), columns = rules.columns, keyColumns = kind.keyColumns
        for row in table.rows {
            let rowProblems = Self.check(row, kind: kind, rules: rules, in: table)
            problems += rowProblems
            guard rowProblems.isEmpty else { continue }
            var cells: [String: String] = [:]
            for (name, field) in zip(columns, row.fields) { cells[name] = field.text }
            // Names in terms.tsv clash whatever their case; elsewhere case matters (Dr. doktor, dr. dokter).
            let key = keyColumns.map { kind == .terms ? (cells[$0] ?? "").lowercased() : cells[$0] ?? "" }.joined(separator: "\t")
            if let first = firstLine[key] {
                let column = row.fields[columns.firstIndex(of: keyColumns[0]) ?? 0].column
                let shown = keyColumns.map { cells[$0] ?? "" }.joined(separator: " / ")
                problems.append(table.error(row, column: column, "duplicate entry '\(shown)' (first at line \(first))"))
                continue
            }
            firstLine[key] = row.line
            var entry = Self.entry(cells, kind: kind)
            entry.source = sourceName
            entry.location = SourceLocation(file: file, line: row.line, column: 1)
            entries.append(entry)
        }
        glossary = Glossary(entries: entries)
        self.problems = problems
    }

    /// A kind's columns and the rules of its fields (``GlossaryFileKind/required``,
    /// ``GlossaryFileKind/alternatives``, ``GlossaryFileKind/allowedValues``), made once per table.
    private struct FieldRules {
        let columns: [String]
        let required: Set<String>
        let alternatives: Set<String>
        let allowedValues: [String: [String]]

        init(_ kind: GlossaryFileKind) {
            columns = kind.columns
            required = kind.required
            alternatives = kind.alternatives
            allowedValues = kind.allowedValues
        }
    }

    /// The problems of one row.
    private static func check(_ row: TabularText.Row, kind: GlossaryFileKind, rules: FieldRules, in table: TabularText) -> [TermbaseError] {
        let columns = rules.columns
        guard row.fields.count == columns.count else {
            let column = row.fields.count > columns.count ? row.fields[columns.count].column : row.lineText.unicodeScalars.count + 1
            return [table.error(row, column: column, "expected \(columns.count) fields, found \(row.fields.count)")]
        }
        var problems: [TermbaseError] = []
        for (name, field) in zip(columns, row.fields) {
            if field.text.utf8.hasControlCharacter,
               let (offset, scalar) = field.text.unicodeScalars.enumerated().first(where: { $0.element.properties.generalCategory == .control }) {
                problems.append(table.error(row, column: field.column + offset,
                                            "control character U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(4)) in field '\(name)'"))
                continue
            }
            if field.text.isEmpty {
                if rules.required.contains(name) { problems.append(table.error(row, column: field.column, "field '\(name)' is empty")) }
                continue
            }
            if field.text.first == " " || field.text.last == " " {
                problems.append(table.error(row, column: field.column, "field '\(name)' has leading or trailing spaces"))
                continue
            }
            if rules.alternatives.contains(name) {
                var column = field.column
                for alternative in field.text.split(separator: "|", omittingEmptySubsequences: false) {
                    if alternative.trimmingCharacters(in: " ").isEmpty {
                        problems.append(table.error(row, column: column, "empty alternative in field '\(name)'"))
                        break
                    }
                    column += alternative.unicodeScalars.count + 1
                }
            } else if field.text.utf8.contains(UInt8(ascii: "|")), kind != .terms || name != "note" {
                let offset = field.text.unicodeScalars.firstIndex(of: "|").map { field.text.unicodeScalars.distance(from: field.text.unicodeScalars.startIndex, to: $0) } ?? 0
                problems.append(table.error(row, column: field.column + offset, "field '\(name)' takes one value, not alternatives"))
            }
            if let allowed = rules.allowedValues[name], !allowed.contains(field.text) {
                problems.append(table.error(row, column: field.column,
                                            "unknown \(name) '\(field.text)' (expected \(allowed.joined(separator: ", ")))"))
            }
        }
        return problems
    }

    /// The entry of a valid row.
    private static func entry(_ cells: [String: String], kind: GlossaryFileKind) -> GlossaryEntry {
        func values(_ name: String) -> [String] {
            (cells[name] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        }
        func optional(_ name: String) -> String? { cells[name].flatMap { $0.isEmpty ? nil : $0 } }
        switch kind {
        case .terms:
            let type = cells["type"]!
            let pos: String? = switch type {
            case "ORG", "GPE", "LOC", "EVENT", "DOC", "PRODUCT": "properNoun"
            case "TITLE", "TERM": "noun"
            default: nil
            }
            func terms(_ canonical: String, _ variants: [String], _ language: String) -> [Term] {
                let variantTypes = variants.map { TermType.guess(for: $0) }
                var canonicalType = TermType.guess(for: canonical)
                if canonicalType == nil, variantTypes.contains(.acronym) { canonicalType = .fullForm }
                return [Term(canonical, language: language, partOfSpeech: pos, termType: canonicalType, status: .preferred)]
                    + zip(variants, variantTypes).map { Term($0, language: language, partOfSpeech: pos, termType: $1, status: .admitted) }
            }
            return GlossaryEntry(terms: terms(cells["id"]!, values("id_variants"), "id") + terms(cells["en"]!, values("en_variants"), "en"),
                                 category: type, note: optional("note"))
        case .acronyms:
            let type: TermType = switch cells["kind"] { case "initialism": .acronym; case "clipping": .abbreviation; default: .shortForm }
            var terms = [Term(cells["short"]!, language: "id", termType: type, status: .preferred),
                         Term(cells["long"]!, language: "id", termType: .fullForm, status: .admitted)]
            terms += values("en").enumerated().map { Term($1, language: "en", status: $0 == 0 ? .preferred : .admitted) }
            return GlossaryEntry(terms: terms, category: cells["kind"])
        case .lexicon:
            let pos = cells["pos"]
            var terms = [Term(cells["id"]!, language: "id", partOfSpeech: pos, status: .preferred)]
            terms += values("en").enumerated().map { Term($1, language: "en", partOfSpeech: pos, status: $0 == 0 ? .preferred : .admitted) }
            return GlossaryEntry(terms: terms, category: cells["role"])
        case .language:
            var terms = [Term(cells["word"]!, language: "id", status: .preferred)]
            terms += values("en").enumerated().map { Term($1, language: "en", status: $0 == 0 ? .preferred : .admitted) }
            return GlossaryEntry(terms: terms, category: cells["kind"], note: optional("note"))
        case .stopwords:
            return GlossaryEntry(terms: [Term(cells["word"]!, language: "id")], category: "stop")
        }
    }
}
