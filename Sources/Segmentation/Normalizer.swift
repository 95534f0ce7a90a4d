@_implementationOnly import CICU

/// Makes the lookup keys that stand beside every surface form; it never rewrites text.
///
/// - ``key(_:)``: NFKC_Casefold (ICU `unorm2_getNFKCCasefoldInstance`) plus folding of
///   typographic quotes, apostrophes, dashes and no-break spaces (``TypographicFolding``).
/// - ``accentFoldedKey(_:)``: the key through the ICU transliterator
///   `Any-Latin; Latin-ASCII`, for matching loanword and romanized spellings (`Moskva`).
/// - ``skeleton(_:)``: ICU's confusable skeleton (`uspoof_getSkeletonUTF8`), equal for
///   mixed-script look-alikes.
///
/// ASCII input takes an exact fast path (NFKC_Casefold of ASCII is ASCII lowercasing), so ICU
/// is called only for text that holds other scalars. Not thread-safe: it owns an ICU
/// transliterator and spoof checker; give each thread its own `Normalizer`.
public final class Normalizer {
    private let nfkcCasefold: OpaquePointer          // const UNormalizer2 *, ICU-owned singleton
    private var transliterator: UnsafeMutableRawPointer?  // UTransliterator *, opened on first use
    private var spoofChecker: OpaquePointer?         // USpoofChecker *, opened on first use

    /// The transliterator ID behind ``accentFoldedKey(_:)``.
    public static let accentFoldingRules = "Any-Latin; Latin-ASCII"

    /// Creates a normalizer; the NFKC_Casefold instance is ICU's process-wide singleton.
    public init() throws(SegmentationError) {
        var status = U_ZERO_ERROR
        let instance = cicu_unorm2_getNFKCCasefoldInstance(&status)
        if let error = icuError("unorm2_getNFKCCasefoldInstance", status) { throw .icu(error) }
        guard let instance else {
            throw .icu(ICUError(function: "unorm2_getNFKCCasefoldInstance", code: 5, name: "U_MISSING_RESOURCE_ERROR"))
        }
        nfkcCasefold = instance
    }

    deinit {
        if let transliterator { cicu_utrans_close(transliterator.assumingMemoryBound(to: UTransliterator?.self)) }
        if let spoofChecker { cicu_uspoof_close(spoofChecker) }
    }

    /// The matching key of `surface`: NFKC_Casefold plus typographic folding.
    ///
    /// `Korea\u{00A0}Utara` → `korea utara`, `Lavrov’s` → `lavrov's`, `ﬁnal` → `final`.
    /// Lengths may differ from the surface: never use a key's offsets for the text.
    public func key(_ surface: String) -> String {
        var surface = surface
        return surface.withUTF8 { key(utf8: $0) }
    }

