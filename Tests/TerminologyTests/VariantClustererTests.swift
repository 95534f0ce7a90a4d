import Foundation
import Segmentation
import Termbase
@testable import Terminology
import TestSupport
import Testing

/// The shipped termbase, loaded once (no FreeDict).
let library: GlossaryLibrary? = try? GlossaryLibrary(folder: Repository.root.appendingPathComponent("glossary").path, freeDictPath: nil)

/// A clusterer that knows the shipped termbase and statistics.
let clusterer: VariantClusterer = library.map { VariantClusterer(statistics: statistics, library: $0) }
    ?? VariantClusterer(statistics: statistics)

/// Whether `a` and `b` end in one cluster when clustered together with `others`.
func together(_ a: VariantForm, _ b: VariantForm, with others: [VariantForm] = []) -> Bool {
    let result = clusterer.clusters(of: [a, b] + others)
    return result.clusterIndex[0] == result.clusterIndex[1]
}

/// The kind of the edge that joined the two forms, when they were joined directly.
func kind(_ a: VariantForm, _ b: VariantForm) -> VariantKind? {
    clusterer.clusters(of: [a, b]).clusters.first { $0.members.count == 2 }?.edges.first?.kind
}

func name(_ surface: String, _ category: TermCategory? = nil, documents: [Int] = [0], count: Int = 1) -> VariantForm {
    VariantForm(surface, count: count, documents: documents, category: category)
}

@Suite("VariantClusterer: spellings of one term, and look-alikes kept apart")
struct VariantClustererTests {
    @Test("the shipped termbase loads")
    func termbase() {
        #expect(library != nil)
        #expect(!clusterer.concepts.isEmpty)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var a: String, b: String, kind: VariantKind
        var categories: (TermCategory?, TermCategory?) = (nil, nil)
        var testDescription: String { "\(a) ~ \(b) (\(kind.rawValue))" }
    }

    @Test("each rule joins its pair with its kind", arguments: [
        Case(a: "TASS", b: "Tass", kind: .letterCase),
        Case(a: "Kim Jong Un", b: "Kim Jong-un", kind: .hyphenation),
        Case(a: "Kim Jong-un", b: "Kim Jong Un", kind: .hyphenation),
        Case(a: "kerja sama", b: "Kerjasama", kind: .compound),
        Case(a: "sekutu", b: "sekutunya", kind: .clitic),
        Case(a: "isu bilateral", b: "isu-isu bilateral", kind: .reduplication),
        Case(a: "Yury Ushakov", b: "Yuri Ushakov", kind: .romanization),
        Case(a: "Sergey Lavrov", b: "Sergei Lavrov", kind: .romanization),
        Case(a: "Andrey Belousov", b: "Andrei Beloussov", kind: .romanization),
        Case(a: "Korea Utara", b: "Kora Utara", kind: .typo),
        Case(a: "limusin", b: "limosin", kind: .typo),
        Case(a: "limusin", b: "limunisin", kind: .typo),
        Case(a: "Korea Utara", b: "Korut", kind: .blend),
        Case(a: "Korea Selatan", b: "Korsel", kind: .blend),
        Case(a: "Tiongkok", b: "China", kind: .glossary),
        Case(a: "NATO", b: "Pakta Pertahanan Atlantik Utara", kind: .acronym),
        Case(a: "Korean Central News Agency", b: "KCNA", kind: .acronym),
        Case(a: "sanksi PBB", b: "sanksi baru PBB", kind: .insertion),
        Case(a: "kemitraan strategis komprehensif", b: "kemitraan strategis yang komprehensif", kind: .insertion),
        Case(a: "asisten Presiden Rusia", b: "Ajudan Presiden Rusia", kind: .synonym),
        Case(a: "Vladimir Putin", b: "Presiden Rusia Vladimir Putin", kind: .title, categories: (.person, .person)),
    ])
    func joins(_ item: Case) {
        let a = name(item.a, item.categories.0), b = name(item.b, item.categories.1)
        #expect(kind(a, b) == item.kind)
    }

