/// Finds the definitions a text makes of its short forms, in brackets and in both directions:
/// `Kementerian Keuangan (Kemenkeu)`, `Korea Central News Agency (KCNA)`, `Korut (Korea Utara)`,
/// `moge (motor gede)` — after Schwartz & Hearst (2003), adapted to Indonesian blends.
///
/// In `X (Y)` with Y one word, the long form is the shortest run of words right before the
/// bracket (two to eight, no punctuation between them) whose letters hold Y's letters in order
/// (``covers(_:_:connectors:)``); in `Y (X)` with X two to eight words, all of X. A short form
/// needs a capital letter, except a lowercase blend of word prefixes in the second direction
/// (`moge` = `mo`+`ge`). A listed company's stock ticker after its legal form defines its name
/// (`PT Garuda Indonesia (Persero) Tbk (GIAA)`: ``tickerLongForm(_:open:short:)``). A bracket of a number, a date or a word without a capital (`(25/8/2014)`,
/// `(kiri)`) defines nothing, nor does one whose letters are not in the words before it (`(Persero)`).
enum DefinitionFinder {
    /// One definition in a sentence: the units of the short and of the long form (indices into
    /// the sentence's units, not empty).
    struct Found: Equatable {
        /// The short form's units (one unit).
        var short: Range<Int>
        /// The long form's units.
        var long: Range<Int>
        /// Whether the short form is a stock ticker and the long form a company's name
        /// (``tickerLongForm(_:open:short:)``).
        var isTicker = false
    }

    /// Words a long form may skip or hold without giving a letter (``VariantTables/initialsConnectors``).
    static let connectors = VariantTables().initialsConnectors

    /// Most words a long form may have.
    static let maximumLongWords = 8

    /// The definitions in one sentence's `units`, in text order; O(n) units, each bracket
    /// trying at most ``maximumLongWords`` suffixes.
    static func definitions<Units: RandomAccessCollection>(in units: Units, connectors: Set<String> = connectors) -> [Found]
    where Units.Element == Unit, Units.Index == Int {
        var found: [Found] = []
        let start = units.startIndex
        for open in units.indices where units[open].keyIs("(") {
            // The closing bracket, at most eight units on.
            var close = open + 1
            while close < units.endIndex, close - open <= maximumLongWords + 1, units[close].isWord { close += 1 }
            guard close < units.endIndex, close > open + 1, units[close].keyIs(")") else { continue }
            let inside = (open + 1)..<close
            if inside.count == 1 {
                // `X (Y)`: the shortest run of words before the bracket that Y's letters cover.
                let short = units[open + 1]
                guard short.surfaceHasCapital else { continue }
                if let long = tickerLongForm(units, open: open, short: short) {
                    found.append(Found(short: inside, long: long, isTicker: true))
                    continue
                }
                let letters = Self.letters(short.key)
                guard (3...12).contains(letters.count), letters.contains(where: \.isLetter) else { continue }
                // The shortest run whose words each give a prefix (`Asosiasi Asuransi Jiwa Indonesia
                // (AAJI)`, not the mid-word `a` of `Asuransi Jiwa Indonesia`), else the shortest covering one.
                var first = open - 1, covering: Int?, spelled: Int?
                while first >= start, open - first <= min(maximumLongWords, letters.count + 5), units[first].isWord {
                    if isLongForm(units, first..<open, of: short, letters, connectors: connectors) {
                        if covering == nil { covering = first }
                        if spellsOut(units, first..<open, letters, connectors: connectors) {
                            spelled = first
                            break
                        }
                    }
                    first -= 1
                }
                if let first = spelled ?? covering {
                    found.append(Found(short: inside, long: headed(units, first..<open, short: short)))
                }
            } else if open - 1 >= start, units[open - 1].isWord, inside.count >= 2 {
                // `Y (X)`: all of X.
                let short = units[open - 1]
                let letters = Self.letters(short.key)
                guard (3...12).contains(letters.count), letters.contains(where: \.isLetter), inside.count <= letters.count + 5 else { continue }
                let isCapital = short.surfaceHasCapital
                if isCapital ? isLongForm(units, inside, of: short, letters, connectors: connectors)
                    : VariantClusterer.blendParts(letters, inside.map { Self.letters(units[$0].key) }) != nil {
                    found.append(Found(short: (open - 1)..<open, long: inside))
                }
            }
        }
        return found
    }

    /// `long` with the capitalized words before it up to a cue word of a place (`Bandara`), at most
    /// two, when `short` is a blend: a blend may leave the head out (`Bandara Internasional
    /// Soekarno-Hatta (Soetta)`); an initialism spells every word it stands for, and an
    /// organisation's cue is no part of the blend's name (`Polda Sumatera Utara (Sumut)`).
    static func headed<Units: RandomAccessCollection>(_ units: Units, _ long: Range<Int>, short: Unit) -> Range<Int>
    where Units.Element == Unit, Units.Index == Int {
        guard !short.isAllCaps else { return long }
        var first = long.lowerBound - 1
        while first >= units.startIndex, long.lowerBound - first <= 2, units[first].isWord, units[first].isCapitalized {
            if units[first].facts.cue == .location { return first..<long.upperBound }
            first -= 1
        }
        return long
    }

