/// The FreeDict English–Indonesian dictionary reversed to Indonesian → English.
///
/// Debian package `dict-freedict-eng-ind` (CC BY-SA 3.0, FreeDict + WikDict from Wiktionary),
/// files `/usr/share/dictd/freedict-eng-ind.{index,dict.dz}`. Each English headword's definition
/// lists Indonesian translations (`1. duta, duta besar` then an English gloss line); every
/// translation becomes an Indonesian key pointing back to the headword, its part of speech and
/// the gloss. Used below the shipped lexicon: it is general language, not terminology.
public struct FreeDictLexicon: Sendable {
    /// Where Debian installs the dictionary, without the `.index`/`.dict.dz` extension.
    public static let debianBasePath = "/usr/share/dictd/freedict-eng-ind"

    /// The dictionary as read.
    public let dictionary: DictdDictionary
    /// Indonesian key → positions in the dictionary's index of the headwords that translate to it.
    private let byKey: [String: [Int32]]
    /// The first words of the keys of several words (each key's text before its first space).
    private let phraseFirstWords: Set<String>

    /// Reads the dictionary at `basePath` and indexes every Indonesian translation; throws
    /// `.dictionaryMissing` when the package is not installed. One byte-level pass over the
    /// inflated body (about 1 MB, 10,000 headwords); entries are built only for looked-up words.
    public init(basePath: String = FreeDictLexicon.debianBasePath) throws(TermbaseError) {
        let dictionary = try DictdDictionary(basePath: basePath)
        var byKey: [String: [Int32]] = [:]
        byKey.reserveCapacity(dictionary.index.count * 2)
        for (position, item) in dictionary.index.enumerated() {
            for key in Self.translations(in: dictionary.definitionBytes(of: item)).joined() {
                if byKey[key]?.last != Int32(position) { byKey[key, default: []].append(Int32(position)) }
            }
        }
        self.dictionary = dictionary
        self.byKey = byKey
        var phraseFirstWords = Set<String>()
        for key in byKey.keys {
            if let space = key.utf8.firstIndex(of: 0x20) { phraseFirstWords.insert(String(key[..<space])) }
        }
        self.phraseFirstWords = phraseFirstWords
    }

    /// Whether a key of several words may start with `word` (any case) and a space: false only
    /// when none does, so that no phrase that starts with the word has an entry.
    public func mayStartPhrase(_ word: String) -> Bool {
        let key = Self.key(word)
        return key.utf8.contains(0x20) || phraseFirstWords.contains(key)
    }

    /// How many distinct Indonesian keys the reversal gives.
    public var keyCount: Int { byKey.count }

    /// Every distinct Indonesian key the reversal gives (lowercase), in no order.
    var keys: Dictionary<String, [Int32]>.Keys { byKey.keys }

    /// The entries whose Indonesian is `word` (case-insensitively), by English headword.
    public func entries(for word: String) -> [GlossaryEntry] {
        let key = Self.key(word)
        return (byKey[key] ?? []).flatMap { position -> [GlossaryEntry] in
            let item = dictionary.index[Int(position)]
            return Self.reversed(headword: item.headword, definition: dictionary.definition(of: item))
                .filter { Self.key($0.indonesian ?? "") == key }
        }
    }

    /// One sense whose Indonesian is a given word: the English headword (as ``entries(for:)``
    /// writes it) and its part of speech.
    public struct Sense: Hashable, Sendable {
        /// The English headword, in the case the definition writes it.
        public var english: String
        /// The part of speech (`noun`, `verb`, `adjective`, `adverb`, `properNoun`, `other`), or nil.
        public var partOfSpeech: String?
    }

    /// The English and part of speech of each of ``entries(for:)``, in the same order, found by
    /// scanning the definitions' bytes (``translations(in:)``) without building their entries:
    /// what a reading needs, at a fraction of the cost (no strings but the headword's line).
    public func senses(for word: String) -> [Sense] {
        let key = Self.key(word)
        var senses: [Sense] = []
        for position in byKey[key] ?? [] {
            let item = dictionary.index[Int(position)]
            let bytes = dictionary.definitionBytes(of: item)
            let count = Self.translations(in: bytes).joined().reduce(0) { $1 == key ? $0 + 1 : $0 }
            guard count > 0 else { continue }
            let firstLine = bytes[..<(bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex)]
            let (english, partOfSpeech, _) = Self.heading(headword: item.headword, firstLine: Substring(String(decoding: firstLine, as: UTF8.self)))
            senses += repeatElement(Sense(english: english, partOfSpeech: partOfSpeech), count: count)
        }
        return senses
    }

    /// Every reversed entry, sorted: the whole dictionary as an Indonesian → English glossary.
    public var glossary: Glossary {
        Glossary(entries: dictionary.index.flatMap { Self.reversed(headword: $0.headword, definition: dictionary.definition(of: $0)) }).sorted
    }

    /// How the English `headword`'s senses translate `word` (any case): how many senses it has, how
    /// many list `word`, and whether one lists it first (`bait` → 1. umpan, not `feed` → 1. pakan,
    /// umpan: the sense's own word for it). Homograph entries of the headword count together.
    public func senses(of headword: String, translating word: String) -> (all: Int, translating: Int, leading: Bool) {
        let key = Self.key(word)
        let english = headword.lowercased()
        var result = (all: 0, translating: 0, leading: false)
        for position in byKey[key] ?? [] {
            let item = dictionary.index[Int(position)]
            guard item.headword.lowercased() == english else { continue }
            for sense in Self.translations(in: dictionary.definitionBytes(of: item)) {
                result.all += 1
                if sense.contains(key) { result.translating += 1 }
                if sense.first == key { result.leading = true }
            }
        }
        return result
    }