    @Test("blends and initials work without the termbase")
    func blendsAndInitials() {
        let bare = VariantClusterer(statistics: statistics)
        let blend = bare.clusters(of: [name("Korea Utara"), name("Korut"), name("Korea Selatan"), name("Korsel")])
        #expect(blend.clusterIndex == [0, 0, 1, 1])
        #expect(blend.clusters[0].edges.map(\.kind) == [.blend])
        #expect(blend.clusters[0].edges[0].evidence == "kor+ut")
        let initials = bare.clusters(of: [name("Perserikatan Bangsa-Bangsa"), name("PBB")])
        #expect(initials.clusters.count == 1)
        #expect(initials.clusters[0].edges[0].evidence == "initials P+B+B")
        // A title's initials name no organisation: `Kasubdit Komunikasi dan Publikasi` is no `KKP`.
        let title = bare.clusters(of: [name("Kasubdit Komunikasi Dan Publikasi", .title), name("KKP", .organization)])
        #expect(title.clusters.count == 2)
        let untyped = bare.clusters(of: [name("Kasubdit Komunikasi Dan Publikasi"), name("KKP", .organization)])
        #expect(untyped.clusters.count == 1)
    }

    @Test("a compound the standard writes closed joins its open spelling and stays canonical: olahraga pagi, olah raga pagi")
    func closedStandardCompound() {
        let bare = VariantClusterer(statistics: statistics)
        let result = bare.clusters(of: [name("olah raga pagi", .term), name("olahraga pagi", .term)])
        #expect(result.clusters.count == 1)
        #expect(result.canonical(of: 0) == "olahraga pagi")
    }

    @Test("a two-letter initialism joins the one organisation with its initials in its own documents: PD = Partai Demokrat")
    func twoLetterInitials() {
        let clusterer = VariantClusterer(statistics: statistics)
        let same = clusterer.clusters(of: [name("Partai Demokrat", .organization), name("PD", .organization)])
        #expect(same.clusters.count == 1)
        #expect(same.clusters.first?.edges.first?.evidence == "initials P+D")
        // Another document's organisation spells nothing out; two in one document leave it apart.
        let elsewhere = clusterer.clusters(of: [name("Partai Demokrat", .organization, documents: [1]), name("PD", .organization)])
        #expect(elsewhere.clusters.count == 2)
        let two = clusterer.clusters(of: [name("Partai Demokrat", .organization), name("Pemuda Desa", .organization), name("PD", .organization)])
        #expect(two.clusterIndex[2] != two.clusterIndex[0] && two.clusterIndex[2] != two.clusterIndex[1])
        let holds = clusterer.clusters(of: [name("TK Ku", .organization), name("TK", .organization)])
        #expect(holds.clusters.count == 2)
    }

    @Test("a word cut at its apostrophe by spaces is one word: Ma ' ruf is the short form of Ma ' ruf Amin")
    func spacedApostrophe() {
        let clusterer = VariantClusterer(statistics: statistics)
        let result = clusterer.clusters(of: [name("Ma ' ruf Amin", .person), name("Ma ' ruf", .organization), name("Amin", .organization, documents: [1])])
        #expect(result.clusterIndex[0] == result.clusterIndex[1])
        #expect(result.clusterIndex[2] != result.clusterIndex[0])
    }

    @Test("look-alikes stay apart", arguments: [
        ("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Il Sung"), ("Kim Jong Il", "Kim Il Sung"),
        ("Korea Utara", "Korea Selatan"), ("Korut", "Korsel"), ("Dewan Keamanan PBB", "Dewan Keamanan Nasional AS"),
        ("Menteri Pertahanan", "Wakil Menteri Pertahanan"), ("Menteri Pertahanan", "Kementerian Pertahanan"),
        ("Yury Ushakov", "Yury Borisov"), ("Korea Utara", "Pakta Pertahanan Atlantik Utara"),
        ("Presiden Rusia", "asisten Presiden Rusia"), ("Presiden Rusia", "Presiden Tiongkok"), ("Wakil Perdana Menteri", "Wakil Perdana Menteri Pertama"),
        ("peran", "perang"), ("Ivanov", "Ivanova"), ("Resolusi 2270", "Resolusi 2271"), ("Irak", "Iran"),
        ("Perang Korea", "Perang Dunia Kedua"), ("Rusia", "Uni Soviet"), ("Washington", "Washington Post"),
        ("rudal balistik", "rudal"), ("limusin", "limusin Aurus"), ("Asia", "Eurasia"),
    ])
    func apart(_ pair: (String, String)) {
        #expect(!together(name(pair.0), name(pair.1)))
        #expect(!together(name(pair.0, .location), name(pair.1, .organization)))
    }

