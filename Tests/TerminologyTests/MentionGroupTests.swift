@testable import Terminology
import Testing

@Suite("MentionGroup: counts, bare surfaces and occurrence surfaces of one key")
struct MentionGroupTests {
    static let lookup = WordFacts.Lookup(tables: LanguageTables(), statistics: WordStatistics(), places: [])

    /// Facts of `key` numbered `id`; with `lemma`, facts whose lemma drops a clitic.
    static func facts(_ key: String, id: Int32, lemma: String? = nil) -> WordFacts {
        let plain = MentionFinder.facts(of: key, kind: .word, id: id, lookup: lookup)
        guard let lemma else { return plain }
        return WordFacts(id: id, key: key, lemma: lemma, hasClitic: true, tag: nil, zipf: 1, keyIsStop: false, lemmaIsStop: false,
                         isCalendar: false, isEvaluative: false, isQuantifier: false, looksLikeVerb: false, isDerived: false,
                         hasKnownVerbStem: false, listings: [], cue: nil, synonymHead: nil, keyHasHyphen: false,
                         keyHasFullStop: false, lemmaZipf: 1, lemmaIsProcessNoun: false)
    }

    /// Mentions of a document whose text is `text`, added by ``add(_:at:words:titled:plain:)``.
    struct Document {
        var found: DocumentMentions
        let scalars: [Unicode.Scalar]

        init(_ text: String) {
            found = DocumentMentions(document: 7, text: DocumentText(Array(text.utf8)))
            scalars = Array(text.unicodeScalars)
        }

        /// The surface of the scalars `range`.
        func surface(_ range: Range<Int>) -> Mention.Surface {
            let byteStart = scalars[..<range.lowerBound].reduce(0) { $0 + String($1).utf8.count }
            let byteEnd = byteStart + scalars[range].reduce(0) { $0 + String($1).utf8.count }
            var surface = Mention.Surface(start: Int32(range.lowerBound), end: Int32(range.upperBound),
                                          byteStart: Int32(byteStart), byteEnd: Int32(byteEnd))
            surface.hash = found.withBytes(of: surface, StringTable.hash(of:))
            return surface
        }

        /// Adds a mention of the scalars `range`, keyed by `words` (facts, whether the key takes
        /// the lemma, joiner), each spanning its share of the range; `titled` starts earlier.
        mutating func add(_ range: Range<Int>, words: [(WordFacts, Bool, Mention.Joiner)], titled: Int? = nil, plain: Bool = true,
                          kind: Mention.Kind = .name) {
            let first = found.words.count
            for (offset, (facts, lemma, joiner)) in words.enumerated() {
                found.words.append(Mention.Word(facts: facts, usesLemma: lemma, joiner: joiner,
                                                range: range.lowerBound + offset..<range.lowerBound + offset + 1))
            }
            var mention = Mention(surface: surface(range), words: Int32(first)..<Int32(found.words.count),
                                  wordsHash: DocumentMentions.wordsHash(found.words[first...]), kind: kind, typeHint: nil)
            mention.needsPlainForm = !plain
            if let titled { mention.titled = surface(titled..<range.upperBound) }
            found.mentions.append(mention)
        }
    }

    @Test("bare surfaces count plain mentions from their first; occurrences number each surface once, titled forms apart")
    func surfaces() {
        var document = Document("Presiden Putin tiba; kata pejabat, PUTIN dan Putin lagi; Putin, PUTIN")
        let putin = Self.facts("putin", id: 0)
        document.add(9..<14, words: [(putin, true, .none)], titled: 0)
        document.add(35..<40, words: [(putin, true, .none)])
        document.add(45..<50, words: [(putin, true, .none)])
        document.add(57..<62, words: [(putin, true, .none)], plain: false)
        document.add(64..<69, words: [(putin, true, .none)])
        let mentions = document.found.mentions
        var table = StringTable()
        var group = MentionGroup(key: "putin", first: mentions[0], in: document.found)
        let records = mentions.map { group.add($0, in: document.found, table: &table, group: 3) }
        #expect(group.mentionCount == 5 && group.plainCount == 4)
        #expect(group.surfaces == ["Presiden Putin", "PUTIN", "Putin"])
        #expect(records.map(\.surface) == [0, 1, 2, 2, 1])
        #expect(records[0].start == 0 && records[0].end == 14 && records.allSatisfy { $0.group == 3 && $0.document == 7 })
        #expect(group.layouts[0] == [9..<10] && group.layouts[1] == [0..<1])
        let bare = group.bareSurfaces
        #expect(bare.count == 2)
        #expect(bare["Putin"]?.count == 2 && bare["Putin"]?.first == 0)
        #expect(bare["PUTIN"]?.count == 2 && bare["PUTIN"]?.first == 1)
        #expect(!group.firstIsUppercase && group.words == ["putin"] && group.joiners == [""])
    }

