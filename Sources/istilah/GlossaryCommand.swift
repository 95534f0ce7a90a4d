import ArgumentParser
import Foundation
import Termbase

/// `istilah glossary`: check, convert and merge glossary files.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Validate, convert and merge glossary files (TSV, CSV, TBX, JSON; TMX read).",
        discussion: """
            Formats come from the file extension (.tsv .csv .tbx .json .tmx) or --from/--to; csv-sets is the CSV with an 'id,en' header row of language codes.

            Examples:
              istilah glossary validate glossary/*.tsv
              istilah glossary convert glossary/terms.tsv -o terms.tbx
              istilah glossary merge glossary/terms.tsv my-terms.tsv -o merged.tsv
            """,
        subcommands: [Validate.self, Convert.self, Merge.self]
    )

    /// `istilah glossary validate`.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check glossary files and report every problem as file:line:column: error: ….",
            discussion: """
                Every problem is reported, not only the first: wrong field counts, empty required fields, unknown types, control characters, stray spaces, duplicates, unsafe or malformed XML. Exit status 1 when any file has a problem.

                Examples:
                  istilah glossary validate glossary/*.tsv
                  istilah glossary validate --from csv-sets deepl-glossary.csv
                """
        )

        @Argument(help: "Glossary files.")
        var files: [String]

        @Option(name: .long, help: "Format of the files (default: from each extension).")
        var from: GlossaryFormat?

        func run() throws {
            var failed = 0
            for path in files {
                do {
                    let (glossary, problems) = try GlossaryFiles.read(path, format: from)
                    for problem in problems { printError(problem.description) }
                    let status = problems.isEmpty ? "ok" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
                    FileHandle.standardOutput.write(Data("\(path): \(glossary.entries.count) entries, \(status)\n".utf8))
                    if !problems.isEmpty { failed += 1 }
                } catch let error as InputError {
                    printError(error.description)
                    failed += 1
                }
            }
            if failed > 0 { throw ExitCode.failure }
        }
    }

    /// `istilah glossary convert`.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary between formats.",
            discussion: """
                The input must be free of problems (see 'validate'); the output is sorted and written atomically.

                Examples:
                  istilah glossary convert glossary/terms.tsv -o terms.tbx
                  istilah glossary convert glossary/acronyms.tsv --to csv-sets -o acronyms.csv
                  istilah glossary convert terms.tbx --to json
                """
        )

        @Argument(help: "The glossary to read.")
        var input: String

        @Option(name: .shortAndLong, help: "The file to write (default: standard output, with --to).")
        var output: String?

        @Option(name: .long, help: "Input format (default: from the extension).")
        var from: GlossaryFormat?

        @Option(name: .long, help: "Output format (default: from the output's extension).")
        var to: GlossaryFormat?

        func run() throws {
            do {
                let glossary = try GlossaryFiles.readValid(input, format: from)
                try GlossaryFiles.write(glossary, to: output, format: to)
            } catch let error as InputError {
                printError(error.description)
                throw ExitCode.failure
            }
        }
    }

    /// `istilah glossary merge`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge glossaries; later files win, no entry is lost, conflicts are listed.",
            discussion: """
                Entries are matched by canonical Indonesian (any case). Same English: the terms are joined. Different English: the later file's entry wins and keeps the earlier English as superseded terms; each such conflict is listed on standard error. The result is written atomically.

                Examples:
                  istilah glossary merge glossary/terms.tsv my-terms.tsv -o merged.tsv
                  istilah glossary merge glossary/terms.tsv client.tbx -o merged.tbx
                """
        )

        @Argument(help: "Glossaries in order of precedence: later ones win (put yours last).")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The file to write.")
        var output: String

        @Option(name: .long, help: "Output format (default: from the output's extension).")
        var to: GlossaryFormat?

        func validate() throws {
            guard inputs.count >= 2 else { throw ValidationError("give at least two glossaries to merge") }
        }

        func run() throws {
            do {
                // Each entry keeps the file it came from (written as TBX admin source, JSON source).
                let glossaries = try inputs.map { path in
                    var glossary = try GlossaryFiles.readValid(path, format: nil)
                    let name = URL(fileURLWithPath: path).lastPathComponent
                    for index in glossary.entries.indices where glossary.entries[index].source == nil {
                        glossary.entries[index].source = name
                    }
                    return glossary
                }
                let merger = GlossaryMerger.merging(glossaries)
                for conflict in merger.conflicts {
                    let place = conflict.winner.location.map { "\($0.file):\($0.line)" } ?? "-"
                    let was = conflict.loser.location.map { " (\($0.file):\($0.line))" } ?? ""
                    printError("\(place): note: '\(conflict.indonesian)': '\(conflict.winner.english ?? "—")' wins over '\(conflict.loser.english ?? "—")'\(was)")
                }
                try GlossaryFiles.write(merger.glossary, to: output, format: to)
                printError("merged \(glossaries.map(\.entries.count).reduce(0, +)) entries into \(merger.glossary.entries.count), \(merger.conflicts.count) conflict\(merger.conflicts.count == 1 ? "" : "s"); wrote \(output)")
            } catch let error as InputError {
                printError(error.description)
                throw ExitCode.failure
            }
        }
    }
}
