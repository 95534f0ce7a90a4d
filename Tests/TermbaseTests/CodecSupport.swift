import Foundation
import Termbase
import TestSupport

/// Test data and golden files of the Termbase suite.
enum CodecFixture {
    static func data(_ name: String) throws -> String {
        try String(contentsOf: Repository.root.appendingPathComponent("Tests/TermbaseTests/Data/\(name)"), encoding: .utf8)
    }

    static func golden(_ name: String) throws -> String {
        try IstilahCommand.golden(name, suite: "TermbaseTests")
    }

    /// The sample glossary, as the TSV codec reads it.
    static func sample() throws -> Glossary {
        try TSVCodec().decode(data("sample.tsv"), file: "sample.tsv")
    }

    /// Writes `text` over the golden file when `ISTILAH_UPDATE_GOLDEN` is set (then review the diff).
    static func updateGoldenIfAsked(_ name: String, _ text: String) {
        guard ProcessInfo.processInfo.environment["ISTILAH_UPDATE_GOLDEN"] != nil else { return }
        try? text.write(to: Repository.root.appendingPathComponent("Tests/TermbaseTests/Golden/\(name)"), atomically: true, encoding: .utf8)
    }
}