    @Test("two one-word names a letter apart join only in a document they share: Kadir/Karir, Iwan/Ivan")
    func oneWordNamesShareADocument() {
        let bare = VariantClusterer(statistics: statistics)
        for (a, b) in [("Kadir", "Karir"), ("Iwan", "Ivan"), ("Deni", "Denny")] {
            let apart = bare.clusters(of: [name(a, .person, documents: [0]), name(b, .person, documents: [1])])
            #expect(apart.clusters.count == 2, "\(a)/\(b) of two texts")
            let together = bare.clusters(of: [name(a, .person, documents: [0, 2]), name(b, .person, documents: [1, 2])])
            #expect(together.clusters.count == 1, "\(a)/\(b) in one text")
        }
        // Names of more words still join across texts.
        #expect(bare.clusters(of: [name("Yury Ushakov", documents: [0]), name("Yuri Ushakov", documents: [1])]).clusters.count == 1)
    }

    @Test("a roman numeral of doubled letters is no romanization: DPD I is no DPD II")
    func romanNumerals() {
        let bare = VariantClusterer(statistics: statistics)
        #expect(bare.clusters(of: [name("DPD I", .organization), name("DPD II", .organization)]).clusters.count == 2)
    }

    @Test("a Balinese name of name words and one word more joins the person of its documents named by that word")
    func balineseNames() {
        let bare = VariantClusterer(statistics: statistics)
        let same = bare.clusters(of: [name("I Gusti Ngurah Askhara", .person), name("Ari Askhara", .person)])
        #expect(same.clusters.count == 1)
        // Another document's person is another person; name words alone name nobody (`Ni Ketut`).
        let elsewhere = bare.clusters(of: [name("I Gusti Ngurah Askhara", .person), name("Ari Askhara", .person, documents: [1])])
        #expect(elsewhere.clusters.count == 2)
        let words = bare.clusters(of: [name("Ni Ketut", .person), name("Ketut Suarni", .person)])
        #expect(words.clusters.count == 2)
    }

    @Test("a termbase blend inside a longer form is its expansion, and the lesser spelling: calon Ketum PSSI = calon Ketua Umum PSSI")
    func blendsInsideForms() {
        let result = clusterer.clusters(of: [name("calon Ketum PSSI", .title, count: 3), name("calon Ketua Umum PSSI", .title),
                                             name("Dirut Garuda Indonesia", .title), name("Direktur Utama Garuda Indonesia", .title)])
        #expect(result.clusterIndex == [0, 0, 1, 1])
        #expect(result.canonical(of: 0) == "calon Ketua Umum PSSI")
        // Without the termbase no blend is known.
        let bare = VariantClusterer(statistics: statistics)
        #expect(bare.clusters(of: [name("calon Ketum PSSI", .title), name("calon Ketua Umum PSSI", .title)]).clusters.count == 2)
    }

    @Test("a short name joins the only full name of its documents; an ambiguous one is reported")
    func shortNames() {
        let forms = [
            name("Kim Jong Un", .person, documents: [0, 1, 2], count: 9), name("Kim Il Sung", .person, documents: [1]),
            name("Kim", .person, documents: [0, 1, 2], count: 20), name("Putin", .person, documents: [3]),
            name("Vladimir Putin", .person, documents: [3]), name("Vladimir Smirnov", .person, documents: [3]),
            name("Yury", .person, documents: [4]), name("Yury Ushakov", .person, documents: [4]),
            name("Yury Borisov", .person, documents: [4]), name("Ushakov", .person, documents: [5]),
        ]
        let result = clusterer.clusters(of: forms)
        #expect(result.clusterIndex[2] == result.clusterIndex[0])
        #expect(result.clusterIndex[1] != result.clusterIndex[0])
        #expect(result.clusterIndex[3] == result.clusterIndex[4])
        #expect(result.clusterIndex[5] != result.clusterIndex[4])
        // `Yury` could be either Yury: left apart and reported.
        #expect(Set([result.clusterIndex[7], result.clusterIndex[8]]).isDisjoint(with: [result.clusterIndex[6]]))
        #expect(result.ambiguities.contains { $0.form == 6 && $0.candidates == [7, 8] && !$0.resolvedElsewhere })
        #expect(result.ambiguities.contains { $0.form == 2 && $0.document == 1 && $0.resolvedElsewhere })
        // `Ushakov` only occurs where no full name is: left apart.
        #expect(result.clusters[result.clusterIndex[9]].members == [9])
        #expect(result.canonical(of: 2) == "Kim Jong Un")
    }

