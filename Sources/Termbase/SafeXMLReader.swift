import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Segmentation

/// Parses XML for the TBX and TMX codecs with external entities and DTD loading off.
///
/// Before parsing, the document type declaration is checked: a DOCTYPE whose internal subset
/// declares any entity (`<!ENTITY`, general or parameter) is refused, which stops both entity
/// expansion bombs (billion laughs) and external entities (XXE). A DOCTYPE that only names an
/// external DTD (`<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`) is accepted; the DTD is
/// never loaded (`shouldResolveExternalEntities = false`).
enum SafeXMLReader {
    /// The root element of `text`; throws `.unsafeXML` or `.malformedXML` with the place.
    static func root(of text: String, file: String) throws(TermbaseError) -> MarkupElement {
        try checkDoctype(text, file: file)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        if let refused = builder.refusedEntity {
            throw .unsafeXML(location(in: text, file: file, line: refused.line, byteColumn: refused.column),
                             message: "entity declaration '\(refused.name)' refused (billion laughs, XXE)")
        }
        guard ok, let root = builder.root else {
            let message = (parser.parserError as NSError?).map { "not well-formed XML (\(Self.reason($0)))" } ?? "not well-formed XML"
            throw .malformedXML(location(in: text, file: file, line: max(1, parser.lineNumber), byteColumn: max(1, parser.columnNumber)),
                                message: message)
        }
        return root
    }

    /// The parser's error code as a word (`prematureDocumentEndError`), or its number.
    private static func reason(_ error: NSError) -> String {
        XMLParser.ErrorCode(rawValue: error.code).map { String(describing: $0) } ?? "code \(error.code)"
    }

    /// Refuses a DOCTYPE that declares entities; the error points at the `<!ENTITY`.
    static func checkDoctype(_ text: String, file: String) throws(TermbaseError) {
        guard let doctype = text.range(of: "<!DOCTYPE") else { return }
        // The declaration ends at the first '>' outside its internal subset '[ … ]'.
        var index = doctype.upperBound
        var inSubset = false
        var quote: Character?
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" {
                inSubset = true
            } else if character == "]" {
                inSubset = false
            } else if character == ">" && !inSubset {
                break
            } else if character == "<", text[index...].hasPrefix("<!ENTITY") {
                let nameStart = text[text.index(index, offsetBy: 8)...].drop { $0 == " " || $0 == "%" || $0 == "\t" || $0 == "\n" }
                let name = nameStart.prefix { !$0.isWhitespace }
                let (line, column) = lineAndColumn(of: index, in: text)
                let kind = text[index...].prefix(400).prefix { $0 != ">" }.contains("SYSTEM") || text[index...].prefix(400).prefix { $0 != ">" }.contains("PUBLIC")
                    ? "external entity" : "entity"
                throw .unsafeXML(SourceLocation(file: file, line: line, column: column),
                                 message: "DOCTYPE declares \(kind) '\(name)'; entity declarations are refused (billion laughs, XXE)")
            }
            index = text.index(after: index)
        }
    }

    /// 1-based line and scalar column of `index`.
    static func lineAndColumn(of index: String.Index, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { if previous != "\r" { line += 1 }; column = 1 }
            else if scalar == "\r" { line += 1; column = 1 }
            else { column += 1 }
            previous = scalar
        }
        return (line, column)
    }

    /// Converts the parser's line and byte column into a scalar column.
    static func location(in text: String, file: String, line: Int, byteColumn: Int) -> SourceLocation {
        let lines = TabularText.lines(of: Substring(text))
        guard line - 1 < lines.count else { return SourceLocation(file: file, line: line, column: byteColumn) }
        let bytes = Array(lines[line - 1].utf8.prefix(max(0, byteColumn - 1)))
        return SourceLocation(file: file, line: line, column: String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1)
    }
}

/// Builds ``MarkupElement`` trees from parser events; notes any entity declaration it sees.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [MarkupElement] = []
    var root: MarkupElement?
    var refusedEntity: (name: String, line: Int, column: Int)?
    static let nativeCodeElements: Set = ["bpt", "ept", "ph", "it", "ut"]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        stack.append(MarkupElement(name: qName ?? elementName, attributes: attributeDict,
                                   line: parser.lineNumber, column: parser.columnNumber))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].children.append(element)
            // TMX inline native codes (<bpt>…) are markup of the source format, not text.
            if !Self.nativeCodeElements.contains(element.name) { stack[stack.count - 1].text += element.text }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuse(parser, name)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuse(parser, name)
    }

    private func refuse(_ parser: XMLParser, _ name: String) {
        if refusedEntity == nil { refusedEntity = (name, parser.lineNumber, parser.columnNumber) }
        parser.abortParsing()
    }
}
