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
}
