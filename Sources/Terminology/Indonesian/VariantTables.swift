import Foundation

/// The Indonesian language data behind variant clustering: romanization pairs, synonyms, words that
/// may be inserted into a term without changing it, and the connectors skipped when initials are
/// read. Facts about the language and about romanizing Russian and Korean names; every entry is
/// lowercase and general (no entity of any particular text).
public struct VariantTables: Sendable {
    /// Spelling rewrites that make one romanization key of a name word, applied in order to every
    /// word of a capitalized name: English, German and Indonesian renderings of Russian and Korean
    /// names differ by these (`Yury`/`Yuri`, `Sergey`/`Sergei`, `Aleksey`/`Alexei`, doubled letters).
    public var romanization: [(from: String, to: String)] = [
        ("ks", "x"), ("kh", "h"), ("ey", "ei"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("ph", "f"),
        ("w", "v"), ("oo", "u"), ("ou", "u"), ("dj", "j"),
    ] {
        didSet { romanizationIsASCII = Self.isASCII(romanization) }
    }
    /// Whether every rule of ``romanization`` is ASCII (the shipped ones are), which lets
    /// ``romanized(_:)`` rewrite bytes.
    private var romanizationIsASCII = true

    /// Groups of words that name the same thing inside a term (`asisten`/`ajudan` "aide"); the
    /// first word of a group stands for it in the key.
    public var synonyms: [[String]] = [
        ["asisten", "ajudan", "pembantu"], ["penasihat", "penasehat"],
        ["pimpinan", "dipimpin"], ["sekjen", "sekretaris jenderal"],
        // "trade" as a modifier: `kesepakatan dagang` = `kesepakatan perdagangan`, `neraca dagang` = `neraca perdagangan`.
        ["perdagangan", "dagang"],
    ]

    /// One-word blends among ``synonyms`` (`dirut` of `direktur utama`; the termbase's, added by
    /// ``VariantClusterer/init(options:tables:language:statistics:library:)``): a form with one is the
    /// lesser spelling of the form that spells it out.
    public var blends: Set<String> = []

    /// Words whose insertion inside a term (never first or last) does not make another term (`kemitraan strategis yang
    /// komprehensif`, `sanksi baru PBB`).
    public var insertable: Set<String> = ["yang", "baru", "terbaru"]

    /// Balinese words of birth order, caste and gender written before a person's own name (`I Gusti
    /// Ngurah Askhara`, `Ida Bagus`, `Ni Luh`, `I Wayan`, `Cokorda`): a name of only these and one word
    /// more is that word's person.
    public var balineseNameWords: Set<String> = [
        "i", "ni", "ida", "bagus", "ayu", "gusti", "ngurah", "agung", "anak", "dewa", "desak", "cokorda", "tjokorda",
        "wayan", "putu", "gede", "gde", "made", "kadek", "nengah", "nyoman", "komang", "ketut", "luh",
    ]

    /// Connectors left out when initials are read (`Organisasi untuk Kerja Sama …`).
    public var initialsConnectors: Set<String> = ["dan", "untuk", "di", "dari", "of", "and", "for", "the", "de", "la", "yang"]

    /// The shortest word a typo may be found in; shorter words never count as misspelled.
    public var minimumTypoWordLength = 4

    /// The Zipf frequency above which a word is a word in its own right: two such words that
    /// differ by a letter (`peran`/`perang`) are never one word misspelled.
    public var commonWordZipf = 3.5

    /// The tables as shipped.
    public init() {}

    /// The romanization key of one lowercase word.
    public func romanized(_ word: String) -> String {
        romanizationIsASCII && Self.isBelowCombiningMarks(word) ? Self.romanizedBytes(word, romanization) : romanizedByCharacters(word)
    }

    /// ``romanized(_:)`` through Foundation's replacement, for any word.
    func romanizedByCharacters(_ word: String) -> String {
        var word = word
        for (from, to) in romanization where word.contains(from) {
            word = word.replacingOccurrences(of: from, with: to)
        }
        // Doubled letters count once (`Belousov`/`Beloussov`).
        var out = ""
        for character in word where character != out.last { out.append(character) }
        return out
    }

    /// Whether every rule rewrites ASCII to ASCII.
    static func isASCII(_ rules: [(from: String, to: String)]) -> Bool {
        rules.allSatisfy { $0.from.utf8.allSatisfy { $0 < 0x80 } && $0.to.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// Whether every scalar of `word` is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B),
    /// where no scalar extends a grapheme cluster: each letter is one `Character` of one scalar.
    static func isBelowCombiningMarks(_ word: String) -> Bool {
        // U+0300 is the first scalar whose UTF-8 lead byte is 0xCC.
        word.utf8.allSatisfy { $0 < 0xCC }
    }

    /// ``romanized(_:)`` over bytes, for a word of scalars below U+0300 and ASCII `rules`: each
    /// rewrite replaces its occurrences left to right without overlap, in the order of `rules`,
    /// as `replacingOccurrences` does (an ASCII pattern never matches inside a multi-byte
    /// scalar, and no combining mark can follow a match); doubled letters are collapsed per
    /// scalar, which is per `Character` here.
    static func romanizedBytes(_ word: String, _ rules: [(from: String, to: String)]) -> String {
        var bytes = Array(word.utf8)
        var scratch: [UInt8] = []
        for (from, to) in rules {
            // Most rules do not occur in a word: found so before their bytes are copied.
            guard from.utf8.count <= bytes.count, let first = from.utf8.first,
                  bytes.indices.contains(where: { start in
                      bytes[start] == first && start + from.utf8.count <= bytes.count
                          && zip(from.utf8, bytes[start...]).allSatisfy { $0 == $1 }
                  }) else { continue }
            let pattern = Array(from.utf8), replacement = Array(to.utf8)
            var index = 0
            var found = false
            scratch.removeAll(keepingCapacity: true)
            while index < bytes.count {
                if bytes[index] == first, index + pattern.count <= bytes.count,
                   pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                    scratch += replacement
                    index += pattern.count
                    found = true
                } else {
                    scratch.append(bytes[index])
                    index += 1
                }
            }
            if found { swap(&bytes, &scratch) }
        }
        // Doubled letters count once (an ASCII byte is a whole scalar, so equal neighbouring ASCII
        // bytes are equal letters; other letters are compared as scalars).
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for byte in bytes where byte != out.last { out.append(byte) }
            return String(decoding: out, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where scalar != out.last { out.append(scalar) }
        return String(out)
    }

    /// Every word or phrase of ``synonyms`` → the first word of its group.
    public var synonymHeads: [String: String] {
        var index: [String: String] = [:]
        for group in synonyms { for word in group { index[word] = group[0] } }
        return index
    }
}
