/// The mentions ``MentionFinder`` found in one document, as ``TermAccumulator/group(_:)`` takes
/// them: each ``Mention`` is offsets and numbers, its words are a range of ``words`` and its
/// surfaces are read from ``text``. Three arrays per document, however many mentions it has.
struct DocumentMentions: Sendable {
    /// The document's index in the extractor's output.
    let document: Int
    /// The document's UTF-8 text, which the mentions' surfaces index.
    let text: DocumentText
    /// The mentions, in the order found.
    var mentions: [Mention] = []
    /// The words of every mention, one mention's after another.
    var words: [Mention.Word] = []
    /// The words that key a mention instead of its own (a synonym's, ``Mention/replacement``).
    var replacedWords: [[String]] = []

    /// No mentions yet of the document numbered `document`, whose text is `text`.
    init(document: Int, text: DocumentText) {
        self.document = document
        self.text = text
    }

    /// The hash of the codes of `words`, in order: equal words give equal hashes.
    static func wordsHash(_ words: ArraySlice<Mention.Word>) -> Int {
        var hasher = Hasher()
        for word in words { hasher.combine(word.code) }
        return hasher.finalize()
    }

    /// The words of `mention`.
    func words(of mention: Mention) -> ArraySlice<Mention.Word> {
        words[Int(mention.words.lowerBound)..<Int(mention.words.upperBound)]
    }

    /// The key of each word of `mention`, in order.
    func keyWords(of mention: Mention) -> [String] {
        mention.replacement >= 0 ? replacedWords[Int(mention.replacement)] : words(of: mention).map(\.text)
    }

    /// What joins each word of `mention` to the one before it in the key (`" "` or `"-"`; the
    /// first is empty).
    func joiners(of mention: Mention) -> [String] { words(of: mention).map(\.joiner.text) }

    /// The aggregation key of `mention`: its words' keys, each after its joiner.
    func key(of mention: Mention) -> String {
        var key = ""
        for (word, joiner) in zip(keyWords(of: mention), words(of: mention)) {
            key += joiner.joiner.text
            key += word
        }
        return key
    }

    /// Calls `body` with the bytes of `surface` (copied only when it adds a full stop).
    func withBytes<Result>(of surface: Mention.Surface, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let range = Int(surface.byteStart)..<Int(surface.byteEnd)
        guard !surface.addsFullStop else { return (text.bytes[range] + [0x2E]).withUnsafeBytes(body) }
        return text.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// The text of `surface`.
    func string(of surface: Mention.Surface) -> String {
        withBytes(of: surface) { String(decoding: $0, as: UTF8.self) }
    }

    /// The offsets of each word of `mention` relative to the start of `surface` (its own or its
    /// titled one), in scalars.
    func layout(of mention: Mention, in surface: Mention.Surface) -> [Range<Int32>] {
        words(of: mention).map { ($0.start - surface.start)..<($0.end - surface.start) }
    }
}
