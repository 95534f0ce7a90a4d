import Segmentation
import Testing

@Suite("SourceText: UTF-8 decoding")
struct SourceTextTests {
    @Test("a byte-order mark is stripped and CRLF is kept")
    func bomAndCRLF() throws {
        let text = try SourceText(decoding: [0xEF, 0xBB, 0xBF] + Array("Korut\r\nKorsel".utf8), id: "a.txt")
        #expect(text.text == "Korut\r\nKorsel")
        #expect(text.replacements.isEmpty)
    }

    @Test("invalid UTF-8 names the file, line, column and byte offset")
    func invalidUTF8() {
        //          K  o  r  u  t \n  P  y  o  n  g  y  a  n  g     0xFF
        // offset   0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15  16
        let bytes = Array("Korut\nPyongyang ".utf8) + [0xFF] + Array(" Seoul".utf8)
        #expect(throws: SegmentationError.invalidUTF8(SourceLocation(file: "bad.txt", line: 2, column: 11), byteOffset: 16, byte: 0xFF)) {
            try SourceText(decoding: bytes, id: "bad.txt")
        }
        let error = SegmentationError.invalidUTF8(SourceLocation(file: "bad.txt", line: 2, column: 11), byteOffset: 16, byte: 0xFF)
        #expect(error.description == "bad.txt:2:11: error: invalid UTF-8 (byte 0xFF at byte offset 16); use --lossy to replace bad bytes")
    }

    @Test("the column of a bad byte counts scalars, not bytes, before it")
    func columnAfterNonASCII() {
        // "Zürich " is 7 scalars and 8 bytes: the bad byte is at column 8, byte offset 8.
        let bytes = Array("Zürich ".utf8) + [0xC3, 0x28]
        #expect(throws: SegmentationError.invalidUTF8(SourceLocation(file: "z.txt", line: 1, column: 8), byteOffset: 8, byte: 0xC3)) {
            try SourceText(decoding: bytes, id: "z.txt")
        }
    }

    @Test("--lossy replaces bad bytes with U+FFFD and records where")
    func lossy() throws {
        let text = try SourceText(decoding: Array("Kim ".utf8) + [0xFF] + Array(" Jong".utf8), id: "l.txt", lossy: true)
        #expect(text.text == "Kim \u{FFFD} Jong")
        #expect(text.replacements == [SourceLocation(file: "l.txt", line: 1, column: 5)])
    }

    @Test("a NUL byte marks a binary file")
    func binary() {
        #expect(throws: SegmentationError.binaryInput(SourceLocation(file: "b.bin", line: 1, column: 3), byteOffset: 2)) {
            try SourceText(decoding: [0x41, 0x42, 0x00, 0x43], id: "b.bin")
        }
    }

    @Test("the first NUL byte is found at every place and length, after a byte-order mark too")
    func nulEverywhere() {
        for bom in [false, true] {
            for length in 1...40 {
                for place in 0..<length {
                    var bytes = (0..<length).map { UInt8(0x41 + $0 % 26) }
                    bytes[place] = 0
                    if place + 3 < length { bytes[place + 3] = 0 }   // a later NUL does not count
                    let prefix: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
                    let offset = prefix.count + place
                    #expect(throws: SegmentationError.binaryInput(SourceLocation(file: "n.bin", line: 1, column: place + 1),
                                                                  byteOffset: offset)) {
                        try SourceText(decoding: prefix + bytes, id: "n.bin")
                    }
                }
                // And none where there is none (bytes with the top bit set or 0x01 included).
                let clean = (0..<length).map { UInt8([0x01, 0x80, 0xFF, 0x7F, 0x41][$0 % 5]) }
                do {
                    _ = try SourceText(decoding: (bom ? [0xEF, 0xBB, 0xBF] : []) + clean, id: "c.txt", lossy: true)
                } catch {
                    if case .binaryInput = error { Issue.record("a NUL found where there is none (\(length) bytes)") }
                }
            }
        }
    }

    @Test("empty input and input of white space only are errors", arguments: [
        [UInt8](), [0xEF, 0xBB, 0xBF], Array(" \n\t\r\n".utf8), Array("\u{00A0}\u{200B}".utf8),
    ])
    func empty(bytes: [UInt8]) {
        #expect(throws: SegmentationError.emptyInput(file: "e.txt")) { try SourceText(decoding: bytes, id: "e.txt") }
    }
}
