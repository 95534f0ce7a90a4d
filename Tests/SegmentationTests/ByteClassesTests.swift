@_spi(Testing) import Segmentation
import Testing

/// The word loop classifies short all-alphanumeric segments without a loop; it must give what
/// OR-ing the byte table gives, and decline every other segment.
@Suite("Byte classes: the loop-free classification of letters and digits equals the table")
struct ByteClassesTests {
    /// Bytes that may follow a segment in the 16 the fast path loads.
    static let paddings: [[UInt8]] = [Array(repeating: 0x41, count: 16), Array(repeating: 0xFF, count: 16),
                                      Array("aZ9.-".utf8) + Array(repeating: 0x80, count: 11), []]

    @Test("every segment of letters and digits of 1 to 16 bytes: fast path taken, same classes")
    func alphanumeric() throws {
        let segmenter = try Segmenter()
        // Every letter and digit, and every case change, at every position and length.
        let alphabet = Array("azAZbYmM09qQ5".utf8)
        let texts = ["PyongyangKorea", "WhatsAppGroupXY", "KCNA", "kata", "Pilpres2024", "e5", "a", "Z", "0",
                     "abcdefghijklmnop", "ABCDEFGHIJKLMNOP", "aaaaaaaBcccccccc", "aaaaaaaaBccccccc", "AAAAAAAbCCCCCCCC",
                     "0123456789abcdef", "zZzZzZzZzZzZzZzZ"].map { Array($0.utf8) }
            + (0..<alphabet.count).flatMap { shift in
                (1...16).map { length in (0..<length).map { alphabet[($0 * 7 + shift) % alphabet.count] } }
            }
        for text in texts {
            for padding in Self.paddings {
                let (fast, table) = segmenter.segmentClasses(text, padding: padding)
                if text.count + padding.count < 16 { continue }
                #expect(fast == table, "\(String(decoding: text, as: UTF8.self)) + \(padding.prefix(2))")
            }
        }
    }

    @Test("segments with any other byte are declined")
    func declined() throws {
        let segmenter = try Segmenter()
        let texts = [".", ",", "(", "a.b", "fin.co.id", "Jong-un", "x@y", "1/2", "don't", "a_b", "ab ", "\t",
                     "Ärzte", "kata\u{2019}", "@", "abcdefghijklmno.", "abcdefghijklmnop."].map { Array($0.utf8) }
            + [[0x00], [0x61, 0x00], [0x7F], [0x5B], [0x60], [0x7B], [0x40], [0x2F], [0x3A]]
        for text in texts {
            for padding in Self.paddings {
                let (fast, table) = segmenter.segmentClasses(text, padding: padding)
                #expect(fast == nil, "\(text) classified as \(String(describing: fast)), table \(table)")
            }
        }
    }
}
