@testable import Terminology
import Testing

/// Held4-style news (addresses in lists, prices after products, articles of a law).
@Suite("MentionFinder: a number's label (No, Rp, Pasal) ends no name")
struct MentionFinderNameEndsTests {
    @Test("a number's label after a name is no part of it, whether its number follows or was cut off", arguments: [
        ("Sweatshirt dari ZARA Rp 479 ribu ini punya motif garis . Jaket dari ZARA juga dijual .", "zara", "zara rp"),
        ("Penginapan itu terletak di Jalan Raya Bromo No.\nHarganya terjangkau bagi wisatawan .", "raya bromo", "jalan raya bromo no"),
        ("Ia melanggar UU Lalu Lintas dan Angkutan Jalan Pasal 106 ayat 8 yang mewajibkan helm .", "angkutan jalan", "angkutan jalan pasal"),
    ])
    func labelEndsName(text: String, name: String, wrong: String) throws {
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains(wrong), "\(keys)")
        #expect(keys.contains { $0.hasSuffix(name) }, "\(keys)")
    }

    @Test("a label alone names nothing: Jalan Kolonel Sugiyono No.")
    func labelAlone() throws {
        let keys = Set(try extract("Bengkel itu ada di Jalan Kolonel Sugiyono No. Pemiliknya ramah .").map(\.key))
        #expect(!keys.contains("no") && !keys.contains { $0.hasSuffix(" no") }, "\(keys)")
    }

    @Test("not a roman numeral, nor a label inside a name: Perang Dunia II, Surat Tanda Nomor Kendaraan Bermotor")
    func romanNumeralsAndInnerLabels() throws {
        let terms = try extract("Kota itu hancur pada Perang Dunia II . Setiap warga wajib memiliki Surat Tanda Nomor Kendaraan Bermotor sendiri .")
        let keys = Set(terms.map(\.key))
        #expect(keys.contains("perang dunia ii"), "\(keys)")
        #expect(keys.contains("surat tanda nomor kendaraan bermotor"), "\(keys)")
    }

    /// Sport news: `menyaksikan laga Kualifikasi Piala Dunia 2022 antara …`, `menjuarai Piala AFF 2022`.
    @Test("the year of a named event ends its name; not the year after a lone event word: Piala AFF 2022, Pemilu 2014")
    func eventYears() throws {
        let text = "Ia menonton laga Kualifikasi Piala Dunia 2022 antara Malaysia dan Indonesia . "
            + "Milla ingin menjuarai Piala AFF 2022 bersama tim itu . Partai itu menang pada Pemilu 2014 lalu ."
        let terms = try extract(text)
        let keys = Set(terms.map(\.key))
        #expect(keys.contains("kualifikasi piala dunia 2022") && keys.contains("piala aff 2022"), "\(keys)")
        #expect(!keys.contains("piala aff") && !keys.contains("kualifikasi piala dunia"), "\(keys)")
        #expect(!keys.contains("pemilu 2014"), "\(keys)")
    }

    /// Held-out news: a full stop lost after a figure (`… dibuka di Rp 14.048 Hingga pukul 9.06 WIB …`).
    @Test("a capitalized function word alone names nothing: Hingga, Tak after a lost full stop")
    func functionWordsAlone() throws {
        let text = "Dolar AS dibuka di Rp 14.048 Hingga pukul 9.06 WIB , dolar AS sudah melemah . "
            + "Sepatu itu dijual Rp 3 juta Tak cuma diisi dengan kerja , tahun ini juga untuk liburan ."
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains("hingga") && !keys.contains("tak"), "\(keys)")
    }

    @Test("a name that starts with such a word stays: Oh In-kyun, a Korean name")
    func functionWordStartingAName() throws {
        let terms = try extract("Pelatih Oh In-kyun mengatakan timnya siap . Menurut Oh In-kyun , latihan berjalan baik .")
        #expect(terms.contains { $0.key.hasPrefix("oh ") && $0.type == .person }, "\(terms.map { ($0.key, $0.type) })")
    }

    /// Held-out news: `… milik Direktur Utama PT Garuda Indonesia (Persero) Tbk I Gusti Ngurah Askhara atau Ari Askhara`.
    @Test("a legal form starts no name, and the Balinese I starts a person's: Tbk I Gusti Ngurah Askhara")
    func legalFormBeforeAPerson() throws {
        let text = "Motor itu milik Direktur Utama PT Garuda Indonesia (Persero) Tbk I Gusti Ngurah Askhara atau Ari Askhara . "
            + "Chief Technology Officer XL Axiata , I Gede Darmayusa mengatakan , persiapan sudah dilakukan ."
        try expectTerms(text, noneStarting: "tbk", typed: ["i gusti ngurah askhara": .person, "i gede darmayusa": .person])
    }

    @Test("a roman I after what it numbers starts no name: Pelindo I Ihsanuddin Usman, seksi I Kayu Agung")
    func romanOneAfterItsNoun() throws {
        let keys = Set(try extract("Direktur Utama Pelindo I Ihsanuddin Usman hadir . Tol seksi I Kayu Agung dibuka kemarin .").map(\.key))
        #expect(!keys.contains { $0.hasPrefix("i ") }, "\(keys)")
    }

    /// Held4 news: a list line whose full stop was lost (`Batasi Makanan yang Mengandung Lemak Jenuh dan Gula Anda dan suami …`).
    @Test("the polite Anda is no part of a name: Gula Anda, Hubungan Anda")
    func politeYou() throws {
        let text = "Batasi Makanan yang Mengandung Lemak Jenuh dan Gula Anda dan suami juga perlu membatasi makanan manis . "
            + "Manfaatkan bantuan pengasuh Hubungan Anda dan suami bukan hanya hubungan orang tua ."
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains { $0.hasSuffix(" anda") }, "\(keys)")
    }

    /// Held-out news: `… mantan Dirut Garuda Indonesia …`; held4: `mantan Menteri ESDM Ignasius Jonan`.
    @Test("a former holder's pre-head is no part of the office: mantan Menteri ESDM is Menteri ESDM; Wakil Presiden keeps wakil")
    func formerHolders() throws {
        let text = "Mantan Menteri ESDM Ignasius Jonan hadir di acara itu . Wakil Presiden Ma'ruf Amin juga hadir . "
            + "Ia bertemu mantan Menteri BUMN Rini Soemarno kemarin ."
        try expectTerms(text, noneStarting: "mantan",
                        typed: ["menteri esdm": .title, "menteri bumn": .title, "wakil presiden": .title, "ignasius jonan": .person])
    }

    /// Expects no term of `text` whose key starts with `prefix`, and each key of `typed` with its type.
    private func expectTerms(_ text: String, noneStarting prefix: String, typed: [String: TermCategory]) throws {
        let terms = try extract(text)
        let described = "\(terms.map { ($0.key, $0.type) })"
        #expect(!terms.contains { $0.key.hasPrefix(prefix) }, "\(described)")
        for (key, type) in typed.sorted(by: { $0.key < $1.key }) {
            #expect(terms[key: key]?.type == type, "\(key): \(described)")
        }
    }

    @Test("a name written twice in a row is two mentions: a caption or subheading before the sentence it opens", arguments: [
        ("Gaun itu dipakai di pesta .\nNia Ramadhani Nia Ramadhani memilih tema bold saat hadir .", "nia ramadhani nia ramadhani", "nia ramadhani"),
        ("Zodiak ini pekerja keras .\nTaurus Taurus adalah zodiak berikutnya .", "taurus taurus", "taurus"),
    ])
    func repeatedName(text: String, wrong: String, name: String) throws {
        let keys = Set(try extract(text).map(\.key))
        #expect(!keys.contains(wrong), "\(keys)")
        #expect(keys.contains(name), "\(keys)")
    }

    @Test("one word doubled in running prose may be one name: band lawas Duran Duran")
    func doubledWordInProse() throws {
        let keys = Set(try extract("Ia personel grup band lawas Duran Duran yang tampil semalam .").map(\.key))
        #expect(keys.contains("duran duran"), "\(keys)")
    }

    @Test("a roman numeral after a point of the compass numbers a district, no part of the region's name: Jawa Tengah V")
    func districtNumber() throws {
        let keys = Set(try extract("Rhoma Irama maju di daerah pemilihan Jawa Tengah V dengan nomor urut 1 .").map(\.key))
        #expect(keys.contains("jawa tengah"), "\(keys)")
        #expect(!keys.contains("jawa tengah v"), "\(keys)")
    }

    @Test("a facility named after a person is one place; a regency and its regent are two: Hotel Grand Sahid Jaya, Kabupaten Sleman Sri Purnomo")
    func facilityNamesake() throws {
        let terms = try extract("Rapat digelar di Hotel Grand Sahid Jaya , Jakarta . Hadir pula Kabupaten Sleman Sri Purnomo kemarin .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "hotel grand sahid jaya"]?.type == .location, "\(listed)")
        #expect(terms[key: "sahid jaya"] == nil && terms[key: "hotel grand"] == nil, "\(listed)")
        #expect(terms[key: "sri purnomo"] != nil, "\(listed)")
    }

    @Test("a stray capital on `Selain` starts the next clause; after a term's class a pronoun or function word names nothing: demam Anda, Demam Dalam")
    func strayCapitalFunctionWords() throws {
        let terms = try extract("Cek Kondisi Daerah Selain mengecek cuaca , pastikan daerah itu aman . Ryan Reynolds Selain itu hadir . Tetapi jika demam Anda berlangsung lama , hubungi dokter . Demam Dalam 9 bulan kehamilan , mungkin Anda akan alami demam .")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(!terms.contains { $0.key.hasSuffix(" selain") }, "\(listed)")
        #expect(terms[key: "ryan reynolds"] != nil, "\(listed)")
        #expect(terms[key: "anda"] == nil && terms[key: "dalam"] == nil, "\(listed)")
    }

    @Test("an adverb of frequency or sequence, or a stop word typed with a single consonant for a double, is no name or term: Kadangkala, Lantas, Sehinga")
    func sentenceInitialFunctionWords() throws {
        let terms = try extract("Kadangkala ibu hamil merasa lelah . Sehinga ibu hamil perlu istirahat . Budi Santoso hadir . Lantas , bagaimana cara mengatasi wasir ? Lantas bagaimana cirinya ?")
        let listed = "\(terms.map { ($0.key, $0.type) })"
        #expect(terms[key: "kadangkala"] == nil && terms[key: "sehinga"] == nil && terms[key: "lantas"] == nil, "\(listed)")
        #expect(terms[key: "budi santoso"]?.type == .person, "\(listed)")
    }
}

