import Terminology
import Testing

/// Name rules measured on news that is not ours (idner-news-2k style sentences, retyped here).
@Suite("MentionFinder: name boundaries on Indonesian news")
struct MentionFinderTests {
    @Test("honorifics without a full stop, ranks and occupations introduce a person", arguments: [
        ("Penghargaan diberikan oleh Prof Bambang Hidayat di Bandung.", "bambang hidayat"),
        ("Pesawat itu membawa Ibu Negara Ny Ani Yudhoyono ke Halim.", "ani yudhoyono"),
        ("Jokowi mengusulkan nama baru , yakni Komjen Badrodin Haiti kemarin.", "badrodin haiti"),
        ("Ilmuwan NASA William Stefanov menyebut gambar itu penting.", "william stefanov"),
        ("Wasekjen PDI-P Ahmad Basarah sebelumnya mengatakan hal itu.", "ahmad basarah"),
    ])
    func honorificsAndRanks(text: String, person: String) throws {
        let terms = try extract(text)
        #expect(terms[key: person]?.type == .person, "\(terms.map(\.key))")
    }
}
