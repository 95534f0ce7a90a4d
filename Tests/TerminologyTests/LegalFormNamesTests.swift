import Segmentation
@testable import Terminology
import Testing

@Suite("LegalFormNames: the names a document writes with a company's legal form, from the tables")
struct LegalFormNamesTests {
    /// The legal-form names of `text` (one document, default tables), as strings.
    static func names(_ text: String) throws -> Set<String> {
        let (prepared, _) = try UnitTests.prepared(text)
        return Set(LegalFormNames.names(prepared.units, text: prepared.text, tables: LanguageTables()).map { String(decoding: $0, as: UTF8.self) })
    }

    @Test("the words after a leading form, each run from the first: PT Garuda Indonesia (Persero) Tbk")
    func leadingAndFollowingForms() throws {
        let names = try Self.names("Kementerian BUMN mengkaji anak usaha PT Garuda Indonesia (Persero) Tbk tahun ini.")
        #expect(names.isSuperset(of: ["Garuda", "Garuda Indonesia"]), "\(names)")
        // `(Persero)` follows the name in brackets; `Tbk` follows the bracket, which ends the run.
        #expect(!names.contains("BUMN") && !names.contains("Kementerian BUMN") && !names.contains("Indonesia (Persero)"), "\(names)")
    }

    @Test("every form of the tables counts, before or after the name, in brackets or not", arguments: [
        ("Saham Bank Central Asia Tbk naik.", "Bank Central Asia"),
        ("Laba Pertamina (Persero) naik.", "Pertamina"),
        ("Kontrak dengan CV Karya Mandiri diteken.", "Karya Mandiri"),
        ("Gudang Perum Bulog penuh.", "Bulog"),
        ("Pabrik DeSoto Inc. tutup.", "DeSoto"),
    ])
    func formsOfTheTables(text: String, name: String) throws {
        let names = try Self.names(text)
        #expect(names.contains(name), "\(names)")
    }

    @Test("no legal form, no name; a lowercase word ends the name")
    func noForm() throws {
        #expect(try Self.names("Garuda Indonesia menerima pesawat baru dari Airbus.").isEmpty)
        let names = try Self.names("Saham PT Garuda naik tajam.")
        #expect(names == ["Garuda"], "\(names)")
    }
}
