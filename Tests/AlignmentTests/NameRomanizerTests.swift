@testable import Alignment
import Testing

@Suite struct NameRomanizerTests {
    @Test(arguments: [
        ("Sergey Lavrov", "Sergei Lavrov"), ("Yury Ushakov", "Yuri Ushakov"), ("Yuri Ushakov", "Yuri Ushakov"),
        ("Andrey Belousov", "Andrei Belousov"), ("Alexey Krivoruchko", "Alexei Krivoruchko"), ("Aleksandr Novak", "Alexander Novak"),
        ("Kim Jong-un", "Kim Jong Un"), ("Kim Jong Un", "Kim Jong Un"), ("Kim Il-sung", "Kim Il Sung"),
        ("Vladimir Putin", "Vladimir Putin"), ("Mikhail Murashko", "Mikhail Murashko"),
        ("Jean-Pierre Raffarin", "Jean-Pierre Raffarin"), ("Xi Jinping", "Xi Jinping"), ("", ""),
    ])
    func normalizes(_ name: String, _ english: String) {
        #expect(NameRomanizer().normalize(name) == english)
    }

    @Test func givenNameTableHasNoChainsOrIdentities() {
        for (agency, english) in RomanizationTables.russianGivenNames {
            #expect(agency != english)
            #expect(RomanizationTables.russianGivenNames[english] == nil, "\(english) is itself rewritten")
            #expect(agency.first?.isUppercase == true && english.first?.isUppercase == true)
        }
        #expect(RomanizationTables.koreanSurnames.allSatisfy { $0.first?.isUppercase == true && !$0.contains(" ") })
    }
}