    /// The keys of the Indonesian translations of one definition, one list per sense in the order
    /// written, by the rules of ``reversed(headword:definition:)``, scanning bytes (the fast path of the index).
    static func translations(in bytes: ArraySlice<UInt8>) -> [[String]] {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropFirst()
        func numberEnd(_ line: ArraySlice<UInt8>) -> Int? {
            var index = line.startIndex
            while index < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index]) { index += 1 }
            guard index > line.startIndex, index + 1 < line.endIndex, line[index] == UInt8(ascii: "."),
                  line[index + 1] == UInt8(ascii: " ") else { return nil }
            return index + 2
        }
        let hasNumbers = lines.contains { numberEnd($0) != nil }
        var out: [[String]] = []
        var expectTranslation = true
        for line in lines {
            if line.isEmpty || line.first == UInt8(ascii: " ") { continue }
            let end = numberEnd(line)
            if end != nil || (!hasNumbers && expectTranslation) {
                var text = line[(end ?? line.startIndex)...]
                // Drop a dangling sub-sense number: "bank 2." → "bank".
                if text.last == UInt8(ascii: "."), let space = text.lastIndex(of: UInt8(ascii: " ")),
                   space + 2 < text.endIndex, text[(space + 1)..<(text.endIndex - 1)].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                    text = text[..<space]
                }
                var sense: [String] = []
                for piece in text.split(separator: UInt8(ascii: ",")) {
                    var piece = piece
                    while piece.first == UInt8(ascii: " ") { piece = piece.dropFirst() }
                    while piece.last == UInt8(ascii: " ") { piece = piece.dropLast() }
                    if !piece.isEmpty { sense.append(Self.key(utf8: piece)) }
                }
                out.append(sense)
                expectTranslation = false
            } else {
                expectTranslation = true
            }
        }
        return out
    }

    static func key(_ text: String) -> String { text.lowercased() }

    /// ``key(_:)`` of UTF-8 bytes, lowercasing ASCII in place of a second string.
    static func key(utf8 bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (index, byte) in bytes.enumerated() { out[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// The Indonesian → English entries of one definition.
    ///
    /// First line: `headword /pron/ … <pos>`. Then senses: a translation line (optionally
    /// numbered `1. `, with a dangling ` 2.` when a sense has sub-glosses), followed by an English
    /// gloss line; indented lines continue a gloss.
    static func reversed(headword: String, definition: String) -> [GlossaryEntry] {
        let lines = definition.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first else { return [] }
        let (headword, partOfSpeech, pos) = heading(headword: headword, firstLine: first)
        var entries: [GlossaryEntry] = []
        var pending: [String] = []
        func flush(gloss: String?) {
            for translation in pending {
                entries.append(GlossaryEntry(
                    terms: [Term(translation, language: "id", partOfSpeech: partOfSpeech),
                            Term(headword, language: "en", partOfSpeech: partOfSpeech)],
                    category: pos, note: gloss, source: "freedict"))
            }
            pending = []
        }
        var expectTranslation = true
        let body = lines.dropFirst()
        let hasNumbers = body.contains { Self.numberPrefixEnd(of: $0) != nil }
        for line in body {
            if line.isEmpty || line.first == " " { continue }
            var text = Substring(line)
            var numbered = false
            if let end = Self.numberPrefixEnd(of: line) {
                text = text[end...]
                numbered = true
            }
            if numbered || (!hasNumbers && expectTranslation) {
                flush(gloss: nil)
                // Drop a dangling sub-sense number: "bank 2." → "bank".
                if let space = text.lastIndex(of: " "), text[text.index(after: space)...].dropLast().allSatisfy(\.isNumber),
                   text.last == ".", text.index(after: space) < text.index(before: text.endIndex) {
                    text = text[..<space]
                }
                pending = text.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
                expectTranslation = false
            } else {
                flush(gloss: String(text))
                expectTranslation = true
            }
        }
        flush(gloss: nil)
        return entries
    }

    /// The headword as the definition's first line writes it (the index lowercases headwords;
    /// the line keeps their case), its part of speech and the raw tag it comes from (`n`, `vt`…).
    static func heading(headword: String, firstLine first: Substring) -> (headword: String, partOfSpeech: String?, tag: String?) {
        var headword = headword
        let written = first.prefix { $0 != "/" && $0 != "<" }.trimmingCharacters(in: " ")
        if written.lowercased() == headword.lowercased() { headword = written }
        var pos: String?
        if let open = first.lastIndex(of: "<"), let close = first.lastIndex(of: ">"), open < close {
            pos = String(first[first.index(after: open)..<close])
        }
        let partOfSpeech: String? = switch pos {
        case "n": "noun"
        case "v", "vt", "vi": "verb"
        case "adj": "adjective"
        case "adv": "adverb"
        case "prop", "pn": "properNoun"
        case nil: nil
        default: "other"
        }
        return (headword, partOfSpeech, pos)
    }

    /// Where the text after a sense number (`12. `) starts, or nil when the line has none.
    static func numberPrefixEnd(of line: Substring) -> Substring.Index? {
        guard let dot = line.firstIndex(of: "."), dot > line.startIndex, line[..<dot].allSatisfy(\.isNumber) else { return nil }
        let space = line.index(after: dot)
        guard space < line.endIndex, line[space] == " " else { return nil }
        return line.index(after: space)
    }
}
