import ArgumentParser
import Foundation
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

    @Flag(name: .long, inversion: .prefixedNo, help: "Use FreeDict (Debian dict-freedict-eng-ind) for common words and phrases the shipped lexicon lacks, in common terms and titles only (never inside a name): settled readings only, confidence at most 0.5. Default: on when the dictionary is installed (silently off when it is not).")
    var freedict: Bool?

    /// Whether to load FreeDict: as asked, else when the dictionary is installed at `path`.
    static func loadsFreeDict(_ asked: Bool?, path: String) -> Bool {
        asked ?? FileManager.default.fileExists(atPath: path + ".index")
    }

    /// Refuses counts that mean nothing (`--top 0`, `--min-count -1`).
    func validate() throws {
        if minCount < 1 { throw ValidationError("--min-count must be at least 1 (got \(minCount))") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
    }

    /// Reads, extracts and aligns `input`; `keepText` keeps each document's text for contexts.
    func alignedTerms(_ input: InputOptions, keepText: Bool) throws -> AlignedTerms {
        var options = TermExtractor.Options()
        options.minimumCount = minCount
        return try AlignedTerms(input: input, glossary: glossary, noGlossary: noGlossary, freeDict: Self.loadsFreeDict(freedict, path: glossary.freeDictPath), options: options,
                                top: top, keepText: keepText)
    }
}