    @Test("surfaces compare as strings: é in one scalar and e with a combining accent are one surface, kept as first written")
    func canonicallyEquivalentSurfaces() {
        var document = Document("Café x Cafe\u{301} y Café")
        let cafe = Self.facts("café", id: 0)
        document.add(0..<4, words: [(cafe, false, .none)])
        document.add(7..<12, words: [(cafe, false, .none)])
        document.add(15..<19, words: [(cafe, false, .none)])
        var table = StringTable()
        var group = MentionGroup(key: "café", first: document.found.mentions[0], in: document.found)
        let records = document.found.mentions.map { group.add($0, in: document.found, table: &table, group: 0) }
        #expect(records.map(\.surface) == [0, 0, 0])
        #expect(group.surfaces == ["Café"] && group.surfaces[0].unicodeScalars.count == 4)
        #expect(group.bareSurfaces.count == 1 && group.bareSurfaces["Cafe\u{301}"]?.count == 3)
        // Three mentions, two spellings, one surface.
        let spellings = document.found.mentions.map { mention in
            document.found.withBytes(of: mention.surface) { table.spelling(of: $0, hash: mention.surface.hash) }
        }
        #expect(spellings.map(\.number) == [0, 1, 0] && Set(spellings.map(\.string)).count == 1)
    }

    @Test("keys are made from the words once; word sequences that spell one key find one group; joiners and synonyms count")
    func keyIndex() {
        var document = Document("senjata nuklirnya . senjata nuklir . senjata-nuklir . senjata nuklirnya . pimpinan AS")
        let senjata = Self.facts("senjata", id: 0), nuklir = Self.facts("nuklir", id: 1)
        let nuklirnya = Self.facts("nuklirnya", id: 2, lemma: "nuklir")
        document.add(0..<2, words: [(senjata, true, .none), (nuklirnya, true, .space)], kind: .common)
        document.add(3..<5, words: [(senjata, true, .none), (nuklir, true, .space)], kind: .common)
        document.add(6..<8, words: [(senjata, true, .none), (nuklir, true, .hyphen)], kind: .common)
        document.add(9..<11, words: [(senjata, true, .none), (nuklirnya, false, .space)], kind: .name)
        document.add(12..<14, words: [(senjata, true, .none), (nuklirnya, true, .space)], kind: .common)
        // A synonym's words key the last mention: `senjata nuklir`.
        document.found.mentions[4].replacement = 0
        document.found.replacedWords = [["senjata", "nuklir"]]
        var keys = MentionKeyIndex()
        var made: [String] = []
        let groups = document.found.mentions.map { mention in
            let (number, newKey) = keys.group(of: mention, in: document.found)
            if let newKey {
                #expect(number == made.count)
                made.append(newKey)
            }
            return number
        }
        #expect(made == ["senjata nuklir", "senjata-nuklir", "senjata nuklirnya"])
        #expect(groups == [0, 0, 1, 2, 0])
        #expect(document.found.keyWords(of: document.found.mentions[0]) == ["senjata", "nuklir"])
        #expect(document.found.joiners(of: document.found.mentions[2]) == ["", "-"])
    }

    @Test("hash slots: entries of one hash told apart by the caller's comparison, all found again after growing")
    func hashSlots() {
        var slots = HashSlots<Int32>()
        for entry in Int32(0)..<200 { slots.insert(entry, hash: Int(entry % 7)) }
        #expect(slots.count == 200)
        for entry in Int32(0)..<200 {
            #expect(slots.first(hash: Int(entry % 7)) { $0 == entry } == entry)
        }
        #expect(slots.first(hash: 3) { $0 == 4 } == nil && slots.first(hash: 11) { _ in true } == nil)
    }
}
