import Segmentation
import Testing

@Suite struct LocaleNamesTests {
    static let names = Result { try LocaleNames() }

    static func name(_ kind: LocaleName.Kind, _ code: String) throws -> LocaleName {
        try #require(try names.get().names.first { $0.kind == kind && $0.code == code })
    }

    @Test(arguments: [("KP", "Korea Utara", "North Korea"), ("NZ", "Selandia Baru", "New Zealand"),
                      ("CN", "Tiongkok", "China"), ("US", "Amerika Serikat", "United States"), ("RU", "Rusia", "Russia")])
    func countriesInIndonesianAndEnglish(_ code: String, _ indonesian: String, _ english: String) throws {
        let name = try Self.name(.country, code)
        #expect(name.indonesian.first == indonesian)
        #expect(name.english.first == english)
    }

    @Test func shortFormsAndUnparenthesizedNamesAreVariants() throws {
        #expect(try Self.name(.country, "US").indonesian == ["Amerika Serikat", "AS"])
        #expect(try Self.name(.country, "GB").english.contains("UK"))
        #expect(try Self.name(.country, "MM").english.contains("Myanmar"))
    }

    @Test func languagesAndCurrencies() throws {
        #expect(try Self.name(.language, "ko").indonesian.first == "Korea")
        #expect(try Self.name(.language, "ko").english.first == "Korean")
        #expect(try Self.name(.currency, "KRW").indonesian.first == "Won Korea Selatan")
        #expect(try Self.name(.currency, "IDR").english.first == "Indonesian Rupiah")
    }

    @Test func sortedAndComplete() throws {
        let names = try Self.names.get().names
        #expect(names.filter { $0.kind == .country }.count > 240)
        #expect(names.filter { $0.kind == .currency }.count > 140)
        #expect(names.map { "\($0.kind.rawValue) \($0.code)" } == names.map { "\($0.kind.rawValue) \($0.code)" }.sorted())
    }
}
