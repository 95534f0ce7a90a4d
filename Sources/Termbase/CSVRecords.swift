import Segmentation

/// The records of an RFC 4180 CSV text, each field with its 1-based line and scalar column.
///
/// Accepts LF, CRLF and CR line ends and quoted fields spanning lines; an unclosed quote or text
/// after a closing quote is a problem. Blank lines are skipped. Linear in the text.
struct CSVRecords {
    /// One field: its text (unquoted), where it starts, whether it was quoted.
    struct Field {
        var text: String
        var line: Int
        var column: Int
        var quoted: Bool
    }

    /// One record (row).
    struct Record {
        var file: String
        var line: Int
        var lineText: String
        var fields: [Field]

        /// An error at `field`.
        func error(_ field: Field, _ message: String) -> TermbaseError {
            .invalidData(SourceLocation(file: file, line: field.line, column: field.column), message: message,
                         lineText: field.line == line ? lineText : nil)
        }
    }

    /// The records and the syntax problems of `text`.
    static func parse(_ text: String, file: String) -> ([Record], [TermbaseError]) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let lineTexts = TabularText.lines(of: Substring(String(String.UnicodeScalarView(scalars)))).map(String.init)
        var records: [Record] = []
        var problems: [TermbaseError] = []
        var index = 0
        var line = 1, column = 1
        func lineText(_ number: Int) -> String { number - 1 < lineTexts.count ? lineTexts[number - 1] : "" }
        func advance() {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n" || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n")) {
                line += 1; column = 1
            } else if scalar != "\r" {
                column += 1
            }
        }
        while index < scalars.count {
            // Skip blank lines.
            if scalars[index] == "\n" || scalars[index] == "\r" { advance(); continue }
            let recordLine = line
            var fields: [Field] = []
            var endOfRecord = false
            while !endOfRecord {
                var field = Field(text: "", line: line, column: column, quoted: false)
                var value = String.UnicodeScalarView()
                if index < scalars.count, scalars[index] == "\"" {
                    field.quoted = true
                    advance()
                    var closed = false
                    while index < scalars.count {
                        if scalars[index] == "\"" {
                            if index + 1 < scalars.count, scalars[index + 1] == "\"" { value.append("\""); advance(); advance(); continue }
                            advance(); closed = true; break
                        }
                        value.append(scalars[index]); advance()
                    }
                    if !closed {
                        problems.append(.invalidData(SourceLocation(file: file, line: field.line, column: field.column),
                                                     message: "unclosed quote", lineText: lineText(field.line)))
                    } else if index < scalars.count, !(scalars[index] == "," || scalars[index] == "\n" || scalars[index] == "\r") {
                        problems.append(.invalidData(SourceLocation(file: file, line: line, column: column),
                                                     message: "text after a closing quote", lineText: lineText(line)))
                        while index < scalars.count, !(scalars[index] == "," || scalars[index] == "\n" || scalars[index] == "\r") { advance() }
                    }
                } else {
                    while index < scalars.count, !(scalars[index] == "," || scalars[index] == "\n" || scalars[index] == "\r") {
                        value.append(scalars[index]); advance()
                    }
                }
                field.text = String(value)
                fields.append(field)
                if index < scalars.count, scalars[index] == "," { advance() } else {
                    if index < scalars.count { advance() }
                    endOfRecord = true
                }
            }
            records.append(Record(file: file, line: recordLine, lineText: lineText(recordLine), fields: fields))
        }
        return (records, problems)
    }
}
