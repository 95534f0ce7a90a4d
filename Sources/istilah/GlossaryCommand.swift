import ArgumentParser

/// `istilah glossary`: check, convert and merge glossary files.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Validate, convert and merge glossary files (TSV, CSV, TBX, JSON, TMX).",
        discussion: """
            Examples:
              istilah glossary validate glossary/*.tsv
              istilah glossary convert glossary/terms.tsv -o terms.tbx
              istilah glossary merge glossary/terms.tsv my-terms.tsv -o merged.tsv
            """,
        subcommands: []
    )
}