/// Numbers and codes that end a name (models, age groups), from phone and sports news.
@Suite("MentionFinder: a model's number and an age group's code belong to the name")
struct MentionFinderNameNumberTests {
    @Test("a number the document writes after the same name twice is the name's: Oppo Reno 3; once, or before a noun, it is not")
    func repeatedModelNumber() throws {
        let text = "Ponsel itu bernama Oppo Reno 3 , dan Reno 3 memakai prosesor baru . Warga Jakarta 3 orang hadir . "
            + "Komite 1 Tahun dibayar . Biaya Komite 1 Tahun naik ."
        let terms = try extract(text)
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms.contains { $0.variants.contains { $0.form == "Oppo Reno 3" } }, "\(listed)")
        #expect(!terms.contains { $0.variants.contains { $0.form == "Oppo Reno" } }, "\(listed)")
        #expect(!terms.contains { $0.key.hasPrefix("jakarta 3") || $0.key.hasPrefix("komite 1") }, "\(listed)")
    }

    @Test("a model's code of digits and capitals after a name is part of it; an amount or a network's generation is not")
    func modelCode() throws {
        let text = "Ponsel itu memakai prosesor Snapdragon 765G buatan Qualcomm . Ia membeli Redmi 8A kemarin . "
            + "Ponsel Galaxy 128GB dijual murah . Jaringan Telkomsel 5G diuji ."
        let terms = try extract(text)
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms.contains { $0.variants.contains { $0.form == "Snapdragon 765G" } }, "\(listed)")
        #expect(terms.contains { $0.variants.contains { $0.form == "Redmi 8A" } }, "\(listed)")
        #expect(!terms.contains { $0.key.hasSuffix("128gb") || $0.key.hasSuffix("telkomsel 5g") }, "\(listed)")
    }

    @Test("a place after a code with digits stays in the name: Timnas U-19 Indonesia")
    func placeAfterCode() throws {
        let terms = try extract([("t.txt", "Laga Timnas U-19 Indonesia digelar di Jakarta .")], places: countries.union(["indonesia", "jakarta"]))
        let listed = "\(terms.map { ($0.key, $0.type, $0.variants.map(\.form)) })"
        #expect(terms[key: "timnas u-19 indonesia"] != nil, "\(listed)")
        #expect(terms[key: "timnas u-19"] == nil, "\(listed)")
    }
}