    /// `… di Jalan Medan Merdeka Utara … di Medan Merdeka Utara …` (held-out news).
    @Test("a street's name without its head joins the name with it, never a person's name")
    func streetNames() {
        let result = clusterer.clusters(of: [
            name("Jalan Medan Merdeka Utara", .location), name("Medan Merdeka Utara", .organization, count: 3),
            name("Jalan Gatot Subroto", .location), name("Gatot Subroto", .person),
        ])
        #expect(result.clusterIndex[0] == result.clusterIndex[1])
        #expect(result.canonical(of: 1) == "Jalan Medan Merdeka Utara")
        #expect(result.clusterIndex[2] != result.clusterIndex[3])
    }

    /// `… yang nantinya disertakan dengan Tanda Pendaftaran Tipe (TPT) dari Kementerian …` (held-out
    /// news): a document typed a term, written with every word capitalised, is spelled out by its initials.
    @Test("an acronym joins a term written in title case, not one in lowercase")
    func acronymOfATitleCasedTerm() {
        let result = clusterer.clusters(of: [name("Tanda Pendaftaran Tipe", .term), name("TPT", .organization),
                                             name("tindak pidana korupsi", .term), name("TPK", .organization)])
        #expect(result.clusterIndex[0] == result.clusterIndex[1])
        #expect(result.clusterIndex[2] != result.clusterIndex[3])
    }

    /// `… anak usaha maupun cucu PT Garuda Indonesia (Persero) Tbk …`, `PT Garuda Tauberes Indonesia`
    /// (held-out news): the name with its legal form is the same company.
    @Test("a company name with its legal form joins the bare name, which stays canonical")
    func legalForms() {
        let result = clusterer.clusters(of: [
            name("Garuda Indonesia", .organization, count: 13), name("PT Garuda Indonesia", .organization, count: 2),
            name("PT Jasa Marga Tbk", .organization), name("Jasa Marga", .organization),
            name("PT Garuda", .organization), name("Garuda", .organization, documents: [1], count: 5),
        ])
        #expect(result.clusterIndex[0] == result.clusterIndex[1])
        #expect(result.canonical(of: 1) == "Garuda Indonesia")
        #expect(result.clusterIndex[2] == result.clusterIndex[3])
        #expect(result.clusters[result.clusterIndex[3]].edges.contains { $0.kind == .legalForm })
        // One word left is too little to be sure of in another document (`PT Garuda`), enough in the same
        // (`PT Antam Tbk` = `Antam`), but never a person's name (`PT Bakrie` is no `Bakrie`).
        #expect(result.clusterIndex[4] != result.clusterIndex[5])
        let shared = clusterer.clusters(of: [name("PT Antam Tbk", .organization), name("Antam", .organization),
                                             name("PT Bakrie", .organization), name("Bakrie", .person)])
        #expect(shared.clusterIndex == [0, 0, 1, 2])
        // The form in brackets is a name's word too (`(Persero)` starts with its bracket).
        let bracketed = clusterer.clusters(of: [name("Garuda Indonesia", .organization), name("PT Garuda Indonesia (Persero) Tbk", .organization)])
        #expect(bracketed.clusters.count == 1)
        // With its lead form kept, one word is enough (`PT Pertamina (Persero)` is `PT Pertamina`);
        // Singapore's `Pte Ltd` and Malaysia's `Sdn Bhd` are legal forms too.
        let kept = clusterer.clusters(of: [name("PT Pertamina", .organization), name("PT Pertamina (Persero)", .organization),
                                           name("Pertamina Energy Services", .organization), name("Pertamina Energy Services Pte Ltd", .organization),
                                           name("Petronas Dagangan", .organization), name("Petronas Dagangan Sdn Bhd", .organization)])
        #expect(kept.clusterIndex == [0, 0, 1, 1, 2, 2])
    }

