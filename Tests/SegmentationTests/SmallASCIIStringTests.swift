@_spi(Testing) import Segmentation
import Testing

@Suite("SmallASCIIString: short ASCII strings made in the small-string form")
struct SmallASCIIStringTests {
    @Test("the standard library's small-string layout is the one assumed (else the fast path is off)")
    func available() {
        #expect(SmallASCIIString.isAvailable)
    }

    @Test("every length and offset gives the string the standard library makes, lowercased too")
    func equalsStandardLibrary() {
        // Offsets near the end take the copying path, the others the two-load path.
        let text = Array("Kim Jong-un TIBA di Pyongyang, 02.45 WIB; x".utf8)
        text.withUnsafeBufferPointer { bytes in
            for start in 0..<bytes.count {
                for end in start + 1 ... min(start + SmallASCIIString.capacity, bytes.count) {
                    let expected = String(decoding: bytes[start..<end], as: UTF8.self)
                    let words = SmallASCIIString.words(of: bytes, start, end)
                    let made = SmallASCIIString.make(words, count: end - start)
                    #expect(made == expected)
                    #expect(Array(made.utf8) == Array(bytes[start..<end]))
                    let lower = SmallASCIIString.make(SmallASCIIString.lowercased(words), count: end - start)
                    #expect(lower == expected.lowercased())
                }
            }
        }
    }
}
