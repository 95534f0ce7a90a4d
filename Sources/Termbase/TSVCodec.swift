/// Istilah's own tab-separated format: the `terms.tsv` columns
/// `id en type id_variants en_variants note`, one header row, `|` between alternatives.
///
/// Reading accepts every `glossary/` kind (terms, acronyms, lexicon, language, stop words), told
/// apart by the header, and reports every problem (``GlossaryTable``). Writing keeps the canonical
/// and variant forms, the category (as `type`; categories outside the `terms.tsv` types become
/// `TERM`) and the note; part of speech and term types are not in this format.
public struct TSVCodec: GlossaryCodec {
    /// Creates the codec.
    public init() {}

    /// ``GlossaryFormat/tsv``.
    public var format: GlossaryFormat { .tsv }

    /// The glossary as `terms.tsv` text, sorted. Tabs, line breaks and `|` inside a term cannot be
    /// written and throw `.unsupported`.
    public func encode(_ glossary: Glossary) throws(TermbaseError) -> String {
        var out = GlossaryFileKind.terms.columns.joined(separator: "\t") + "\n"
        for entry in glossary.sorted.entries {
            let indonesian = entry.terms(in: "id").map(\.text)
            let english = entry.terms(in: "en").map(\.text)
            let type = entry.category.flatMap { GlossaryFileKind.termTypes.contains($0) ? $0 : nil } ?? "TERM"
            let cells = [indonesian.first ?? "", english.first ?? "", type,
                         indonesian.dropFirst().joined(separator: "|"), english.dropFirst().joined(separator: "|"),
                         entry.note ?? ""]
            for (index, cell) in cells.enumerated() {
                let forbidden: (Character) -> Bool = index == 5 ? { $0 == "\t" || $0.isNewline } : { $0 == "\t" || $0.isNewline || (index < 2 && $0 == "|") }
                if cell.contains(where: forbidden) {
                    throw .unsupported("TSV cannot hold a tab, line break or '|' in '\(cell)'")
                }
            }
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The entries of `text`; throws all of its problems.
    public func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary {
        let table = GlossaryTable(text: text, file: file, source: nil)
        if table.problems.count == 1 { throw table.problems[0] }
        if !table.problems.isEmpty { throw .several(table.problems) }
        return Glossary(entries: table.glossary.entries.map { var entry = $0; entry.source = nil; return entry })
    }
}
