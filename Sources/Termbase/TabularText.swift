import Segmentation

/// A tab-separated text split into its header and data rows, each field with its place.
///
/// Lines end at LF, CRLF or a lone CR; blank lines and lines starting with `#` are skipped;
/// the first other line is the header. Columns are 1-based and counted in Unicode scalars.
/// Linear in the size of the text.
struct TabularText {
    /// One field of a row: its text and 1-based scalar column.
    struct Field {
        var text: String
        var column: Int
    }

    /// One data row.
    struct Row {
        var line: Int
        var lineText: String
        var fields: [Field]
    }

    var file: String
    var header: Row?
    var rows: [Row] = []
    /// Comment lines (without `#` and one following space), in order: the file's own description.
    var comments: [String] = []

    init(_ text: String, file: String) {
        self.file = file
        var lineNumber = 0
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        for rawLine in Self.lines(of: body) {
            lineNumber += 1
            let line = String(rawLine)
            if line.isEmpty || line.allSatisfy({ $0 == " " }) { continue }
            if line.hasPrefix("#") {
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                comments.append(String(comment))
                continue
            }
            var fields: [Field] = []
            var column = 1
            // Split at the tab's byte: a tab is a grapheme cluster of its own (a control), so this
            // splits where splitting the characters would, without finding their boundaries.
            for bytes in line.utf8.split(separator: 0x09, omittingEmptySubsequences: false) {
                let piece = Substring(bytes)
                fields.append(Field(text: String(piece), column: column))
                column += piece.unicodeScalars.count + 1
            }
            let row = Row(line: lineNumber, lineText: line, fields: fields)
            if header == nil { header = row } else { rows.append(row) }
        }
    }

    /// The lines of `text`, split at LF, CRLF and lone CR, without their breaks.
    static func lines(of text: Substring) -> [Substring] {
        var out: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        // By the bytes: LF and CR are one byte each, never part of another scalar's bytes.
        let bytes = text.utf8
        while index < text.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                out.append(text[start..<index])
                var next = bytes.index(after: index)
                if byte == 0x0D, next < text.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                start = next
                index = next
            } else {
                index = bytes.index(after: index)
            }
        }
        if start < text.endIndex { out.append(text[start...]) }
        return out
    }

    /// An error at `column` of `row`.
    func error(_ row: Row, column: Int, _ message: String) -> TermbaseError {
        .invalidData(SourceLocation(file: file, line: row.line, column: column), message: message, lineText: row.lineText)
    }
}