    @Test("a word of one or two letters is the short form of a two-word name only: Xi, not We of Why Don't We")
    func twoLetterShortNames() {
        let bare = VariantClusterer(statistics: statistics)
        let two = bare.clusters(of: [name("Xi Jinping", .person), name("Xi", .person)])
        #expect(two.clusters.count == 1)
        let three = bare.clusters(of: [name("Why Don ' t We", .person), name("We", .person)])
        #expect(three.clusters.count == 2)
    }

    @Test("legal forms are no words of a name's initials; an acronym the termbase knows is spelled out by the termbase alone")
    func initialsOfCompanies() {
        let bare = VariantClusterer(statistics: statistics)
        let company = bare.clusters(of: [name("PT Mayora Indah Tbk", .organization), name("MIT", .organization)])
        #expect(company.clusters.count == 2)
        let plain = bare.clusters(of: [name("Mayora Indah Tebal", .organization), name("MIT", .organization)])
        #expect(plain.clusters.count == 1)
        // `PHK` is pemutusan hubungan kerja in the acronym file.
        let known = clusterer.clusters(of: [name("Perusahaan Hutama Karya", .organization), name("PHK", .organization)])
        #expect(known.clusterIndex[0] != known.clusterIndex[1])
    }

    /// `… pesawat baru Garuda Indonesia, Airbus A330-900 Neo … Airbus …` (held-out news): the model,
    /// typed a person for want of evidence, is no full name of the maker.
    @Test("a maker is no short name of its model: a form with a digit takes only its last word as one")
    func noShortNameOfAModel() {
        let result = clusterer.clusters(of: [name("Airbus A330-900 Neo", .person, documents: [0], count: 2),
                                             name("Airbus", .organization, documents: [0], count: 3)])
        #expect(result.clusterIndex[0] != result.clusterIndex[1])
        let model = clusterer.clusters(of: [name("Mitsubishi L300", .person, documents: [0]), name("L300", .person, documents: [0])])
        #expect(model.clusterIndex[0] == model.clusterIndex[1])
        let person = clusterer.clusters(of: [name("Erick Thohir", .person, documents: [0]), name("Thohir", .person, documents: [0])])
        #expect(person.clusterIndex[0] == person.clusterIndex[1])
    }

    /// `CEO Mitsubishi Motors Corporation … Mitsubishi Xpander … Mitsubishi …` (news): the maker's
    /// name starts an organisation's name, so it is no short form of the model it starts.
    @Test("a word that starts an organisation's name is no short form of a model or name it starts")
    func noShortNameOfAMakersModel() {
        let result = clusterer.clusters(of: [name("Mitsubishi Xpander", .person, documents: [0], count: 15),
                                             name("Mitsubishi", .organization, documents: [0], count: 36),
                                             name("Mitsubishi Motors Corporation", .organization, documents: [0], count: 4)])
        #expect(result.clusterIndex[0] != result.clusterIndex[1])
        // Without the organisation the word is still a short form (`Isuzu` of `Isuzu Traga`, both as typed alone).
        let alone = clusterer.clusters(of: [name("Mitsubishi Xpander", .person, documents: [0]), name("Mitsubishi", .organization, documents: [0])])
        #expect(alone.clusterIndex[0] == alone.clusterIndex[1])
        // A person's last name still joins the full name, though a group is named after the family.
        let person = clusterer.clusters(of: [name("Aburizal Bakrie", .person, documents: [0]), name("Bakrie", .person, documents: [0]),
                                             name("Bakrie Group", .organization, documents: [0])])
        #expect(person.clusterIndex[0] == person.clusterIndex[1])
        // A hyphenated ticket typed an organisation is no group named after the word (`Prabowo-Hatta`).
        let ticket = clusterer.clusters(of: [name("Prabowo Subianto", .person, documents: [0]), name("Prabowo", .organization, documents: [0]),
                                             name("Prabowo-Hatta", .organization, documents: [0])])
        #expect(ticket.clusterIndex[0] == ticket.clusterIndex[1])
    }

