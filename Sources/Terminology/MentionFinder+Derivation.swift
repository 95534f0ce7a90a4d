/// Words that Indonesian morphology marks as common words, whatever their capitals.
extension MentionFinder {
    /// Whether `key` is a derived common word: a known common stem (noun, verb or adjective in the
    /// lexicon) with a noun-forming prefix and/or suffix from ``LanguageTables`` (`kelautan` =
    /// ke- + laut + -an, `pemasaran` = pem- + pasar + -an, `anggapan` = anggap + -an, `pembom`), or a
    /// reduplication written with a lowercase second half (`Lobi-lobi`, `Setiap-tiap`, `Satu-satunya`).
    ///
    /// News capitalizes such words at the start of a sentence and inside the names of offices
    /// (`Menteri Kelautan dan Perikanan`); the lexicon, learnt from capitalized text, may even tag
    /// them as proper nouns. A person's name is never one of them.
    /// - Parameter surface: the word as written, for the case of a reduplication's second half.
    static func isDerivedCommonWord(_ key: String, surface: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        if let repeats = reduplication(key) { return repeats && secondHalfIsLowercase(surface) }
        func isCommonStem(_ stem: Substring) -> Bool {
            guard stem.count >= 3, let tag = statistics.tags[String(stem)] else { return false }
            return tag == "NN" || tag == "VB" || tag == "JJ"
        }
        var suffixed: [Substring] = []
        for suffix in tables.derivationSuffixes where key.hasSuffix(suffix) {
            suffixed.append(key.dropLast(suffix.count))
        }
        // A suffix alone needs a stem of four letters or more (`Oman` is no om + -an); a noun of the
        // lexicon may have a stem only the frequency list knows (`ancaman`, from ancam).
        if suffixed.contains(where: { $0.count >= 4 && (isCommonStem($0) || statistics.tags[key] == "NN" && statistics.zipf[String($0)] != nil) }) {
            return true
        }
        for (prefix, restored) in tables.derivationPrefixes where key.hasPrefix(prefix) {
            let needsSuffix = tables.confixPrefixes.contains(prefix)
            let rests = (needsSuffix ? [] : [key.dropFirst(prefix.count)])
                + suffixed.filter { $0.hasPrefix(prefix) }.map { $0.dropFirst(prefix.count) }
            for rest in rests {
                for initial in restored where isCommonStem(Substring(initial + rest)) { return true }
            }
        }
        return false
    }

    /// For a key with a hyphen, whether its second half repeats the end of the first (`lobi-lobi`,
    /// `setiap-tiap`, `satu-satunya`); nil for a key without one.
    private static func reduplication(_ key: String) -> Bool? {
        // (The bytes first: most keys hold no hyphen, and finding none by characters costs more.)
        guard key.utf8.contains(0x2D), let hyphen = key.firstIndex(of: "-") else { return nil }
        let first = key[..<hyphen], second = key[key.index(after: hyphen)...]
        // With a clitic the second half is an adverb's (`Satu-satunya`, `Sebaik-baiknya`).
        let bare = second.count > 5 && second.hasSuffix("nya") ? second.dropLast(3) : second
        return bare.count >= 2 && first.hasSuffix(bare)
    }

    /// Whether the part of `surface` after its first hyphen starts with a lowercase letter
    /// (`Lobi-lobi`; not `Lobi-Lobi`): a reduplication so written is a common word.
    static func secondHalfIsLowercase(_ surface: String) -> Bool {
        surface.split(separator: "-", maxSplits: 1).last?.first?.isLowercase == true
    }

    /// What ``isDerivedCommonWord(_:surface:tables:statistics:)`` says of a key holding a hyphen
    /// byte, as far as the key decides it: only a reduplication's answer depends on the surface.
    static func hyphenDerivation(of key: String, tables: LanguageTables, statistics: WordStatistics) -> WordFacts.HyphenDerivation {
        if let repeats = reduplication(key) { return repeats ? .whereSecondHalfIsLowercase : .never }
        // (A hyphen byte that is no hyphen character, under a combining mark: the affixes decide.)
        return isDerivedCommonWord(key, surface: key, tables: tables, statistics: statistics) ? .always : .never
    }

