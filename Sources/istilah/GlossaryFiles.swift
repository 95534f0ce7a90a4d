import ArgumentParser
import Foundation
import Termbase

extension GlossaryFormat: ExpressibleByArgument {}

/// Reading and writing glossary files for the `istilah glossary` commands.
enum GlossaryFiles {
    /// The format of `path`: `explicit` if given, else from the extension.
    static func format(of path: String, explicit: GlossaryFormat?) throws -> GlossaryFormat {
        if let explicit { return explicit }
        guard let format = GlossaryFormat(path: path) else {
            throw InputError(place: path, message: "cannot tell the format from the extension; use --from/--to (\(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return format
    }

    /// Reads and checks one file: its entries and all its problems.
    static func read(_ path: String, format explicit: GlossaryFormat?) throws -> (glossary: Glossary, problems: [TermbaseError]) {
        let format = try format(of: path, explicit: explicit)
        let bytes = try InputFiles.bytes(of: path)
        let text: String
        do { text = try Glossary.text(decoding: bytes, path: path) } catch {
            throw InputError(place: error.location.map(\.description) ?? path, message: error.message)
        }
        return format.read(text, file: path)
    }

    /// Reads a file that must be free of problems; prints them all and fails otherwise.
    static func readValid(_ path: String, format: GlossaryFormat?) throws -> Glossary {
        let (glossary, problems) = try read(path, format: format)
        guard problems.isEmpty else {
            for problem in problems { printError(problem.description) }
            throw ExitCode.failure
        }
        return glossary
    }

    /// Encodes `glossary` for `path` (or standard output) and writes it atomically.
    static func write(_ glossary: Glossary, to path: String?, format explicit: GlossaryFormat?) throws {
        let path = OutputFile(path: path).path
        let format: GlossaryFormat
        if let explicit { format = explicit } else if let path { format = try self.format(of: path, explicit: nil) } else {
            throw InputError(place: "-", message: "give --to FORMAT when writing to standard output")
        }
        let text: String
        do { text = try format.codec.encode(glossary) } catch {
            throw InputError(place: path ?? "-", message: error.message)
        }
        try OutputFile(path: path).write(text)
    }
}
