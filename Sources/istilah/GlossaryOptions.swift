import Alignment
import ArgumentParser
import Foundation
import Termbase
import Terminology

/// The `--glossary DIR|FILE` option shared by the termbase commands: a folder replaces the shipped
/// `glossary/`, a file adds the user's own entries, ranked above the shipped data.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A glossary folder (default: $ISTILAH_GLOSSARY, else the repository's glossary/ found above the executable), or a glossary file (TSV in any shipped layout) whose entries rank above the shipped data; repeatable.",
        valueName: "dir|file"))
    var glossary: [String] = []

    /// The glossary files given (every `--glossary` that is not a folder).
    var files: [String] {
        glossary.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    /// The folder to read, or a diagnostic when none can be found.
    func folder() throws -> String {
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
            return try GlossaryLibrary(folder: folder, freeDictPath: freeDict ? FreeDictLexicon.debianBasePath : nil)
        } catch {
            throw InputError(place: error.location.map(\.file) ?? folder, message: error.message)
        }
    }

    /// The entries of the glossary files given, in order; a file with problems prints them and fails.
    func userGlossary() throws -> Glossary {
        var entries: [GlossaryEntry] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError(place: path, message: "cannot read file") }
            let table = GlossaryTable(text: String(decoding: data, as: UTF8.self), file: path)
            if !table.problems.isEmpty {
                for problem in table.problems { printError(problem.description) }
                throw ExitCode.failure
            }
            entries += table.glossary.entries
        }
        return Glossary(entries: entries)
    }
}

extension GlossaryOptions {
    /// The aligner over `library` and the glossary files given; `noGlossary` keeps composition,
    /// names and acronyms only.
    func aligner(library: GlossaryLibrary, statistics: WordStatistics?, noGlossary: Bool) throws -> GlossaryAligner {
        var options = GlossaryAligner.Options()
        options.termbase = !noGlossary
        return GlossaryAligner(library: library, userGlossary: noGlossary ? Glossary() : try userGlossary(),
                               statistics: statistics, options: options)
    }
}