    /// The matching key of a UTF-8 slice; see ``key(_:)``.
    public func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isASCII(bytes) {
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (index, byte) in bytes.enumerated() {
                    out[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        guard var units = utf16(of: bytes) else { return String(decoding: bytes, as: UTF8.self) }
        units = normalized(units) ?? units
        for index in units.indices { units[index] = TypographicFolding.fold(units[index]) }
        return string(from: units)
    }

    /// The key with accents and non-Latin scripts folded to ASCII (`Any-Latin; Latin-ASCII`).
    ///
    /// `Zürich` → `zurich`, `Москва` → `moskva`. Pass a ``key(_:)`` for a casefolded result.
    public func accentFoldedKey(_ key: String) -> String {
        if key.utf8.isASCII { return key }
        guard let transliterator = openTransliterator() else { return key }
        var key = key
        guard let units = key.withUTF8({ utf16(of: $0) }) else { return key }
        var capacity = Int32(units.count * 4 + 16)
        while true {
            var buffer = units + Array(repeating: 0, count: Int(capacity) - units.count)
            var length = Int32(units.count)
            var limit = length
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { pointer in
                cicu_utrans_transUChars(transliterator.assumingMemoryBound(to: UTransliterator?.self), pointer.baseAddress, &length, capacity, 0, &limit, &status)
            }
            if status == U_BUFFER_OVERFLOW_ERROR { capacity = length + 16; continue }
            if cicu_failure(status) != 0 { return key }
            return string(from: Array(buffer[..<Int(length)]))
        }
    }

    /// ICU's confusable skeleton of `text` (`uspoof_getSkeletonUTF8`): two strings that look
    /// alike (Latin `a` and Cyrillic `а`) have equal skeletons. Falls back to `text` on failure.
    public func skeleton(_ text: String) -> String {
        if spoofChecker == nil {
            var status = U_ZERO_ERROR
            let checker = cicu_uspoof_open(&status)
            guard cicu_failure(status) == 0, let checker else { return text }
            spoofChecker = checker
        }
        guard let spoofChecker else { return text }
        var input = text
        return input.withUTF8 { bytes -> String in
            var capacity = Int32(bytes.count * 3 + 16)
            while true {
                var status = U_ZERO_ERROR
                var out = [UInt8](repeating: 0, count: Int(capacity))
                let length = out.withUnsafeMutableBufferPointer { pointer in
                    bytes.withMemoryRebound(to: CChar.self) { source in
                        pointer.withMemoryRebound(to: CChar.self) { dest in
                            cicu_uspoof_getSkeletonUTF8(spoofChecker, source.baseAddress, Int32(bytes.count),
                                                        dest.baseAddress, capacity, &status)
                        }
                    }
                }
                if status == U_BUFFER_OVERFLOW_ERROR { capacity = length + 1; continue }
                if cicu_failure(status) != 0 { return text }
                return String(decoding: out[..<Int(length)], as: UTF8.self)
            }
        }
    }

    // MARK: ICU plumbing (UTF-16 only in these small, bounded buffers)

    private func openTransliterator() -> UnsafeMutableRawPointer? {
        if let transliterator { return transliterator }
        let id = Array(Self.accentFoldingRules.utf16)
        var status = U_ZERO_ERROR
        let opened = id.withUnsafeBufferPointer { cicu_utrans_openU($0.baseAddress, Int32($0.count), cicu_utrans_forward(), &status) }
        guard cicu_failure(status) == 0, let opened else { return nil }
        transliterator = UnsafeMutableRawPointer(opened)
        return transliterator
    }

    private func normalized(_ units: [UInt16]) -> [UInt16]? {
        var capacity = units.count * 3 + 8
        while true {
            var status = U_ZERO_ERROR
            var out = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeBufferPointer { source in
                out.withUnsafeMutableBufferPointer { dest in
                    cicu_unorm2_normalize(nfkcCasefold, source.baseAddress, Int32(source.count),
                                          dest.baseAddress, Int32(capacity), &status)
                }
            }
            if status == U_BUFFER_OVERFLOW_ERROR { capacity = Int(length) + 1; continue }
            if cicu_failure(status) != 0 { return nil }
            out.removeSubrange(Int(length)...)
            return out
        }
    }
}

/// UTF-8 → UTF-16 with ICU's `u_strFromUTF8`; nil for invalid input.
func utf16(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
    if bytes.isEmpty { return [] }
    var out = [UInt16](repeating: 0, count: bytes.count + 1)
    var length: Int32 = 0
    var status = U_ZERO_ERROR
    out.withUnsafeMutableBufferPointer { dest in
        bytes.withMemoryRebound(to: CChar.self) { source in
            _ = cicu_u_strFromUTF8(dest.baseAddress, Int32(dest.count), &length, source.baseAddress, Int32(source.count), &status)
        }
    }
    guard cicu_failure(status) == 0 else { return nil }
    out.removeSubrange(Int(length)...)
    return out
}

/// UTF-16 → String with ICU's `u_strToUTF8WithSub` (lone surrogates become U+FFFD).
func string(from units: [UInt16]) -> String {
    if units.isEmpty { return "" }
    let capacity = units.count * 3 + 1
    return String(unsafeUninitializedCapacity: capacity) { out in
        var length: Int32 = 0
        var status = U_ZERO_ERROR
        units.withUnsafeBufferPointer { source in
            out.withMemoryRebound(to: CChar.self) { dest in
                _ = cicu_u_strToUTF8WithSub(dest.baseAddress, Int32(capacity), &length, source.baseAddress,
                                            Int32(source.count), 0xFFFD, nil, &status)
            }
        }
        return cicu_failure(status) == 0 ? Int(length) : 0
    }
}

/// Converts a failing `UErrorCode` into an ``ICUError``; warnings and success give nil.
func icuError(_ function: String, _ status: UErrorCode) -> ICUError? {
    guard cicu_failure(status) != 0 else { return nil }
    let name = cicu_errorName(status).map { String(cString: $0) } ?? "U_ERROR"
    return ICUError(function: function, code: Int32(status.rawValue), name: name)
}

/// Whether every byte is ASCII (8 bytes at a time).
@inline(__always)
func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    if let base = UnsafeRawPointer(bytes.baseAddress) {
        while index + 8 <= count {
            if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            index += 8
        }
    }
    while index < count {
        if bytes[index] >= 0x80 { return false }
        index += 1
    }
    return true
}

extension String.UTF8View {
    /// Whether the string is ASCII; uses the contiguous UTF-8 storage when there is one.
    var isASCII: Bool {
        withContiguousStorageIfAvailable { Segmentation.isASCII($0) } ?? allSatisfy { $0 < 0x80 }
    }
}
