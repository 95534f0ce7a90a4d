import Foundation

/// Where a command's result goes: standard output, or a file written atomically
/// (a temporary file beside it, then a rename), so a failed run never leaves half a file.
struct OutputFile {
    /// The path given with `-o`, or nil for standard output.
    var path: String?

    func write(_ text: String) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(place: path, message: "cannot write output file")
        }
    }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
