import Foundation
import Termbase
import Testing
import TestSupport

/// The gold concepts of the seed articles (beside the repository, in `../shared`).
let goldPath = Repository.shared.appendingPathComponent("gold/seed-terms.tsv").path


/// How many core TITLE, ORG and GPE concepts of `../shared/gold/seed-terms.tsv` resolve to the
/// gold English by lookup alone (shipped data + CLDR + FreeDict; no composition, no extraction).
///
/// The shipped data was not written from the gold file or the seeds; this only measures it.
/// Concepts that name entities of these particular stories (a regional governor, a railway
/// company, a think tank…) are reported apart: nothing general should know them.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: goldPath), "../shared/gold not present"))
struct GoldCoverageTests {


    /// Story-specific names, left out of the main measure.
    static let seedSpecific: Set = ["TITLE-012", "TITLE-013", "TITLE-014", "ORG-005", "ORG-006",
                                    "ORG-007", "ORG-015", "ORG-016", "GPE-014", "GPE-015"]

    struct Concept {
        var id: String, type: String, indonesian: String, variants: [String], english: Set<String>
    }

    static func concepts() throws -> [Concept] {
        let lines = try String(contentsOfFile: goldPath, encoding: .utf8).split(separator: "\n").dropFirst()
        return lines.compactMap { line -> Concept? in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 8, ["TITLE", "ORG", "GPE"].contains(cells[5]), cells[7] == "core" else { return nil }
            func list(_ cell: String) -> [String] { cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
            return Concept(id: cells[0], type: cells[5], indonesian: cells[3], variants: list(cells[4]),
                           english: Set(([cells[1]] + list(cells[2])).map { $0.lowercased() }))
        }
    }

    @Test func measureLookupCoverage() throws {
        let library = try GlossaryLibrary(folder: Repository.root.appendingPathComponent("glossary").path)
        let concepts = try Self.concepts()
        #expect(concepts.count == 53)
        var strict: [String] = [], lenient: [String] = []
        var report = ""
        for concept in concepts {
            // Strict: the first English any source gives for the canonical Indonesian is gold.
            let first = library.english(for: concept.indonesian)
            let isStrict = first.map { concept.english.contains($0.english.lowercased()) } ?? false
            // Lenient: some English term of some hit for the canonical form or a variant is gold.
            let hits = ([concept.indonesian] + concept.variants).flatMap { library.lookup($0) }
            let isLenient = isStrict || hits.contains { $0.entry.terms(in: "en").contains { concept.english.contains($0.text.lowercased()) } }
            if isStrict { strict.append(concept.id) }
            if isLenient { lenient.append(concept.id) }
            report += "\(concept.id)\t\(concept.indonesian)\t\(first.map { "\($0.english) (\($0.source))" } ?? "—")\t\(isStrict ? "strict" : isLenient ? "lenient" : "no")\n"
        }
        let general = concepts.filter { !Self.seedSpecific.contains($0.id) }
        func count(_ ids: [String], in set: [Concept]) -> Int { set.filter { ids.contains($0.id) }.count }
        var summary = "gold coverage by lookup (TITLE+ORG+GPE core): strict \(strict.count)/\(concepts.count), lenient \(lenient.count)/\(concepts.count); "
        summary += "without story-specific names: strict \(count(strict, in: general))/\(general.count), lenient \(count(lenient, in: general))/\(general.count)\n"
        for type in ["TITLE", "ORG", "GPE"] {
            let ofType = general.filter { $0.type == type }
            summary += "  \(type): strict \(count(strict, in: ofType))/\(ofType.count), lenient \(count(lenient, in: ofType))/\(ofType.count)\n"
        }
        print(summary + report)
        if ProcessInfo.processInfo.environment["ISTILAH_COVERAGE_REPORT"] != nil {
            try (summary + report).write(toFile: "/tmp/istilah-gold-coverage.txt", atomically: true, encoding: .utf8)
        }
        // A floor, so that a data change that loses coverage fails here.
        #expect(count(strict, in: general) >= 20)
    }
}
