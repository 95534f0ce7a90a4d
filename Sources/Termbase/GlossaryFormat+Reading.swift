import Segmentation

extension GlossaryFormat {
    /// Reads `text` and checks it, keeping every problem: the entries that could be read and
    /// all problems found, in file order. TSV reports row by row (valid rows still load); the
    /// other formats report their syntax problems, then every entry that lacks an Indonesian or
    /// an English term.
    public func read(_ text: String, file: String) -> (glossary: Glossary, problems: [TermbaseError]) {
        if self == .tsv {
            let table = GlossaryTable(text: text, file: file, source: nil)
            return (table.glossary, table.problems)
        }
        let glossary: Glossary
        do throws(TermbaseError) {
            glossary = try codec.decode(text, file: file)
        } catch {
            return (Glossary(), error.problems)
        }
        var problems: [TermbaseError] = []
        for entry in glossary.entries {
            let place = entry.location ?? SourceLocation(file: file, line: 1, column: 1)
            for (language, name) in [("id", "Indonesian"), ("en", "English")] where entry.terms(in: language).isEmpty {
                let shown = entry.terms.first.map { " ('\($0.text)')" } ?? ""
                problems.append(.invalidData(place, message: "entry\(shown) has no \(name) term", lineText: nil))
            }
        }
        return (glossary, problems)
    }
}
