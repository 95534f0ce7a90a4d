import Segmentation

/// What the letters of a surface tell the unit rules: a hyphen inside, a capital first, all
/// capitals. Read in one pass over the bytes when the surface is ASCII (nearly every token), from
/// the Unicode scalars' classes (``Segmentation/ScalarClasses``) otherwise.
struct SurfaceShape {
    /// Holds a hyphen-minus (`Korut-Rusia`, `e-KTP`).
    var hasHyphen = false
    /// The first scalar is uppercase (as ``Token/isCapitalized``).
    var isCapitalized = false
    /// Two or more letters, all uppercase (`PBB`, `NATO`).
    var isAllCaps = false

    /// The shape of `surface`.
    init(_ surface: String) {
        var surface = surface
        self = surface.withUTF8 { SurfaceShape(utf8: $0) }
    }

    /// The shape of the surface at `range` of `text` (UTF-8 bytes; a token read in place). A
    /// surface of at most 16 bytes with 16 bytes of `text` from its start (nearly every token) is
    /// read in two words at once (``init(ascii:_:)``); others byte by byte.
    init(in text: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        let count = range.count
        if count <= 16, range.lowerBound + 16 <= text.count, let base = text.baseAddress {
            let raw = UnsafeRawPointer(base + range.lowerBound)
            // All ones in the surface's bytes (little-endian), zero after them.
            let bits = UInt64(truncatingIfNeeded: count &* 8)
            let x = raw.loadUnaligned(as: UInt64.self) & (bits >= 64 ? .max : (1 << bits) &- 1)
            let y = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) & (bits >= 128 ? .max : bits <= 64 ? 0 : (1 << (bits - 64)) &- 1)
            if (x | y) & Self.high == 0 {
                self.init(ascii: x, y)
                return
            }
        }
        self.init(utf8: UnsafeBufferPointer(rebasing: text[range]))
    }

    /// The shape of a token's surface kept inline (``Segmentation/Token/inlineSurface``: ASCII,
    /// at most 15 bytes, packed as ``init(ascii:_:)`` reads them): no read of the text.
    init(inline words: SIMD2<UInt64>) {
        self.init(ascii: words.x, words.y)
    }

    /// The shape of an ASCII surface of at most 16 bytes packed little-endian into `x` and `y`
    /// (zero after its last byte), every byte at once: bit 7 of a byte marks it as a capital,
    /// a small letter or a hyphen (each byte is below 0x80, so no sum carries into the next).
    private init(ascii x: UInt64, _ y: UInt64) {
        func capitals(_ v: UInt64) -> UInt64 { ((v &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (v &+ 0x2525_2525_2525_2525)) & Self.high }  // A–Z
        func smalls(_ v: UInt64) -> UInt64 { ((v &+ 0x1F1F_1F1F_1F1F_1F1F) ^ (v &+ 0x0505_0505_0505_0505)) & Self.high }  // a–z
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & Self.high != 0 }
        let upperX = capitals(x), upperY = capitals(y)
        // All capitals, two or more: no small letter, and two capital bits (two in one word, or one in each).
        let twoCapitals = upperX & (upperX &- 1) != 0 || upperY & (upperY &- 1) != 0 || (upperX != 0 && upperY != 0)
        // A hyphen is a zero byte after XOR with it (the zero bytes after the surface become 0x2D).
        self.init(hasHyphen: hasZeroByte(x ^ 0x2D2D_2D2D_2D2D_2D2D) || hasZeroByte(y ^ 0x2D2D_2D2D_2D2D_2D2D),
                  isCapitalized: upperX & 0x80 != 0, isAllCaps: twoCapitals && smalls(x) | smalls(y) == 0)
    }

    /// Bit 7 of every byte.
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// The shape of the surface whose UTF-8 bytes are `bytes`, byte by byte.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var letters = 0, upper = 0, hyphen = false
        for byte in bytes {
            if byte >= 0x80 {
                self.init(scalarsOf: bytes)
                return
            }
            if byte >= 0x41 && byte <= 0x5A { letters += 1; upper += 1 }
            else if byte >= 0x61 && byte <= 0x7A { letters += 1 }
            else if byte == 0x2D { hyphen = true }
        }
        self.init(hasHyphen: hyphen, isCapitalized: bytes.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false,
                  isAllCaps: letters >= 2 && upper == letters)
    }

    private init(hasHyphen: Bool, isCapitalized: Bool, isAllCaps: Bool) {
        self.hasHyphen = hasHyphen
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    /// The shape of a surface that is not ASCII, from its scalars' classes (``ScalarClasses``:
    /// the same Unicode properties, from a table). An ill-formed sequence counts as U+FFFD, as
    /// `String(decoding:as:)` would read it.
    private init(scalarsOf bytes: UnsafeBufferPointer<UInt8>) {
        hasHyphen = bytes.contains(0x2D)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var letters = 0, upper = 0, first = true
        while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .error: scalar = "\u{FFFD}"
            case .emptyInput:
                isAllCaps = letters >= 2 && upper == letters
                return
            }
            let classes = ScalarClasses.of(scalar)
            if first { isCapitalized = classes & ScalarClasses.uppercase != 0; first = false }
            if classes & ScalarClasses.alphabetic != 0 {
                letters += 1
                if classes & ScalarClasses.uppercase != 0 { upper += 1 }
            }
        }
    }
}
