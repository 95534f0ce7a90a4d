import Segmentation
import Termbase
@testable import Terminology
import Testing

/// Common-term rules measured on held-out news (sentences from kumparan news, retyped here).
@Suite("MentionFinder: common-noun terms on Indonesian news")
struct MentionFinderCommonTermsTests {
    @Test("a two-word phrase of the termbase heads a term even when it starts with a light or process noun: masa jabatan, pemilihan presiden")
    func termbasePhrasesAsCompounds() throws {
        let keys = try termKeys("Kini partai itu ingin menambah masa jabatan presiden . Demokrat menolak pemilihan presiden melalui MPR . Pemilik kendaraan harus membayar pajak bea masuk . Saat ditanya tentang putusnya hubungan kerja sama kedua maskapai , ia diam . ")
        #expect(keys.isSuperset(of: ["masa jabatan presiden", "pemilihan presiden", "pajak bea masuk", "hubungan kerja sama"]), "\(keys.sorted())")
        #expect(!keys.contains("jabatan presiden") && !keys.contains("pajak bea") && !keys.contains("hubungan kerja"), "\(keys.sorted())")
    }

    /// Health news: `Vaksin hepatitis A`, `terkena hepatitis C.`; held4: `indeks S & P 500`, `parfum L ' Occitane`.
    @Test("a capital letter after a lowercase noun names its type: hepatitis C; not before a joiner or an elision")
    func typeLetters() throws {
        let keys = try termKeys("Vaksin hepatitis A sudah tersedia . Pencandu alkohol lebih rentan terkena hepatitis C . "
            + "Indeks S & P 500 turun . Ia membeli parfum L ' Occitane di toko itu . ")
        #expect(keys.isSuperset(of: ["vaksin hepatitis a", "hepatitis c"]), "\(keys.sorted())")
        #expect(!keys.contains("vaksin hepatitis") && !keys.contains("indeks s") && !keys.contains("parfum l"), "\(keys.sorted())")
    }

    @Test("the termbase's two-word phrases are lowercase, hold no function word nor a name cue")
    func termbaseCompoundList() throws {
        let lib = try #require(library)
        let compounds = TermExtractor.termbaseCompounds(lib, tables: LanguageTables(), statistics: statistics)
        #expect(compounds.isSuperset(of: ["masa jabatan", "bea masuk", "pemilihan presiden", "warga sipil"]))
        #expect(!compounds.contains("dan sebagainya") && !compounds.contains("atas nama"))
        #expect(!compounds.contains("kantor berita") && !compounds.contains("kapal selam"))
    }

    @Test("a relational noun frames the term after it and is no term alone: pemilik granat asap is granat asap")
    func relationalHeads() throws {
        let keys = try termKeys("Polisi masih mencari pemilik granat asap itu . PDIP mendukung penolakan Presiden terhadap usulan perpanjangan masa jabatan presiden . Dari segi hukum , usulan itu lemah . Obat ini punya efek samping . ")
        #expect(keys.isSuperset(of: ["granat asap", "perpanjangan masa jabatan presiden", "efek samping"]), "\(keys.sorted())")
        #expect(keys.allSatisfy { !$0.hasPrefix("pemilik") && !$0.hasPrefix("usulan") && !$0.hasPrefix("segi") }, "\(keys.sorted())")
    }

    /// Held-out and held4 news: `18 kotak itu dibawa penumpang VIP … daftar penumpang`, `syarat 30
    /// persen dukungan bagi caketum`, `total penjualan motor`, `Pilihan menu`, `balutan gaun mewah`.
    @Test("choice, list, series, covering, a total and a percentage frame the noun after them: daftar penumpang, 30 persen dukungan")
    func framingNouns() throws {
        let keys = try termKeys("Petugas memeriksa daftar penumpang pesawat itu . Ketua DPP itu menyinggung syarat 30 persen dukungan bagi caketum . "
            + "Indonesia adalah pasar ketiga dengan total penjualan motor enam juta unit . Pilihan menu di restoran itu beragam . "
            + "Ia tampil dengan balutan gaun mewah . Warga melihat sosok makhluk halus di sana . Rangkaian acara dimulai pukul tujuh . ")
        for framing in ["daftar", "persen", "total", "pilihan", "balutan", "sosok", "rangkaian"] {
            #expect(!keys.contains { $0.hasPrefix(framing + " ") }, "\(framing): \(keys.sorted())")
        }
        #expect(keys.contains("penjualan motor") || keys.contains("gaun mewah"), "\(keys.sorted())")
    }

