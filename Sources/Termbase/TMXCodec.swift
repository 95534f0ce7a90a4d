import Segmentation

/// TMX 1.4b translation memories, read only: each `tu` becomes an entry whose terms are its
/// `tuv` segments (`seg` text, inline markup's text kept), one per language. Sentence pairs for
/// the parallel aligner; XML is read safely (``SafeXMLReader``).
public struct TMXCodec: GlossaryCodec {
    /// Creates the codec.
    public init() {}

    /// ``GlossaryFormat/tmx``.
    public var format: GlossaryFormat { .tmx }

    /// Writing TMX is not supported: always throws `.unsupported`.
    public func encode(_ glossary: Glossary) throws(TermbaseError) -> String {
        throw .unsupported("writing TMX (Istilah reads TMX, it writes glossaries)")
    }

    /// The translation units of a TMX document; `xml:lang` (or TMX 1.1 `lang`) gives each
    /// segment's language, the header's `srclang` the default.
    public func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary {
        let root = try SafeXMLReader.root(of: text, file: file)
        guard root.name == "tmx", let body = root.child("body") else {
            throw .malformedXML(SourceLocation(file: file, line: root.line, column: 1), message: "expected <tmx> with a <body>, found <\(root.name)>")
        }
        let sourceLanguage = root.child("header")?.attributes["srclang"].flatMap { $0 == "*all*" ? nil : $0 }
            .map { String($0.lowercased().prefix { $0 != "-" && $0 != "_" }) }
        var entries: [GlossaryEntry] = []
        for unit in body.children("tu") {
            var terms: [Term] = []
            for variant in unit.children("tuv") {
                guard let language = variant.language ?? sourceLanguage else {
                    throw .malformedXML(SourceLocation(file: file, line: variant.line, column: 1), message: "<tuv> without xml:lang")
                }
                guard let segment = variant.child("seg") else {
                    throw .malformedXML(SourceLocation(file: file, line: variant.line, column: 1), message: "<tuv> without a <seg>")
                }
                terms.append(Term(segment.trimmedText, language: language))
            }
            entries.append(GlossaryEntry(terms: terms, location: SourceLocation(file: file, line: unit.line, column: 1)))
        }
        return Glossary(entries: entries)
    }

    /// The Indonesian–English pairs of a decoded memory, in file order.
    public static func sentencePairs(in glossary: Glossary) -> [(indonesian: String, english: String)] {
        glossary.entries.compactMap { entry in entry.indonesian.flatMap { id in entry.english.map { (id, $0) } } }
    }
}
