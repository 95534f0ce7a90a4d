import ArgumentParser
import Foundation
import Termbase

/// The `--glossary DIR` option shared by the termbase commands, and the library it loads.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The glossary folder (default: $ISTILAH_GLOSSARY, else the repository's glossary/ found above the executable).",
        valueName: "dir"))
    var glossary: String?

    @Option(name: .customLong("freedict-path"), help: ArgumentHelp("FreeDict files without extension.", visibility: .hidden))
    var freeDictPath: String = FreeDictLexicon.debianBasePath

    /// The folder to read, or a diagnostic when none can be found.
    func folder() throws -> String {
        if let glossary { return glossary }
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
            throw InputError(place: error.location.map(\.file) ?? folder, message: error.message)
        }
    }
}
