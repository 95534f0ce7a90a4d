import Segmentation

/// Everything that can go wrong while reading, checking or writing glossary data.
///
/// Messages are short and lowercase; ``location`` says where, and ``description`` prints like a
/// compiler (`glossary/terms.tsv:12:9: error: field 'en' is empty`), followed by the offending
/// line and a caret when the line is known.
public enum TermbaseError: Error, Equatable, Sendable {
    /// A problem in the data of a file: a bad field, a duplicate, a malformed row.
    /// `lineText` is the whole line (without its line break), for the caret display.
    case invalidData(SourceLocation, message: String, lineText: String?)
    /// XML that is not well-formed, or not the expected vocabulary.
    case malformedXML(SourceLocation, message: String)
    /// XML refused for safety: a DOCTYPE that declares entities (billion laughs, XXE).
    case unsafeXML(SourceLocation, message: String)
    /// A file that cannot be read or written.
    case cannotRead(path: String, message: String)
    /// The FreeDict dictionary is not installed (or not where it was looked for).
    case dictionaryMissing(path: String)
    /// A format this codec cannot do, e.g. writing TMX.
    case unsupported(String)
    /// Several problems, all reported (validation never stops at the first).
    case several([TermbaseError])

    /// Where the problem is, when it has a place.
    public var location: SourceLocation? {
        switch self {
        case .invalidData(let location, _, _), .malformedXML(let location, _), .unsafeXML(let location, _): location
        case .cannotRead(let path, _), .dictionaryMissing(let path): SourceLocation(file: path, line: 1, column: 1)
        case .unsupported: nil
        case .several(let errors): errors.first?.location
        }
    }

    /// The message without its location, e.g. `field 'en' is empty`.
    public var message: String {
        switch self {
        case .invalidData(_, let message, _), .malformedXML(_, let message), .unsafeXML(_, let message): message
        case .cannotRead(_, let message): message
        case .dictionaryMissing:
            "FreeDict English-Indonesian dictionary not found; install the Debian package dict-freedict-eng-ind"
        case .unsupported(let what): "unsupported: \(what)"
        case .several(let errors): "\(errors.count) problems"
        }
    }

    /// The single problems this error stands for (itself, or the members of ``several(_:)``).
    public var problems: [TermbaseError] {
        if case .several(let errors) = self { return errors.flatMap(\.problems) }
        return [self]
    }
}

extension TermbaseError: CustomStringConvertible {
    /// Compiler-style diagnostics, one per problem: `file:line:col: error: message`, then the
    /// line and a caret under the column (tabs in the line are kept in the caret's indent).
    public var description: String {
        problems.map { problem in
            var text = problem.location.map { "\($0): error: " } ?? "error: "
            text += problem.message
            if case .invalidData(let location, _, let line?) = problem {
                let indent = line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }
                // Control characters show as their Unicode pictures (U+0007 → ␇), one column each.
                var shown = String.UnicodeScalarView()
                for scalar in line.unicodeScalars {
                    shown.append(scalar.value < 0x20 && scalar != "\t" ? Unicode.Scalar(0x2400 + scalar.value)! : scalar)
                }
                text += "\n" + String(shown) + "\n" + indent.joined() + "^"
            }
            return text
        }.joined(separator: "\n")
    }
}
