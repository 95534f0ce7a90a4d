/// An XML element as the safe XML reader builds it: name, attributes, children, text and place.
struct MarkupElement {
    /// The qualified name as written (`conceptEntry`, `xml:lang` stays an attribute).
    var name: String
    /// Attributes by qualified name.
    var attributes: [String: String]
    /// Child elements in order.
    var children: [MarkupElement] = []
    /// The concatenated character data directly inside and inside descendants, in order.
    var text: String = ""
    /// 1-based line of the start tag.
    var line: Int
    /// 1-based column of the start tag, as the parser reports it.
    var column: Int

    /// The children named `name`.
    func children(_ name: String) -> [MarkupElement] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> MarkupElement? { children.first { $0.name == name } }

    /// The language of the element: `xml:lang` (or the TBX 2 `lang`), primary subtag, lowercased.
    var language: String? {
        (attributes["xml:lang"] ?? attributes["lang"]).map { String($0.lowercased().prefix { $0 != "-" && $0 != "_" }) }
    }

    /// The trimmed text, inner white space runs collapsed to one space.
    var trimmedText: String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
