import Foundation
@_spi(Testing) import Segmentation
import TestSupport
import Testing

/// The paragraph shortcut for sentence breaks must give exactly ICU's full-pass boundaries.
@Suite("Sentence breaks: the paragraph shortcut equals ICU's full pass")
struct SentenceShortcutTests {
    static let tricky = [
        "", "a", "\n", "\n\n", "Halo.", "Halo.\n", "Halo. \n", "Halo.)\n", "Halo. )\n", "Halo. \"\n",
        "Dr. Ali datang. Ia pergi.\n", "Harga 11.000 rupiah.\nLalu?\n", "pertama.Ini kedua.", "Apa?!  Ya!\r\nTidak.\rYa.",
        "“Kami datang.” Lalu pergi.\n", "Kata: \"ya\" . dan\n", "x. ( y\n", "akhir...\n\nawal", "A.\u{2028}B. c\u{2029}D",
        "Tiga\u{0085}Empat. Lima", "Titik.\u{200B} Lanjut.\u{0301} Lagi", "Rp1.500,00. Selesai", "\u{FEFF}Mulai. Akhir.",
        "  \"Halo.\"  \n  Ya.  ", "www.tribunnews.com. Lalu", "3.\n4.\n5. 6.", "Satu。二つ。", "a.\u{00A0}B", "x!\ty\n",
        "pukul 02.45. Lalu 3.5 juta.\n", "nilai .5 dan 1.)2 lalu 3. 4\n", "a.\u{0301}5 b!5 c.\u{0661} d.x5",
        "Rp1.500,00.7 Ya", "1.000.000 orang. Dua.\n", "Satu. Dua! Tiga?  Empat.) Lima.\" Enam", "U.S. Army. A. B",
        "Ya.Tidak. \u{0301}Lalu. \u{200B}Dia. Élan? É", "Dr. Ali dan Jl. Sudirman. lalu? dia. Kata\r\nBaru. X",
    ]

    static func texts() throws -> [String] {
        var texts = tricky
        for url in Repository.seedPaths() { texts.append(try String(contentsOf: url, encoding: .utf8)) }
        struct Case: Decodable { var text: String }
        for file in ["data/sastrawi-tests/sentence_split_cases.jsonl", "data/sastrawi-tests/tokenizer_cases.jsonl"] {
            texts += try Repository.jsonLines(file, as: Case.self).map(\.text)
        }
        return texts
    }

    @Test("the shortcut is on for the root rules")
    func enabled() throws {
        #expect(try Segmenter().usesParagraphShortcut)
    }

    @Test("boundaries equal the full ICU pass on seeds, peer cases and edge cases")
    func boundaries() throws {
        let segmenter = try Segmenter()
        for text in try Self.texts() {
            #expect(try segmenter.sentenceBoundaries(of: text, shortcut: true) == segmenter.sentenceBoundaries(of: text, shortcut: false),
                    "\(text.debugDescription.prefix(80))")
        }
    }

    @Test("documents are the same with the shortcut fed from the word loop and without it")
    func documents() throws {
        let fast = try Segmenter()
        let full = try Segmenter()
        full.usesParagraphShortcut = false
        for text in try Self.texts() {
            let a = try fast.document(text, id: "t"), b = try full.document(text, id: "t")
            #expect(a.sentences == b.sentences && a.tokens == b.tokens, "\(text.debugDescription.prefix(80))")
        }
    }
}
