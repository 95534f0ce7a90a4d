import ArgumentParser
import Terminology

/// The options `extract` and `table` share: thresholds, the glossary and `--no-glossary`.
struct TermOptions: ParsableArguments {
    @Option(name: .long, help: "Keep terms seen at least this often (default 1: one-off names are kept).")
    var minCount: Int = 1

    @Option(name: .long, help: "Keep only the N best-scoring terms.")
    var top: Int?

    @OptionGroup var glossary: GlossaryOptions

    @Flag(name: .long, help: "Align with composition, names and acronyms only: no terms.tsv, CLDR names or glossary files.")
    var noGlossary = false

    @Flag(name: .long, help: "Use FreeDict (Debian dict-freedict-eng-ind) for words the shipped lexicon lacks: unambiguous readings only, confidence at most 0.5. Off by default so output does not depend on what is installed.")
    var freedict = false

    /// Refuses counts that mean nothing (`--top 0`, `--min-count -1`).
    func validate() throws {
        if minCount < 1 { throw ValidationError("--min-count must be at least 1 (got \(minCount))") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
    }

    /// Reads, extracts and aligns `input`; `keepText` keeps each document's text for contexts.
    func alignedTerms(_ input: InputOptions, keepText: Bool) throws -> AlignedTerms {
        var options = TermExtractor.Options()
        options.minimumCount = minCount
        return try AlignedTerms(input: input, glossary: glossary, noGlossary: noGlossary, freeDict: freedict, options: options,
                                top: top, keepText: keepText)
    }
}
