import Foundation
import Testing

/// Paths of the repository and of `../shared` beside it, found from this file's location.
public enum Repository {
    /// The repository root (the folder holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, which CI and every developer have beside the repository.
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The five seed articles in `seeds/`, sorted by name.
    public static func seedPaths() -> [URL] {
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The text of a seed whose file name starts with `prefix` (`"003"`).
    public static func seed(_ prefix: String) throws -> (path: String, text: String) {
        guard let url = seedPaths().first(where: { $0.lastPathComponent.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return ("seeds/" + url.lastPathComponent, try String(contentsOf: url, encoding: .utf8))
    }

    /// Lines of a JSON Lines file under `../shared`, each decoded as `T`.
    public static func jsonLines<T: Decodable>(_ relativePath: String, as type: T.Type) throws -> [T] {
        let text = try String(contentsOf: shared.appendingPathComponent(relativePath), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }
}

/// A case from a peer tool's test suite: a text and what it expects.
public struct PeerCase: Decodable, Sendable, CustomTestStringConvertible {
    /// The scenario name from the upstream feature file.
    public let scenario: String
    /// The input text.
    public let text: String
    /// The expected tokens or sentences.
    public let expected: [String]

    /// The scenario, as the test's argument label.
    public var testDescription: String { scenario }
}


/// The result of running the `istilah` executable.
public struct CommandResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output as text.
    public var stdout: String
    /// Standard error as text.
    public var stderr: String
}

/// Runs the built `istilah` executable, as a user would, from the repository root.
public enum IstilahCommand {
    /// The built executable: beside the test bundle, or in `.build/debug`.
    public static var executable: URL {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("istilah")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let candidates = [CommandLine.arguments.first.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("istilah") }]
        for case let candidate? in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Repository.root.appendingPathComponent(".build/debug/istilah")
    }

    /// Runs `istilah arguments…` in `directory` (the repository root by default), feeding `stdin`.
    public static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL = Repository.root) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary directory; the caller removes it (`defer { try? FileManager.default.removeItem(at: url) }`).
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("istilah-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The text of a golden file under `Tests/<suite>/Golden/`.
    public static func golden(_ name: String, suite: String = "istilahTests") throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("Tests/\(suite)/Golden/\(name)"), encoding: .utf8)
    }
}