    @Test("the canonical form: full over blend, acronym and truncation, standard over typo, then frequency")
    func canonical() {
        let result = clusterer.clusters(of: [
            name("Korut", count: 21), name("Korea Utara", count: 46), name("Kora Utara", count: 1),
            name("Amerika", count: 5), name("AS", count: 15), name("Amerika Serikat", count: 2),
            name("limunisin", count: 1), name("limusin", count: 3), name("limosin", count: 2),
            name("Yuri Ushakov", count: 2), name("Yury Ushakov", count: 3),
        ])
        #expect(result.canonical(of: 0) == "Korea Utara")
        #expect(result.canonical(of: 2) == "Korea Utara")
        #expect(result.canonical(of: 3) == "Amerika Serikat")
        #expect(result.canonical(of: 6) == "limusin")
        #expect(result.canonical(of: 9) == "Yury Ushakov")
        #expect(clusterer.clusters(of: [name("Kim Jong-un"), name("Kim Jong Un")]).canonical(of: 0) == "Kim Jong Un")
        let initialism = clusterer.clusters(of: [name("KCNA", count: 4), name("Korean Central News Agency")])
        #expect(initialism.canonical(of: 1) == "KCNA")
        #expect(result.clusters.count == 4)
    }

    @Test("every edge joins two members of its cluster; reasons lead every member to the canonical form")
    func edges() {
        let forms = ["Korea Utara", "Korut", "KOREA UTARA", "Kora Utara", "DPRK", "Republik Demokratik Rakyat Korea"].map { name($0) }
        let result = clusterer.clusters(of: forms)
        #expect(result.clusters.count == 1)
        let cluster = result.clusters[0]
        #expect(cluster.edges.count == forms.count - 1)
        #expect(Set(cluster.reasons.keys) == Set(1..<forms.count))
        #expect(cluster.canonical == 0)
    }

    @Test("the deletion neighbourhood blocks, and the edit distance counts a swap as one edit")
    func distance() {
        #expect(VariantClusterer.editDistance(Array("limusin"), Array("limunisin")) == 2)
        #expect(VariantClusterer.editDistance(Array("korea"), Array("kroea")) == 1)
        #expect(VariantClusterer.deletions(of: "abc", depth: 1) == ["abc", "bc", "ac", "ab"])
    }

    @Test("typo buckets of a selection of prepared forms: the same as those of the selection prepared on its own")
    func selectedTypoBuckets() {
        var options = VariantClusterer.Options()
        options.maximumBucket = 3
        var small = clusterer
        small.options = options
        let words = ["limusin", "limosin", "limunisin", "Jakarta", "Jakrta", "Djakarta", "Jakarta Pusat", "Jakrta Pusat",
                     "kerjasama", "kerja sama", "Pyongyang", "Pyongyan", "Pyongang", "Pyonyang", "Vladimir Putin", "Vladimir Puttin"]
        let forms = words.map { VariantForm($0, category: $0.first!.isUppercase ? nil : .term) }
        let prepared = small.preparedForms(forms)
        for selection in [Array(forms.indices), Array(forms.indices.reversed()), [3, 0, 12, 1, 13, 2, 4, 6, 7], [11, 10, 14], []] {
            let expected = small.typoBuckets(small.preparedForms(selection.map { forms[$0] }).keys)
            #expect(small.typoBuckets(of: prepared.selecting(selection)) == expected, "selection \(selection)")
            // A selection of a selection keeps the original list's numbers.
            let twice = prepared.selecting(Array(selection.reversed())).selecting(Array(selection.indices.reversed()))
            #expect(small.typoBuckets(of: twice) == expected, "selection \(selection), selected twice")
        }
        #expect(!small.typoBuckets(of: prepared).isEmpty)
    }

    @Test("deletion keys: one per distinct deletion, equal for equal deletions, apart under another seed")
    func deletionKeys() {
        let keys = { (word: String, depth: Int, seed: Int) in VariantClusterer.deletionKeys(of: word, depth: depth, seed: seed) }
        #expect(keys("aab", 1, 7).count == 3)  // aab, ab, aa
        #expect(keys("limusin", 2, 7).count == VariantClusterer.deletions(of: "limusin", depth: 2).count)
        #expect(keys("korëa", 2, 7).count == VariantClusterer.deletions(of: "korëa", depth: 2).count)
        #expect(!Set(keys("abxc", 1, 7)).isDisjoint(with: keys("abyc", 1, 7)))  // both lose a letter to abc
        #expect(Set(keys("limunisin", 2, 7)).contains(keys("limusin", 0, 7)[0]))
        #expect(Set(keys("abxc", 1, 7)).isDisjoint(with: keys("abyc", 1, 8)))
        #expect(Set(keys("abcd", 1, 7)).isDisjoint(with: keys("wxyz", 1, 7)))
        #expect(VariantClusterer.blendParts(Array("korut"), [Array("korea"), Array("utara")]) == ["kor", "ut"])
        #expect(VariantClusterer.blendParts(Array("korut"), [Array("atlantik"), Array("utara")]) == nil)
    }
}

