@_implementationOnly import CICU

/// CLDR display names of countries and territories, languages and currencies in Indonesian (`id`)
/// and English (`en`), read from the system ICU at run time.
///
/// Countries come from `uloc_getISOCountries` named with `uldn_regionDisplayName` (full and
/// CLDR's short forms: `AS`, `UK`); languages from `uloc_getISOLanguages` and
/// `uldn_languageDisplayName`; currencies from `ucurr_openISOCurrencies` and `ucurr_getName`.
/// Codes that CLDR does not name in both languages are left out. Building the table costs a few
/// milliseconds (about 1,000 ICU calls); build it once.
public struct LocaleNames: Sendable {
    /// Every name set, sorted by kind, then code.
    public let names: [LocaleName]

    /// Reads the names from ICU; fails only if ICU cannot open its display-name data.
    public init() throws(SegmentationError) {
        let idFull = try DisplayNames(locale: "id", short: false)
        let idShort = try DisplayNames(locale: "id", short: true)
        let enFull = try DisplayNames(locale: "en", short: false)
        let enShort = try DisplayNames(locale: "en", short: true)
        var names: [LocaleName] = []
        for code in Self.cStrings(cicu_uloc_getISOCountries()) {
            let indonesian = Self.forms(idFull.region(code), idShort.region(code), code: code)
            let english = Self.forms(enFull.region(code), enShort.region(code), code: code)
            guard !indonesian.isEmpty, !english.isEmpty else { continue }
            names.append(LocaleName(kind: .country, code: code, indonesian: indonesian, english: english))
        }
        for code in Self.cStrings(cicu_uloc_getISOLanguages()) {
            let indonesian = Self.forms(idFull.language(code), nil, code: code)
            let english = Self.forms(enFull.language(code), nil, code: code)
            guard !indonesian.isEmpty, !english.isEmpty else { continue }
            names.append(LocaleName(kind: .language, code: code, indonesian: indonesian, english: english))
        }
        for code in Self.currencyCodes() {
            let indonesian = Self.forms(Self.currencyName(code, locale: "id"), nil, code: code)
            let english = Self.forms(Self.currencyName(code, locale: "en"), nil, code: code)
            guard !indonesian.isEmpty, !english.isEmpty else { continue }
            names.append(LocaleName(kind: .currency, code: code, indonesian: indonesian, english: english))
        }
        self.names = names.sorted { ($0.kind.rawValue, $0.code) < ($1.kind.rawValue, $1.code) }
    }

    /// The distinct forms of a name: full, short, and the full name without a parenthesized part
    /// (`Myanmar (Burma)` → `Myanmar`). A name equal to its code means CLDR has none.
    private static func forms(_ full: String?, _ short: String?, code: String) -> [String] {
        guard let full, !full.isEmpty, full != code else { return [] }
        var forms = [full]
        if let short, !short.isEmpty { forms.append(short) }
        if let open = full.firstIndex(of: "("), open > full.startIndex {
            forms.append(String(full[..<open]).trimmingSpaces())
        }
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }

    private static func cStrings(_ list: UnsafePointer<UnsafePointer<CChar>?>?) -> [String] {
        guard var cursor = list else { return [] }
        var out: [String] = []
        while let item = cursor.pointee {
            out.append(String(cString: item))
            cursor += 1
        }
        return out
    }

    private static func currencyCodes() -> [String] {
        var status = U_ZERO_ERROR
        guard let enumeration = cicu_ucurr_openCommonISOCurrencies(&status), cicu_failure(status) == 0 else { return [] }
        defer { cicu_uenum_close(enumeration) }
        var out: [String] = []
        while true {
            var length: Int32 = 0
            guard let item = cicu_uenum_next(enumeration, &length, &status), cicu_failure(status) == 0 else { break }
            out.append(String(cString: item))
        }
        return out.sorted()
    }

    private static func currencyName(_ code: String, locale: String) -> String? {
        let units = Array(code.utf16) + [0]
        var status = U_ZERO_ERROR
        var isChoice: UBool = 0
        var length: Int32 = 0
        guard let name = cicu_ucurr_getName(units, locale, cicu_ucurr_longName(), &isChoice, &length, &status),
              cicu_failure(status) == 0, status != U_USING_DEFAULT_WARNING else { return nil }
        return string(from: Array(UnsafeBufferPointer(start: name, count: Int(length))))
    }
}

/// One open `ULocaleDisplayNames` (stored as an `OpaquePointer`), closed when released.
private final class DisplayNames {
    private let handle: OpaquePointer

    init(locale: String, short: Bool) throws(SegmentationError) {
        var status = U_ZERO_ERROR
        let opened = cicu_uldn_open(locale, short ? 1 : 0, &status)
        if let error = icuError("uldn_openForContext", status) { throw .icu(error) }
        guard let opened else {
            throw .icu(ICUError(function: "uldn_openForContext", code: 2, name: "U_MISSING_RESOURCE_ERROR"))
        }
        handle = opened
    }

    deinit { cicu_uldn_close(handle) }

    func region(_ code: String) -> String? {
        call { cicu_uldn_regionDisplayName(handle, code, $0, $1, &$2) }
    }

    func language(_ code: String) -> String? {
        call { cicu_uldn_languageDisplayName(handle, code, $0, $1, &$2) }
    }

    private func call(_ body: (UnsafeMutablePointer<UInt16>?, Int32, inout UErrorCode) -> Int32) -> String? {
        var buffer = [UInt16](repeating: 0, count: 128)
        var status = U_ZERO_ERROR
        let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress, 128, &status) }
        guard cicu_failure(status) == 0, length > 0, length <= 128 else { return nil }
        return string(from: Array(buffer[..<Int(length)]))
    }
}

private extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