    /// Whether `units[long]` spell out `short` (whose key's letters are `letters`): its letters
    /// cover them, and its first word is no connector nor the short form itself; a capitalized
    /// short form that is not an initialism needs a long form whose first word is capitalized.
    static func isLongForm<Units: RandomAccessCollection>(_ units: Units, _ long: Range<Int>, of short: Unit, _ letters: [Character],
                                                          connectors: Set<String>) -> Bool
    where Units.Element == Unit, Units.Index == Int {
        let first = units[long.lowerBound]
        // Speed: the cheap tests first (each only says no): the case bits, then the opening letter
        // (``covers(_:_:connectors:)`` needs the first word to open with the short form's first
        // letter; most runs fail here), then the hashed and compared keys.
        if !short.isAllCaps && !first.isCapitalized { return false }
        if !opensWith(first.key, letters.first) { return false }
        guard !connectors.contains(first.key), !long.contains(where: { units[$0].key == short.key }) else { return false }
        // A hyphenated unit gives one word a part (`Soekarno-Hatta`).
        var words: [[Character]] = []
        for index in long { appendLetterParts(of: units[index].key, to: &words) }
        return covers(letters, words, connectors: connectors)
    }

    /// Whether `key`'s first letter or digit is `letter` (or `key` has none); an ASCII opening is
    /// read off the bytes, as one Character when the byte after it is ASCII too.
    static func opensWith(_ key: String, _ letter: Character?) -> Bool {
        var bytes = key.utf8.makeIterator()
        while let byte = bytes.next(), byte < 0x80 {
            guard (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) else { continue }
            // A combining mark after it would make one Character with it.
            guard bytes.next().map({ $0 < 0x80 }) ?? true else { break }
            return letter?.asciiValue == byte
        }
        guard let opening = key.first(where: { $0.isLetter || $0.isNumber }) else { return true }
        return opening == letter
    }

    /// Whether `letters` split into a prefix (one letter or more) of each word of `units[long]` in
    /// order, connectors given a letter or none (`Kementerian Keuangan` = `kemen`+`keu`, `BPJS`).
    static func spellsOut<Units: RandomAccessCollection>(_ units: Units, _ long: Range<Int>, _ letters: [Character],
                                                         connectors: Set<String>) -> Bool
    where Units.Element == Unit, Units.Index == Int {
        let words = long.flatMap { hyphenParts(of: units[$0].key) }
        let parts = words.map { Self.letters($0) }, optional = words.map { connectors.contains($0) }
        guard letters.count < 64 else { return false }
        // Whether letters[offset...] split over parts[word...]; memoized over (word, offset) in a
        // flat table (a hashed set cost more than the search).
        var failed = [Bool](repeating: false, count: (parts.count + 1) * 64)
        func split(_ word: Int, _ offset: Int) -> Bool {
            if word == parts.count { return offset == letters.count }
            if failed[word * 64 + offset] { return false }
            if optional[word] && split(word + 1, offset) { return true }
            var length = 1
            while offset + length <= letters.count, length <= parts[word].count, letters[offset + length - 1] == parts[word][length - 1] {
                if split(word + 1, offset + length) { return true }
                length += 1
            }
            failed[word * 64 + offset] = true
            return false
        }
        return split(0, 0)
    }

    /// Whether the letters of `short` occur in `words` in order (Schwartz & Hearst, matched from
    /// the right): its first letter the first letter of the first word, every word but at most one
    /// content word giving a letter, and more letters in the words than in the short form.
    /// O(|short| + letters of the words).
    static func covers(_ short: [Character], _ words: [[Character]], connectors: Set<String>) -> Bool {
        guard let head = short.first, words.count >= 2, words[0].first == head else { return false }
        guard words.reduce(0, { $0 + $1.count }) > short.count else { return false }
        var word = words.count - 1, position = words[word].count - 1
        var used = Array(repeating: false, count: words.count)
        // Every letter but the first, from the right.
        for letter in short.dropFirst().reversed() {
            while true {
                if position < 0 {
                    word -= 1
                    // The first word keeps its first letter for the head.
                    guard word >= 0 else { return false }
                    position = words[word].count - 1
                    continue
                }
                if word == 0 && position == 0 { return false }
                if words[word][position] == letter { break }
                position -= 1
            }
            used[word] = true
            position -= 1
        }
        used[0] = true
        let skipped = words.indices.filter { !used[$0] && !connectors.contains(String(words[$0])) }.count
        return skipped <= 1
    }

    /// The parts of `key` between hyphens, none empty (`key.split(separator: "-")`); a key without
    /// a hyphen byte (most) is its own one part, without the Character-by-Character split.
    static func hyphenParts(of key: String) -> [String] {
        guard key.utf8.contains(0x2D) else { return key.isEmpty ? [] : [key] }
        return key.split(separator: "-").map(String.init)
    }

    /// Appends to `words` the letters (``letters(_:)``) of each part of `key` between hyphens that
    /// has any: what `key.split(separator: "-").map { letters(String($0)) }.filter { !$0.isEmpty }`
    /// gives, read off the bytes of an ASCII key without making a string a part.
    static func appendLetterParts(of key: String, to words: inout [[Character]]) {
        var key = key
        let done = key.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            // Each part between hyphens (or the ends), in an array sized once.
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2D {
                var part: [Character] = []
                part.reserveCapacity(end - start)
                for byte in bytes[start..<end] where (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                    part.append(Character(Unicode.Scalar(byte)))
                }
                if !part.isEmpty { words.append(part) }
                start = end + 1
            }
            return true
        }
        if !done {
            words += key.split(separator: "-").map { letters(String($0)) }.filter { !$0.isEmpty }
        }
    }

    /// The letters and digits of a key, lowercase as keys are.
    static func letters(_ key: String) -> [Character] {
        // Speed: an ASCII key (most) is read byte by byte; in ASCII only A-Z, a-z and 0-9 are
        // letters or numbers, each one Character.
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters: [Character] = []
            letters.reserveCapacity(key.utf8.count)
            for byte in key.utf8 where (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                letters.append(Character(Unicode.Scalar(byte)))
            }
            return letters
        }
        return key.filter { $0.isLetter || $0.isNumber }.map { $0 }
    }
}