@Suite("VariantClusterer.merged: one extracted term per cluster")
struct VariantClustererMergeTests {
    @Test("variants of extracted terms become one candidate with every occurrence, counted once")
    func merged() throws {
        let candidates = try extract([
            ("a.txt", "Presiden Rusia Vladimir Putin tiba di Korea Utara. Putin disambut Kim Jong Un. Kim Jong-un memeluk Putin."),
            ("b.txt", "Pemimpin Korut Kim Jong Un bertemu Putin. Kim berkata Korut siap menjatuhkan sanksi baru PBB."),
        ])
        let (merged, clustering) = clusterer.merged(candidates)
        #expect(merged.count < candidates.count)
        let putin = try #require(merged.first { $0.form == "Vladimir Putin" })
        #expect(Set(putin.variants.map(\.form)).isSuperset(of: ["Presiden Rusia Vladimir Putin", "Putin"]))
        #expect(putin.count == 4)
        let kim = try #require(merged.first { $0.form == "Kim Jong Un" })
        #expect(Set(kim.variants.map(\.form)).isSuperset(of: ["Kim Jong-un", "Kim"]))
        // `Kim` inside `Kim Jong Un` is no second occurrence.
        #expect(kim.occurrences.count == Set(kim.occurrences.map { [$0.document, $0.range.lowerBound] }).count)
        for term in merged {
            for (a, b) in zip(term.occurrences, term.occurrences.dropFirst()) where a.document == b.document {
                #expect(a.range.upperBound <= b.range.lowerBound, "\(term.form): overlapping occurrences")
            }
        }
        #expect(merged.contains { $0.form == "Korea Utara" && $0.variants.map(\.form).contains("Korut") })
        #expect(clustering.forms.count == candidates.count)
    }

    @Test("an inserted modifier before an acronym stays in the term, which clusters with the plain term")
    func insertedModifier() throws {
        let candidates = try extract("Dewan menjatuhkan sanksi PBB. Korut menolak sanksi baru PBB itu.")
        #expect(candidates[key: "sanksi baru pbb"] != nil)
        let (merged, _) = clusterer.merged(candidates)
        let sanctions = try #require(merged.first { $0.form == "sanksi PBB" })
        #expect(Set(sanctions.variants.map(\.form)) == ["sanksi PBB", "sanksi baru PBB"])
    }

    @Test("an inserted yang joins the term written without it, and only then")
    func insertedYang() throws {
        let candidates = try extract([
            ("a.txt", "Kedua negara menandatangani kemitraan strategis komprehensif. Kemitraan strategis komprehensif itu penting."),
            ("b.txt", "Mereka membahas kemitraan strategis yang komprehensif. Ada juga senjata nuklir yang canggih di sana."),
        ])
        let partnership = try #require(candidates[key: "kemitraan strategis komprehensif"])
        #expect(partnership.variants.map(\.form).contains("kemitraan strategis yang komprehensif"))
        #expect(partnership.form != "kemitraan strategis yang komprehensif")
        // Never written without `yang`: no term `senjata nuklir canggih`.
        #expect(candidates[key: "senjata nuklir canggih"] == nil)
    }
}

