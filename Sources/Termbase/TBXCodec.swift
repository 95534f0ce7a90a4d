import Segmentation

/// TBX-Basic per ISO 30042:2019 (TBX v3, DCA style), and reading of the older TBX 2 `martif`.
///
/// Written structure: `<tbx type="TBX-Basic" style="dca" xml:lang="id"
/// xmlns="urn:iso:std:iso:30042:ed-2">`, `tbxHeader/fileDesc/sourceDesc/p`, then
/// `text/body/conceptEntry` (id `c1`, `c2`… in sorted order) with `descrip type="subjectField"`
/// (the category), `admin type="source"` (where the entry comes from) and `note`, `langSec xml:lang` per language, `termSec/term` per term with
/// `termNote` of type `partOfSpeech`, `termType` (fullForm, acronym…) and `administrativeStatus`
/// (preferredTerm-admn-sts…). Reading accepts that, and `martif/text/body/termEntry/langSet`
/// with `tig` or `ntig/termGrp`. XML is read safely (``SafeXMLReader``).
public struct TBXCodec: GlossaryCodec {
    /// The TBX v3 namespace.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// Creates the codec.
    public init() {}

    /// ``GlossaryFormat/tbx``.
    public var format: GlossaryFormat { .tbx }

    /// The glossary as a TBX-Basic document, sorted. TBX needs at least one concept: an empty
    /// glossary throws `.unsupported`.
    public func encode(_ glossary: Glossary) throws(TermbaseError) -> String {
        guard !glossary.entries.isEmpty else { throw .unsupported("an empty glossary in TBX (the body needs a conceptEntry)") }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="id" xmlns="\(Self.namespace)">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>Indonesian-English glossary written by Istilah</p>
                  </sourceDesc>
                </fileDesc>
              </tbxHeader>
              <text>
                <body>

            """
        for (number, entry) in glossary.sorted.entries.enumerated() {
            out += "      <conceptEntry id=\"c\(number + 1)\">\n"
            if let category = entry.category { out += "        <descrip type=\"subjectField\">\(Self.escaped(category))</descrip>\n" }
            if let source = entry.source { out += "        <admin type=\"source\">\(Self.escaped(source))</admin>\n" }
            if let note = entry.note { out += "        <note>\(Self.escaped(note))</note>\n" }
            var languages: [String] = []
            for term in entry.terms where !languages.contains(term.language) { languages.append(term.language) }
            for language in languages {
                out += "        <langSec xml:lang=\"\(Self.escaped(language))\">\n"
                for term in entry.terms(in: language) {
                    out += "          <termSec>\n"
                    out += "            <term>\(Self.escaped(term.text))</term>\n"
                    if let pos = term.partOfSpeech { out += "            <termNote type=\"partOfSpeech\">\(Self.escaped(pos))</termNote>\n" }
                    if let type = term.termType { out += "            <termNote type=\"termType\">\(type.rawValue)</termNote>\n" }
                    if let status = term.status { out += "            <termNote type=\"administrativeStatus\">\(status.rawValue)</termNote>\n" }
                    out += "          </termSec>\n"
                }
                out += "        </langSec>\n"
            }
            out += "      </conceptEntry>\n"
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }

    /// Text with `&`, `<`, `>` and `"` escaped; other control characters than tab and line breaks
    /// cannot be in XML 1.0 and are dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The glossary of a TBX v3 (`tbx`) or TBX 2 (`martif`) document.
    public func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary {
        let root = try SafeXMLReader.root(of: text, file: file)
        let isV3 = root.name == "tbx"
        guard isV3 || root.name == "martif" else {
            throw .malformedXML(SourceLocation(file: file, line: root.line, column: 1),
                                message: "expected a <tbx> or <martif> root element, found <\(root.name)>")
        }
        guard let body = root.child("text")?.child("body") else {
            throw .malformedXML(SourceLocation(file: file, line: root.line, column: 1), message: "no <text><body> in <\(root.name)>")
        }
        var entries: [GlossaryEntry] = []
        for concept in body.children(isV3 ? "conceptEntry" : "termEntry") {
            var entry = GlossaryEntry(terms: [], location: SourceLocation(file: file, line: concept.line, column: 1))
            entry.category = concept.children("descrip").first { $0.attributes["type"] == "subjectField" }?.trimmedText
                ?? concept.children("descripGrp").compactMap { $0.children("descrip").first { $0.attributes["type"] == "subjectField" } }.first?.trimmedText
            entry.note = concept.child("note")?.trimmedText
            entry.source = concept.children("admin").first { $0.attributes["type"] == "source" }?.trimmedText
            for section in concept.children(isV3 ? "langSec" : "langSet") {
                guard let language = section.language else {
                    throw .malformedXML(SourceLocation(file: file, line: section.line, column: 1), message: "<\(section.name)> without xml:lang")
                }
                let termSections = isV3 ? section.children("termSec")
                    : section.children("tig") + section.children("ntig").compactMap { $0.child("termGrp") }
                for termSection in termSections {
                    guard let term = termSection.child("term"), !term.trimmedText.isEmpty else {
                        throw .malformedXML(SourceLocation(file: file, line: termSection.line, column: 1), message: "<\(termSection.name)> without a <term>")
                    }
                    var notes: [String: String] = [:]
                    for note in termSection.children("termNote") { notes[note.attributes["type"] ?? ""] = note.trimmedText }
                    for group in termSection.children("termNoteGrp") {
                        for note in group.children("termNote") { notes[note.attributes["type"] ?? ""] = note.trimmedText }
                    }
                    entry.terms.append(Term(term.trimmedText, language: language, partOfSpeech: notes["partOfSpeech"],
                                            termType: notes["termType"].flatMap(TermType.init(rawValue:)),
                                            status: notes["administrativeStatus"].flatMap(AdministrativeStatus.init(rawValue:))))
                }
            }
            entries.append(entry)
        }
        return Glossary(entries: entries)
    }
}
