@testable import Terminology
import Testing

@Suite("MentionFinder.bytes(_:at:hold:): affixes matched by bytes")
struct AffixBytesTests {
    @Test("an affix matches where its bytes are, never past the end, nor before the start")
    func matches() {
        let word = Array("kelautan".utf8)
        word.withUnsafeBufferPointer { bytes in
            #expect(MentionFinder.bytes(bytes, at: 0, hold: "ke"))
            #expect(MentionFinder.bytes(bytes, at: 6, hold: "an"))
            #expect(MentionFinder.bytes(bytes, at: 0, hold: ""))
            #expect(!MentionFinder.bytes(bytes, at: 0, hold: "pe"))
            #expect(!MentionFinder.bytes(bytes, at: 7, hold: "an"))
            #expect(!MentionFinder.bytes(bytes, at: -1, hold: "k"))
            #expect(!MentionFinder.bytes(bytes, at: 0, hold: "kelautanan"))
            // A long affix (not a small string) is compared by its bytes too.
            #expect(MentionFinder.bytes(bytes, at: 0, hold: String(repeating: "kelautan", count: 1)))
        }
        let long = Array("pemberdayaan-masyarakat".utf8)
        long.withUnsafeBufferPointer { bytes in
            #expect(MentionFinder.bytes(bytes, at: 0, hold: "pemberdayaan-masya"))
            #expect(!MentionFinder.bytes(bytes, at: 0, hold: "pemberdayaan-masyu"))
        }
    }
}