    @Test("the same nouns still head a term before an adjective: daftar hitam, pilihan terbaik is no term but daftar hitam is")
    func framingNounsBeforeAdjectives() throws {
        let keys = try termKeys("Perusahaan itu masuk daftar hitam pemerintah . Daftar hitam itu diumumkan kemarin . Nama mereka ada di daftar hitam . ")
        #expect(keys.contains { $0.hasPrefix("daftar hitam") }, "\(keys.sorted())")
    }

    /// Held4 news: `Pada generasi ke-10nya ini, Grand New Altis hadir …`, `susuli album ke-5 mereka`.
    @Test("an ordinal ends no term and heads none: generasi ke-12, album ketiga, generasi kedelapan")
    func ordinalsEndNoTerm() throws {
        let keys = try termKeys("Pada generasi ke-10nya ini , mobil itu hadir dengan mesin baru . Band itu merilis album ke-5 mereka . "
            + "Album ketiga mereka laris . Toyota meluncurkan generasi kedelapan sedan itu . Rumah itu dibangun pada abad ke-17 . ")
        let ranked = keys.filter { $0.contains("ke-") || $0.contains("ketiga") || $0.contains("kedelapan") }
        #expect(ranked.isEmpty, "\(keys.sorted())")
    }

    @Test("after a noun of sequence the ordinal numbers it and stays: vaksinasi tahap ketiga")
    func ordinalsAfterSequenceNouns() throws {
        let keys = try termKeys("Gol itu tercipta di babak kedua . Memasuki babak kedua , tim tamu menekan . Vaksinasi tahap ketiga dimulai . Babak kedua berjalan keras . ")
        #expect(keys.contains("tahap ketiga"), "\(keys.sorted())")
    }

    @Test("a light or relational noun inside a phrase opens a phrase of its own: barang-barang hasil penyelundupan, bakteri penyebab penyakit")
    func relationalNounsInsidePhrases() throws {
        let keys = try termKeys("Deni menjelaskan , barang-barang hasil penyelundupan itu disita terlebih dulu . Bakteri penyebab penyakit mati pada suhu tinggi . ")
        #expect(!keys.contains("barang-barang hasil penyelundupan") && !keys.contains("bakteri penyebab penyakit"), "\(keys.sorted())")
    }

    @Test("a common noun before a hyphenated pair of places with an acronym is one term: ketegangan AS-China")
    func acronymPlacePairs() throws {
        let text = "Amerika Serikat (AS) dan China berunding . Protes itu meningkatkan ketegangan AS-China , kata analis ."
        let terms = try extractWithTermbase(text)
        #expect(terms[key: "ketegangan as-china"] != nil, "\(terms.map(\.key))")
        #expect(terms[key: "as-china"] == nil, "\(terms.map(\.key))")
    }

    @Test("a classifier or container counts the term after it: unit sepeda lipat is sepeda lipat; peti kemas stays")
    func classifierHeads() throws {
        let keys = try termKeys("Sisanya merupakan unit sepeda motor baru . Kasus boks barang mewah itu pernah terjadi . Pelabuhan itu menerima peti kemas . ")
        #expect(keys.isSuperset(of: ["sepeda motor", "barang mewah", "peti kemas"]), "\(keys.sorted())")
        #expect(keys.allSatisfy { !$0.hasPrefix("unit ") && !$0.hasPrefix("boks") }, "\(keys.sorted())")
    }

    @Test("an expression of time is no term though it is a compound: akhir pekan, akhir tahun")
    func timeExpressions() throws {
        let keys = try termKeys("Keduanya berolahraga di sekitar Monas setiap akhir pekan . Laporan itu terbit pada akhir tahun . ")
        #expect(!keys.contains("akhir pekan") && !keys.contains("akhir tahun"), "\(keys.sorted())")
    }

    @Test("a noun of sequence keeps its number: kesepakatan fase satu, eliminasi tahap empat")
    func sequenceNumbers() throws {
        let keys = try termKeys("Harapannya kesepakatan fase satu akan rampung sebelum itu . Ia gugur di eliminasi tahap 4 kemarin . ")
        #expect(keys.isSuperset(of: ["kesepakatan fase satu", "eliminasi tahap 4"]), "\(keys.sorted())")
        #expect(!keys.contains("kesepakatan fase") && !keys.contains("eliminasi tahap"), "\(keys.sorted())")
    }

    @Test("a term closed by an acronym keeps the acronym's year: amandemen UUD 1945")
    func acronymYears() throws {
        let keys = try termKeys("Presiden Joko Widodo menolak wacana amandemen UUD 1945 yang terus bergulir . ")
        #expect(keys.contains("amandemen uud 1945") && !keys.contains("amandemen uud"), "\(keys.sorted())")
    }
}

/// The keys of the candidates of `text` written twice (a term recurs), with the shipped termbase.
private func termKeys(_ text: String) throws -> Set<String> {
    Set(try extractWithTermbase(String(repeating: text, count: 2)).map(\.key))
}
