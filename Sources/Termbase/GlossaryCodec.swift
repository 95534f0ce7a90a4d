/// Reads and writes a glossary in one file format; every format has exactly one codec.
///
/// Writers are deterministic: they sort the glossary (``Glossary/sorted``) and use stable
/// tie-breaks, so the same glossary always gives byte-identical output.
public protocol GlossaryCodec: Sendable {
    /// The format this codec handles.
    var format: GlossaryFormat { get }
    /// The glossary as file text. Throws `.unsupported` for a read-only format, or when the
    /// glossary breaks a rule of the format (a control character in a CSV cell).
    func encode(_ glossary: Glossary) throws(TermbaseError) -> String
    /// The glossary in `text`, naming `file` in diagnostics. Throws every problem found
    /// (`.several` when there are more than one), each with its line and column.
    func decode(_ text: String, file: String) throws(TermbaseError) -> Glossary
}
