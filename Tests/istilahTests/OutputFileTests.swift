import Foundation
@testable import istilah
import Testing

@Suite("OutputFile: results written atomically, devices and pipes in place")
struct OutputFileTests {
    /// A temporary folder for one test.
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("istilah-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a regular file is replaced whole, and nothing else is left beside it")
    func regular() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.json").path
        try OutputFile(path: path).write("old text, longer than the new\n")
        try OutputFile(path: path).stream { $0.append("new\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    @Test("`-o -` means standard output, as `-` does for inputs, and never a file named `-`")
    func dash() {
        #expect(OutputFile(path: "-").path == nil)
        #expect(OutputFile(path: nil).path == nil)
        #expect(OutputFile(path: "./-").path == "./-")
    }

    @Test("a named pipe stays a pipe and receives the text")
    func pipe() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let received = ReceivedText()
        let reader = Thread { received.set(FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() ?? Data()) }
        reader.start()
        try OutputFile(path: path).stream { $0.append("through the pipe\n") }
        #expect(received.wait() == Data("through the pipe\n".utf8))
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }
}

/// What the reading thread got.
final class ReceivedText: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    func set(_ data: Data) {
        self.data = data
        done.signal()
    }

    /// The data, or nil when none came within ten seconds.
    func wait() -> Data? {
        done.wait(timeout: .now() + 10) == .success ? data : nil
    }
}
