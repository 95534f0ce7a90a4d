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

    @Test("byte masks select exactly the first count bytes, 1 to 16, and loads ignore the rest")
    func byteMasks() {
        for count in 1...16 {
            let mask = SmallASCIIString.byteMask(count: count)
            let bytes = withUnsafeBytes(of: mask) { Array($0) }
            #expect(bytes == Array(repeating: 0xFF, count: count) + Array(repeating: 0, count: 16 - count), "count \(count)")
            let text = Array("ABCDEFGHIJKLMNOP".utf8) + [0xFF, 0xFF]
            let words = text.withUnsafeBufferPointer { SmallASCIIString.loadWords($0.baseAddress!, count: count) }
            #expect(withUnsafeBytes(of: words) { Array($0) } == Array(text[0..<count]) + Array(repeating: 0, count: 16 - count))
        }
    }
}
