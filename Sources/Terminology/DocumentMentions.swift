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
        HashSlots<Int32>.hash(of: words.lazy.map(\.code))
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
    func joiners(of mention: Mention) -> [String] {
        let words = words(of: mention)
        // Most keys join their words by spaces alone: one shared array per length.
        if words.count < Self.spaced.count, words.dropFirst().allSatisfy({ $0.joiner == .space }) { return Self.spaced[words.count] }
        return words.map(\.joiner.text)
    }

    /// The joiners of keys of 0, 1, 2 … words joined by spaces: `[]`, `[""]`, `["", " "]` ….
    private static let spaced: [[String]] = (0..<16).map { count in (0..<count).map { $0 == 0 ? "" : " " } }

    /// The aggregation key of `mention`: its words' keys, each after its joiner, written once
    /// into a string of their summed length.
    func key(of mention: Mention) -> String {
        let words = words(of: mention)
        let texts = mention.replacement >= 0 ? replacedWords[Int(mention.replacement)] : nil
        func text(_ position: Int) -> String { texts?[position] ?? words[words.startIndex + position].text }
        var length = 0
        for position in 0..<words.count {
            length += (words[words.startIndex + position].joiner == .none ? 0 : 1) + text(position).utf8.count
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = 0
            for position in 0..<words.count {
                switch words[words.startIndex + position].joiner {
                case .none: break
                case .space: buffer[end] = 0x20; end += 1
                case .hyphen: buffer[end] = 0x2D; end += 1
                }
                var word = text(position)
                word.withUTF8 { bytes in
                    guard let source = bytes.baseAddress else { return }
                    (buffer.baseAddress! + end).initialize(from: source, count: bytes.count)
                    end += bytes.count
                }
            }
            return end
        }
    }

    /// Whether `surface` has a lowercase letter (Unicode's `Lowercase`; by its bytes when ASCII).
    func hasLowercase(_ surface: Mention.Surface) -> Bool {
        withBytes(of: surface) { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                return String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { $0.properties.isLowercase }
            }
            // In ASCII, the letters a to z alone are lowercase.
            return bytes.contains { (0x61...0x7A).contains($0) }
        }
    }

    /// Calls `body` with the bytes of `surface` (copied only when it adds a full stop).
    func withBytes<Result>(of surface: Mention.Surface, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let range = Int(surface.byteStart)..<Int(surface.byteEnd)
        guard !surface.addsFullStop else { return (text.bytes[range] + [0x2E]).withUnsafeBytes(body) }
        return text.bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// The offsets of each word of `mention` relative to the start of `surface` (its own or its
    /// titled one), in scalars.
    func layout(of mention: Mention, in surface: Mention.Surface) -> [Range<Int32>] {
        words(of: mention).map { ($0.start - surface.start)..<($0.end - surface.start) }
    }
}