    /// ``isDerivedCommonWord(_:surface:tables:statistics:)`` for a key of ASCII bytes without a
    /// hyphen (nearly every key), decided by its bytes: in such a key each character is one byte,
    /// so an affix matches where its bytes do (no affix of the tables holds one of the three
    /// non-ASCII scalars canonically equivalent to ASCII ones), and the stems are cut by byte
    /// counts, with no walk over characters and no array.
    static func isDerivedASCIIWord(_ key: String, tables: LanguageTables, statistics: WordStatistics) -> Bool {
        var buffer = key
        return buffer.withUTF8 { bytes -> Bool in
            func stem(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func isCommonStem(_ stem: String) -> Bool {
                guard stem.count >= 3, let tag = statistics.tags[stem] else { return false }
                return tag == "NN" || tag == "VB" || tag == "JJ"
            }
            /// The length of the stem before `suffix`, if the key ends in it.
            func stemLength(before suffix: String) -> Int? {
                let length = suffix.utf8.count
                guard length <= bytes.count, Self.bytes(bytes, at: bytes.count - length, hold: suffix) else { return nil }
                return bytes.count - length
            }
            for suffix in tables.derivationSuffixes {
                guard let length = stemLength(before: suffix), length >= 4 else { continue }
                let stem = stem(0..<length)
                if isCommonStem(stem) || statistics.tags[key] == "NN" && statistics.zipf[stem] != nil {
                    return true
                }
            }
            for (prefix, restored) in tables.derivationPrefixes {
                let start = prefix.utf8.count
                guard Self.bytes(bytes, at: 0, hold: prefix) else { continue }
                func hasCommonStem(restEnd end: Int) -> Bool {
                    let rest = stem(start..<end)
                    return restored.contains { isCommonStem($0 + rest) }
                }
                if !tables.confixPrefixes.contains(prefix), hasCommonStem(restEnd: bytes.count) { return true }
                for suffix in tables.derivationSuffixes {
                    if let length = stemLength(before: suffix), length >= start, hasCommonStem(restEnd: length) { return true }
                }
            }
            return false
        }
    }

    /// Whether `bytes` hold the UTF-8 bytes of `affix` from `start` on (all of them before their
    /// end). Compared through the affix's own contiguous bytes: the generic `elementsEqual` of a
    /// slice and a `String.UTF8View` walks the view's indices byte by byte, at several times the cost.
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, hold affix: String) -> Bool {
        let affixBytes = affix.utf8
        guard start >= 0, affixBytes.count <= bytes.count - start else { return false }
        let equal = affixBytes.withContiguousStorageIfAvailable { affix in
            for offset in affix.indices where bytes[start + offset] != affix[offset] { return false }
            return true
        }
        return equal ?? bytes[start..<start + affixBytes.count].elementsEqual(affixBytes)
    }

    /// Whether `key` holds `part` (ASCII), as Foundation's `key.contains(part)` says: an ASCII key is
    /// searched byte by byte (Foundation's search costs thousands of instructions a call), others
    /// through Foundation.
    static func key(_ key: String, holds part: String) -> Bool {
        var key = key
        let found = key.withUTF8 { key -> Bool? in
            guard !key.contains(where: { $0 >= 0x80 }) else { return nil }
            guard part.utf8.count <= key.count else { return false }
            return (0...(key.count - part.utf8.count)).contains { bytes(key, at: $0, hold: part) }
        }
        return found ?? key.contains(part)
    }

    /// Whether the word of `unit` is a derived common word (``isDerivedCommonWord(_:surface:tables:statistics:)``):
    /// the affixes are facts of its key, a reduplication depends on how it is written.
    func isDerivedCommonWord(_ unit: Unit) -> Bool {
        guard unit.isWord else { return false }
        if unit.isDerived { return true }
        switch unit.facts.hyphenDerivation {
        case .never: return false
        case .always: return true
        case .whereSecondHalfIsLowercase: return Self.secondHalfIsLowercase(unit.surface)
        }
    }
}

extension WordStatistics {
    /// Whether `word` (as written) is a derived common word by these statistics and the default
    /// language tables (``MentionFinder/isDerivedCommonWord(_:surface:tables:statistics:)``):
    /// `Pengontrol`, `Kelautan`, `Lobi-lobi`. For other modules, such as the aligner.
    public func isDerivedCommonWord(_ word: String) -> Bool {
        MentionFinder.isDerivedCommonWord(word.lowercased(), surface: word, tables: .standard, statistics: self)
    }
}
