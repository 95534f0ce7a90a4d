/// One occurrence of a candidate term as found in a sentence, before candidates are aggregated.
///
/// Plain numbers and offsets, no strings or arrays: a mention costs no allocation and no reference
/// counting, and an array of them is copied and freed as bytes. Its words are a range of the
/// ``DocumentMentions/words`` of the document it was found in, and its surfaces are ranges of that
/// document's text: ``TermAccumulator/group(_:)`` finds its group by its words' numbers and its
/// surfaces by their bytes, and makes the key and the surface strings only the first time.
struct Mention {
    /// What found it.
    enum Kind: UInt8 { case name, title, common }

    /// The term as written.
    var surface: Surface
    /// Its words in ``DocumentMentions/words``.
    var words: Range<Int32>
    /// The hash of its words' ``Word/code``s in order (``DocumentMentions/wordsHash(_:)``).
    var wordsHash: Int
    /// The place in ``DocumentMentions/replacedWords`` of the words that key it instead of its own
    /// (a synonym's), or −1 when its words key it.
    var replacement: Int32 = -1
    var kind: Kind
    /// The type the cue words around it suggest, if any.
    var typeHint: TermCategory?
    /// Written with an inserted word (`kemitraan strategis yang komprehensif`, keyed without it):
    /// kept only when the key is also seen without one.
    var needsPlainForm = false
    /// For a person introduced by a title: the whole titled mention (`Presiden Rusia Vladimir Putin`),
    /// kept as a surface form of the person.
    var titled: Surface?
}

extension Mention {
    /// Where a surface of a mention lies in its document's text, and the hash of its bytes.
    struct Surface {
        /// Unicode scalar offsets.
        var start: Int32
        var end: Int32
        /// UTF-8 offsets of its bytes in the document's text (without the full stop of
        /// ``addsFullStop``).
        var byteStart: Int32
        var byteEnd: Int32
        /// Whether the surface is its bytes and a full stop `.` (the full stop right after them,
        /// written otherwise: an abbreviation's stop folded to `.`).
        var addsFullStop = false
        /// ``StringTable/hash(of:)`` of the surface's bytes.
        var hash = 0

        /// Unicode scalar offsets.
        var range: Range<Int> { Int(start)..<Int(end) }
    }

    /// What joins a word of the key to the one before.
    enum Joiner: UInt8 {
        /// The first word.
        case none
        case space
        /// Words written with a hyphen between them keep it in the key (`moskow-pyongyang`).
        case hyphen

        /// The joiner's text in the key.
        var text: String {
            switch self {
            case .none: ""
            case .space: " "
            case .hyphen: "-"
            }
        }
    }

    /// One word of a mention's key: its facts, whether the key takes its lemma, what joins it to
    /// the word before, and where it is written.
    ///
    /// It refers to its facts without counting (`unowned(unsafe)`, as ``Unit`` does): they are
    /// kept by the ``WordFactsCache`` of the extractor whose ``MentionFinder`` made the word, and
    /// that extractor outlives every mention of its documents (``TermAccumulator`` holds it).
    /// Hence `@unchecked Sendable`: the facts are immutable and kept alive elsewhere.
    struct Word: @unchecked Sendable {
        /// The facts of the unit the word is read from.
        unowned(unsafe) let facts: WordFacts
        /// The word's key and joiner as one number, the same exactly when they are the same for
        /// one extractor: `id << 3 | lemma << 2 | joiner`, where `id` is ``WordFacts/id`` (the key's
        /// number) and `lemma` is set when the key takes the lemma and it differs from the key
        /// (a clitic dropped; a key's lemma is a function of the key).
        let code: UInt64
        /// Unicode scalar offsets of the word in the document.
        let start: Int32
        let end: Int32

        /// The word of `unit`'s `facts`, its lemma if `usesLemma`, after `joiner`.
        init(facts: WordFacts, usesLemma: Bool, joiner: Joiner, range: Range<Int>) {
            self.facts = facts
            let lemma: UInt64 = usesLemma && facts.hasClitic ? 1 : 0
            code = UInt64(UInt32(bitPattern: facts.id)) << 3 | lemma << 2 | UInt64(joiner.rawValue)
            start = Int32(range.lowerBound)
            end = Int32(range.upperBound)
        }

        /// The word's text in the key: the lemma or the key of its facts.
        var text: String { code & 4 != 0 ? facts.lemma : facts.key }
        /// What joins it to the word before.
        var joiner: Joiner { Joiner(rawValue: UInt8(code & 3))! }
    }
}
