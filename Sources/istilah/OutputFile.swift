import ArgumentParser
import Foundation
import Segmentation

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

/// Runs a command body; input and segmentation errors print as one compiler-style line on
/// standard error and exit with status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as InputError {
        printError(error.description)
        throw ExitCode.failure
    } catch let error as SegmentationError {
        printError(error.description)
        throw ExitCode.failure
    }
}
