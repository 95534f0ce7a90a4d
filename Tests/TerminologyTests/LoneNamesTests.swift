import Segmentation
@testable import Terminology
import Testing

@Suite("LoneNames: the capitalized runs a document writes on their own")
struct LoneNamesTests {
    /// The lone names of `text` (one document, default tables), as strings.
    static func names(_ text: String) throws -> Set<String> {
        let (prepared, _) = try UnitTests.prepared(text)
        return Set(LoneNames.names(prepared.units, text: prepared.text, tables: LanguageTables()).map { String(decoding: $0, as: UTF8.self) })
    }

    @Test("whole runs inside a sentence, and the words before a leading legal form; not a sentence's first run")
    func runsAndLegalForms() throws {
        let names = try Self.names("Ia mantan pejabat Pertamina Energy Service (PES) . Kini ia staf utama Integrated Supply Chain PT Pertamina .")
        #expect(names.isSuperset(of: ["Pertamina Energy Service", "Integrated Supply Chain", "Integrated Supply Chain PT Pertamina"]), "\(names)")
        #expect(!names.contains("Pertamina") && !names.contains("Energy Service") && !names.contains("Ia") && !names.contains("Kini"), "\(names)")
    }
}
