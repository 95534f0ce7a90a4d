/// Makes strings of at most 15 ASCII bytes directly in the standard library's small-string
/// form: two words, the bytes in order, then a discriminator byte (`0xE0 | count`: immortal,
/// small, ASCII). Most tokens are such strings, and `String(unsafeUninitializedCapacity:…)`
/// costs about 120 instructions each where this costs about 15.
///
/// The layout is the standard library's own (`_SmallString`, `@frozen`), not a public
/// promise, so ``isAvailable`` checks it once against strings the standard library made;
/// where it differs, callers take the public initializer instead. Never used for other bytes.
@_spi(Testing) public enum SmallASCIIString {
    /// The most bytes a small string holds.
    public static let capacity = 15

    /// Whether strings made by ``make(_:count:)`` equal, bit for bit, those the standard
    /// library makes from the same bytes (checked for every length and every ASCII byte).
    public static let isAvailable: Bool = {
        guard MemoryLayout<String>.size == 16, MemoryLayout<(UInt64, UInt64)>.size == 16 else { return false }
        var samples: [[UInt8]] = (1...capacity).map { length in (0..<length).map { UInt8(0x41 + $0 * 3) } }
        samples.append(Array(0..<15))
        samples.append(Array(15..<30))
        for start in stride(from: 30, to: 128, by: 15) { samples.append(Array(UInt8(start)..<UInt8(min(start + 15, 128)))) }
        for bytes in samples {
            let expected = bytes.withUnsafeBufferPointer { buffer in
                String(unsafeUninitializedCapacity: buffer.count) { out in
                    _ = out.initialize(from: buffer)
                    return buffer.count
                }
            }
            let made = bytes.withUnsafeBufferPointer { make(words(of: $0, 0, $0.count), count: $0.count) }
            let expectedBits = unsafeBitCast(expected, to: (UInt64, UInt64).self)
            let madeBits = unsafeBitCast(made, to: (UInt64, UInt64).self)
            guard expectedBits == madeBits, made == expected, made.utf8.count == bytes.count,
                  Array(made.utf8) == bytes, made.hashValue == expected.hashValue else { return false }
        }
        return true
    }()

    /// The string of `count` ASCII bytes packed little-endian into `words` (zero beyond `count`).
    @inline(__always)
    public static func make(_ words: SIMD2<UInt64>, count: Int) -> String {
        unsafeBitCast((words.x, words.y | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56), to: String.self)
    }

    /// The bits of the string ``make(_:count:)`` returns, for storing without a `String`
    /// (a ``Token`` keeps its short strings so: no retain or release call for them).
    @inline(__always)
    static func bits(_ words: SIMD2<UInt64>, count: Int) -> SIMD2<UInt64> {
        SIMD2(words.x, words.y | (0xE0 | UInt64(truncatingIfNeeded: count)) << 56)
    }

    /// `bits` (of a string from ``bits(_:count:)``) with ASCII `A`–`Z` lowercased.
    @inline(__always)
    static func lowercased(bits: SIMD2<UInt64>) -> SIMD2<UInt64> {
        // The discriminator byte is no ASCII: take it out while lowercasing.
        let discriminator = bits.y & 0xFF00_0000_0000_0000
        let lower = lowercased(SIMD2(bits.x, bits.y & 0x00FF_FFFF_FFFF_FFFF))
        return SIMD2(lower.x, lower.y | discriminator)
    }

    /// The string whose bits are `bits` (from ``bits(_:count:)`` or ``bits(of:)``).
    @inline(__always)
    static func string(_ bits: SIMD2<UInt64>) -> String {
        unsafeBitCast((bits.x, bits.y), to: String.self)
    }

    /// The bits of `string` when it is an ASCII string of at most 15 bytes in the small form
    /// (the discriminator nibble `0xE`: immortal, ASCII, small), else nil; always nil when
    /// ``isAvailable`` is false.
    @inline(__always)
    static func bits(of string: String) -> SIMD2<UInt64>? {
        guard isAvailable else { return nil }
        let raw = unsafeBitCast(string, to: (UInt64, UInt64).self)
        return raw.1 >> 60 == 0xE ? SIMD2(raw.0, raw.1) : nil
    }

    /// The bytes `[start, end)` (at most 15) packed little-endian into two words, zero beyond.
    @inline(__always)
    public static func words(of bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> SIMD2<UInt64> {
        let count = end - start
        guard let base = bytes.baseAddress, count > 0 else { return .zero }
        if start + 16 <= bytes.count { return loadWords(base + start, count: count) }
        var words = SIMD2<UInt64>(0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + start, count: count)) }
        return words
    }

    /// The `count` bytes (1 to 16) at `bytes` packed little-endian into two words, zero beyond:
    /// two unaligned loads and ``byteMask(count:)``, without a branch on `count` (token lengths
    /// vary too much for a branch to be predicted). The 16 bytes from `bytes` must be readable.
    @inline(__always)
    public static func loadWords(_ bytes: UnsafePointer<UInt8>, count: Int) -> SIMD2<UInt64> {
        UnsafeRawPointer(bytes).loadUnaligned(as: SIMD2<UInt64>.self) & byteMask(count: count)
    }

    /// All ones in the first `count` bytes (1 to 16) of two little-endian words, zero beyond;
    /// selects instead of branches.
    @inline(__always)
    public static func byteMask(count: Int) -> SIMD2<UInt64> {
        let bits = UInt64(truncatingIfNeeded: 8 &* count)   // 8 to 128
        // Masking shifts (`&>>`, modulo 64), then all ones (x) or zero (y) by arithmetic, not a
        // select, which the compiler may turn into a branch: `0 &- n` is all ones for n = 1.
        let x = (UInt64.max &>> ((64 &- bits) & 63)) | (0 &- (bits &>> 6))        // all ones from 64 bits
        let y = (UInt64.max &>> ((128 &- bits) & 63)) & (0 &- ((bits &- 1) &>> 6)) // zero up to 64 bits
        return SIMD2(x, y)
    }

    /// `words` with ASCII `A`–`Z` lowercased, all eight bytes of each word at once.
    @inline(__always)
    public static func lowercased(_ words: SIMD2<UInt64>) -> SIMD2<UInt64> {
        // (b + 0x3F) sets bit 7 for b >= 'A', (b + 0x25) for b > 'Z'; only ASCII bytes come here.
        let x = words.x, y = words.y
        let upperX = ((x &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (x &+ 0x2525_2525_2525_2525)) & 0x8080_8080_8080_8080
        let upperY = ((y &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (y &+ 0x2525_2525_2525_2525)) & 0x8080_8080_8080_8080
        return SIMD2(x | (upperX >> 2), y | (upperY >> 2))
    }
}
