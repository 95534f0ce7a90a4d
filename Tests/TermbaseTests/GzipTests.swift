import Foundation
@testable import Termbase
import Testing

@Suite struct GzipTests {
    static let gzip = ["/usr/bin/gzip", "/bin/gzip"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func compressed(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip!)
        process.arguments = ["-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test(.enabled(if: gzip != nil, "gzip not installed"))
    func inflatesOneAndSeveralMembers() throws {
        let text = String(repeating: "semenanjung → peninsula\n", count: 5000)
        #expect(try Gzip.inflate(Self.compressed(text), path: "a.gz") == Array(text.utf8))
        let joined = try Self.compressed("dewan ") + Self.compressed("keamanan")
        #expect(try Gzip.inflate(joined, path: "b.gz") == Array("dewan keamanan".utf8))
    }

    @Test func corruptDataIsAnErrorNamingTheFile() {
        let error = #expect(throws: TermbaseError.self) { try Gzip.inflate([0x1F, 0x8B, 0x08, 0, 1, 2, 3], path: "bad.dz") }
        #expect(error?.location?.file == "bad.dz")
    }
}
