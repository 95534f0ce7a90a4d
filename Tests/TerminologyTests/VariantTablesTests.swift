@testable import Terminology
import Testing

@Suite("VariantTables: the data behind variant clustering")
struct VariantTablesTests {
    let tables = VariantTables()

    @Test("romanization keys agree for the spellings of one name", arguments: [
        ("yury", "yuri"), ("sergey", "sergei"), ("aleksey", "alexei"), ("beloussov", "belousov"),
        ("starovoyt", "starovoit"), ("mikhail", "mihail"),
    ])
    func romanization(_ pair: (String, String)) {
        #expect(tables.romanized(pair.0) == tables.romanized(pair.1))
    }

    @Test("romanization keeps different names apart", arguments: [("ushakov", "borisov"), ("novak", "nobak"), ("jong", "il")])
    func romanizationApart(_ pair: (String, String)) {
        #expect(tables.romanized(pair.0) != tables.romanized(pair.1))
    }

    @Test("the byte path gives the same keys as the Character path", arguments: [
        "yury", "sergey", "aleksey", "beloussov", "khabarovsk", "kksks", "yyyy", "eyy", "oou", "ouo", "djokovic",
        "phyongyang", "wwoo", "iyyi", "kimm", "x", "", "ks", "ksh", "eiy", "ayiy", "moussa", "shoigu",
        // Outside ASCII: the byte path below U+0300, the Character path above it.
        "séréy", "áléksééy", "béloussóv", "ééyy", "ÿyy", "çks", "kÿs", "ǆjokovic", "ßß", "ǅǅ", "ãã",
        "e\u{0301}e\u{0301}", "ks\u{0301}", "yyy\u{0308}", "москва", "kks\u{0300}s",
    ])
    func romanizationFastPath(_ word: String) {
        #expect(tables.romanized(word) == tables.romanizedByCharacters(word))
    }

    @Test("rules outside ASCII send every word the Character way, with the same keys")
    func romanizationRulesOutsideASCII() {
        #expect(VariantTables.isASCII(tables.romanization))
        var accented = tables
        accented.romanization.append(("é", "e"))
        #expect(!VariantTables.isASCII(accented.romanization))
        for word in ["kéé", "sérgéy", "ke\u{0301}", "yury"] {
            #expect(accented.romanized(word) == accented.romanizedByCharacters(word))
        }
        #expect(accented.romanized("sérgéy") == accented.romanized("sergei"))
    }

    @Test("entries are lowercase, synonym groups do not overlap, titles are not insertable")
    func data() {
        var seen = Set<String>()
        for group in tables.synonyms {
            #expect(group.count >= 2)
            for word in group {
                #expect(word == word.lowercased())
                #expect(seen.insert(word).inserted, "\(word) is in two groups")
            }
        }
        for word in tables.insertable.union(tables.initialsConnectors) { #expect(word == word.lowercased()) }
        #expect(tables.insertable.isDisjoint(with: ["wakil", "pertama", "nasional", "mantan"]))
        #expect(tables.synonymHeads["ajudan"] == "asisten")
    }
}