@Suite("TermExtractor clustered by VariantClusterer: thresholds judge a cluster, not a spelling")
struct ClusteredExtractionTests {
    @Test("a common word spelled three ways passes on all its occurrences together")
    func spellingsPoolEvidence() throws {
        let segmenter = try Segmenter()
        let texts = [
            "Putin naik limusin buatan Rusia.", "Kim menaiki limosin itu.", "Mereka menaiki limunisin bersama.",
            "Limusin itu berwarna hitam. Sebuah limusin lagi menunggu.",
        ]
        let extractor = TermExtractor(statistics: statistics, places: countries)
        let prepared = try texts.enumerated().map { index, text in
            extractor.prepare(try segmenter.document(SourceText(id: "\(index).txt", text: text)), index: index)
        }
        let alone = try extractor.candidates(in: prepared)
        #expect(alone[key: "limosin"] == nil)
        let pooled = try extractor.candidates(in: prepared, clusteredBy: clusterer)
        #expect(pooled[key: "limosin"] != nil)
        #expect(pooled[key: "limunisin"] != nil)
        let merged = clusterer.merged(pooled).candidates
        let limousine = try #require(merged.first { $0.key == "limusin" })
        #expect(Set(limousine.variants.map(\.form)).isSuperset(of: ["limusin", "limosin", "limunisin"]))
    }
}

@Suite("VariantClusterer: forms outside ASCII")
struct VariantClustererNonASCIITests {
    /// Forms that take the byte-and-scalar path (scalars below U+0300) and forms that do not.
    static let surfaces = [
        "Jakarta", "Kéménkéu", "KÉMÉNKÉU", "Kim Jóng-un", "Báná dán Ráyi", "Bank ván Indonésiá", "Élysée",
        "Korea\u{00A0}Utará", "ÀB", "Àb", "É", "ªB", "e-KTP", "Ñ Ñ", "ǅemal Bijedić", "İstanbul", "Ærø\r\nby",
        "Dž 12", "Ø-ÅS", "Cafe\u{0301} Mónde", "Kim Jong\u{2013}un", "Москва", "ᾼ Αθήνα", " Désa  ", "",
    ]

    @Test("the byte-and-scalar path prepares a form as the Character path does", arguments: surfaces)
    func simplePathAgrees(surface: String) throws {
        let normalizer = try Normalizer()
        for category in [nil, TermCategory.person, .term] {
            let form = VariantForm(surface, category: category)
            let key = normalizer.key(surface)
            let simple = clusterer.prepareSimple(form, key: key)
            let fitsSimple = surface.unicodeScalars.allSatisfy { $0.value < 0x300 } && key.unicodeScalars.allSatisfy { $0.value < 0x300 }
            #expect((simple != nil) == fitsSimple)
            if let simple { #expect(simple == clusterer.prepareCharacters(form, key: key)) }
            #expect(clusterer.prepare(form, normalizer: normalizer) == clusterer.prepareCharacters(form, key: key))
        }
    }

    @Test("accented spellings join by the rules that join their ASCII twins")
    func accentedVariants() {
        #expect(kind(name("Kéménkéu"), name("KÉMÉNKÉU")) == .letterCase)
        #expect(kind(name("Kim Jóng-un", .person), name("Kim Jóng Un", .person)) == .hyphenation)
        #expect(kind(name("kérjá sámá", .term), name("kérjásámá", .term)) == .compound)
        #expect(VariantClusterer.isAllCapitals("ÉLYSÉE") && VariantClusterer.isAllCapitals("Ø-ÅS"))
        #expect(!VariantClusterer.isAllCapitals("Élysée") && !VariantClusterer.isAllCapitals("É") && !VariantClusterer.isAllCapitals("ªB"))
    }
}

@Suite("UTF8Key: a String key hashed and compared by its bytes")
struct UTF8KeyTests {
    @Test("equal exactly when the strings are, with the String's hash", arguments: [
        ("kéménkéu", "kéménkéu"), ("é", "e\u{0301}"), ("kim jóng-un", "kim jo\u{0301}ng-un"), ("jakarta", "jakarta"),
        ("kéménkéu", "keménkéu"), ("ǆ", "dž"), ("a\u{0301}\u{0323}", "a\u{0323}\u{0301}"), ("москва", "москва"), ("", ""),
    ])
    func sameAsString(_ pair: (String, String)) {
        let (a, b) = (UTF8Key(pair.0), UTF8Key(pair.1))
        #expect((a == b) == (pair.0 == pair.1))
        #expect(a.stringHash == pair.0.hashValue && b.stringHash == pair.1.hashValue)
        #expect((a.hashValue == b.hashValue) == (pair.0.hashValue == pair.1.hashValue))
        #expect(Set([a, b]).count == Set([pair.0, pair.1]).count)
    }
}
