import Alignment
import ArgumentParser
import Foundation
import Termbase
import Terminology

/// The `--glossary DIR|FILE` option shared by the termbase commands: a folder replaces the shipped
/// `glossary/`, a file adds the user's own entries, ranked above the shipped data.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A glossary folder (default: $ISTILAH_GLOSSARY, else the repository's glossary/ found above the executable), or a glossary file (tsv, csv, tbx, json, tmx) whose entries rank above the shipped data; a translation memory's sentence pairs (tmx) give English by parallel alignment; repeatable.",
        valueName: "dir|file"))
    var glossary: [String] = []

    /// The glossary files given (every `--glossary` that is not a folder).
    var files: [String] {
        glossary.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    @Option(name: .customLong("freedict-path"), help: ArgumentHelp("FreeDict files without extension.", visibility: .hidden))
    var freeDictPath: String = FreeDictLexicon.debianBasePath

    /// The folder to read, or a diagnostic when none can be found.
    func folder() throws -> String {
        if let missing = glossary.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw InputError(place: missing, message: "no such file or directory")
        }
        if let folder = glossary.last(where: { !files.contains($0) }) { return folder }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        guard let folder = GlossaryLibrary.defaultFolder(executablePath: executable,
                                                         environment: ProcessInfo.processInfo.environment) else {
            throw InputError(place: "glossary", message: "glossary folder not found; pass --glossary DIR or set \(GlossaryLibrary.environmentVariable)")
        }
        return folder
    }

    /// Loads the library; `freeDict` asks for the FreeDict dictionary too.
    func library(freeDict: Bool) throws -> GlossaryLibrary {
        let folder = try folder()
        do {
            return try GlossaryLibrary(folder: folder, freeDictPath: freeDict ? freeDictPath : nil)
        } catch {
            // A whole folder or file by its path; a bad byte in a table at its line and column.
            let place: String? = if case .cannotRead = error { error.location.map(\.file) } else { error.location.map(\.description) }
            throw InputError(place: place ?? folder, message: error.message)
        }
    }

    /// The entries of the glossary files given, in order, read by their codec (TSV, CSV, TBX, JSON,
    /// TMX, told by the extension); a file with problems prints them all and fails.
    func userGlossary() throws -> Glossary {
        Glossary(entries: try files.flatMap { path in
            guard GlossaryFormat(path: path) != nil else {
                let known = GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputError(place: path, message: "cannot tell the glossary format from the extension (\(known)); a folder replaces glossary/")
            }
            return try GlossaryFiles.readValid(path, format: nil).entries
        })
    }
}

extension GlossaryOptions {
    /// The aligner over `library` and the glossary files given; `noGlossary` keeps composition,
    /// names and acronyms only.
    func aligner(library: GlossaryLibrary, statistics: WordStatistics?, noGlossary: Bool) throws -> GlossaryAligner {
        Self.aligner(library: library, user: noGlossary ? Glossary() : try userGlossary(), statistics: statistics, noGlossary: noGlossary)
    }

    /// The aligner over `library` and `user` (the glossary files given, read already: nothing here
    /// fails); `noGlossary` keeps composition, names and acronyms only.
    static func aligner(library: GlossaryLibrary, user: Glossary, statistics: WordStatistics?, noGlossary: Bool) -> GlossaryAligner {
        var options = GlossaryAligner.Options()
        options.termbase = !noGlossary
        return GlossaryAligner(library: library, userGlossary: user, sentencePairs: sentencePairs(of: user),
                               statistics: statistics, options: options)
    }

    /// The Indonesian–English pairs among the user's entries whose Indonesian side is a sentence (more
    /// than eight words, or four and a final stop): a TMX translation memory's units. Every entry
    /// also stays a glossary entry, so a term-length unit matches as one.
    static func sentencePairs(of glossary: Glossary) -> [ParallelTermAligner.SentencePair] {
        glossary.entries.compactMap { entry in
            let indonesian = entry.terms.first { $0.language == "id" || $0.language == "in" }?.text
            guard let indonesian, let english = entry.english else { return nil }
            let words = indonesian.split(separator: " ").count
            let sentence = words > 8 || (words >= 4 && indonesian.last.map { ".!?…\"”".contains($0) } == true)
            guard sentence else { return nil }
            return ParallelTermAligner.SentencePair(indonesian: indonesian, english: english)
        }
    }
}
