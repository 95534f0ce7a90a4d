/// A position in an input file, as a compiler reports it.
///
/// `line` and `column` are 1-based; columns are counted in Unicode scalars, so a
/// column is the same in every editor that counts characters rather than bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it (`-` for standard input).
    public var file: String
    /// 1-based line number; lines end at LF, CRLF or a lone CR.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location; `line` and `column` are 1-based.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the prefix of a compiler-style diagnostic.
    public var description: String { "\(file):\(line):\(column)" }
}
