@testable import Terminology
import Testing

/// Police and military ranks before a name, and offices written as blends of head and unit
/// (sentences in the style of Indonesian crime and defence news).
@Suite("MentionFinder: ranks and unit offices")
struct MentionFinderRankTests {
    @Test("a rank after an office is a title of its own; the holder keeps the whole titled form")
    func rankAfterOffice() throws {
        let terms = try extract("Kapolda Metro Jaya Irjen Gatot Eddy Pramono menegaskan ledakan berasal dari granat asap .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "kapolda metro jaya"]?.type == .title, "\(listed)")
        #expect(terms[key: "irjen"]?.type == .title, "\(listed)")
        #expect(terms[key: "kapolda metro jaya irjen"] == nil, "\(listed)")
        let person = try #require(terms[key: "gatot eddy pramono"], "\(listed)")
        #expect(person.type == .person)
        #expect(person.variants.map(\.form) == ["Kapolda Metro Jaya Irjen Gatot Eddy Pramono"])
    }

    @Test("an initial inside or before a titled holder's name is part of it: Wakil Ketua KPK Laode M Syarif, Ketua Umum PPP M Romahurmuziy")
    func initialsInTitledHolder() throws {
        let terms = try extract("Wakil Ketua KPK Laode M Syarif hadir bersama Ketua Umum PPP M Romahurmuziy . Direktur Pelindo I Ihsanuddin Usman juga hadir .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "laode m syarif"]?.variants.map(\.form) == ["Wakil Ketua KPK Laode M Syarif"], "\(listed)")
        #expect(terms[key: "wakil ketua kpk"]?.type == .title, "\(listed)")
        #expect(terms[key: "m romahurmuziy"]?.type == .person, "\(listed)")
        #expect(terms[key: "ketua umum ppp"]?.type == .title, "\(listed)")
        #expect(!terms.contains { $0.key.hasSuffix(" m") || $0.key == "syarif" || $0.key == "romahurmuziy" }, "\(listed)")
        // A roman numeral ends the company before the holder, no initial of his.
        #expect(terms[key: "ihsanuddin usman"]?.type == .person, "\(listed)")
    }

    @Test("a unit head's blend is a title; its holder, after a compound of common words in the complement, is the person")
    func unitHeadTitle() throws {
        // (`Bea Cukai` is such a compound by the termbase's lexicon; `Kerja Sama` by the tables.)
        let terms = try extract("Kasubdit Komunikasi Dan Publikasi Kerja Sama Deni Surjantoro menegaskan , 18 kotak itu milik penumpang .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "kasubdit komunikasi dan publikasi kerja sama"]?.type == .title, "\(listed)")
        #expect(terms[key: "deni surjantoro"]?.variants.map(\.form) == ["Kasubdit Komunikasi Dan Publikasi Kerja Sama Deni Surjantoro"], "\(listed)")
        #expect(!terms.contains { $0.key.hasPrefix("publikasi") }, "\(listed)")
    }

    @Test("an office before a comma and a rank with its holder is all office: no person at its end")
    func officeBeforeCommaAndRank() throws {
        let terms = try extract("Hal itu kata Kasubdit Gakkum Ditlantas Polda Metro Jaya , Kompol Fahri Siregar , kepada wartawan .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "kasubdit gakkum ditlantas polda metro jaya"]?.type == .title, "\(listed)")
        #expect(terms[key: "jaya"] == nil, "\(listed)")
    }

    @Test("the service after a rank is no part of the title nor of the name: Mayjen TNI")
    func serviceAfterRank() throws {
        let terms = try extract("Menurut Pangdam Jaya Mayjen TNI Eko Margiyono setiap Selasa pagi , anggotanya rutin berolahraga .")
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "pangdam jaya"]?.type == .title, "\(listed)")
        #expect(terms[key: "mayjen"]?.type == .title && terms[key: "mayjen tni"] == nil, "\(listed)")
        #expect(terms[key: "eko margiyono"]?.variants.map(\.form) == ["Pangdam Jaya Mayjen TNI Eko Margiyono"], "\(listed)")
        #expect(terms[key: "jaya"] == nil, "\(listed)")
    }

    @Test("an enlisted rank before a name is a title, not the person's first name: Serka Fajar")
    func enlistedRanks() throws {
        let terms = try extract("Dua anggota TNI yang menjadi korban ledakan di Monas adalah Serka Fajar dan Praka Gunawan .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "serka"]?.type == .title && terms[key: "praka"]?.type == .title, "\(listed)")
        #expect(terms[key: "fajar"]?.type == .person && terms[key: "gunawan"]?.type == .person, "\(listed)")
        #expect(terms[key: "serka fajar"] == nil && terms[key: "praka gunawan"] == nil, "\(listed)")
    }

    @Test("a unit office takes a region of two words whole: no person in Kapolda Metro Jaya")
    func unitOfficeRegion() throws {
        let terms = try extract("Menurut keterangan Kapolda Metro Jaya , granat ini berasal dari anggotanya .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "kapolda metro jaya"]?.type == .title, "\(listed)")
        #expect(terms.filter { $0.type == .person }.isEmpty, "\(listed)")
    }
}

