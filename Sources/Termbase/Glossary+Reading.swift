import Foundation

extension Glossary {
    /// Reads the glossary file at `path` in `format` (default: from its extension).
    ///
    /// Throws `.cannotRead` for a missing or unreadable file or an unknown extension, and every
    /// problem of the file (`.several` when there are more than one), each with its place.
    public init(contentsOf path: String, format: GlossaryFormat? = nil) throws(TermbaseError) {
        guard let format = format ?? GlossaryFormat(path: path) else {
            throw .cannotRead(path: path, message: "cannot tell the glossary format from the file name")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, message: "cannot read file")
        }
        guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
            throw .cannotRead(path: path, message: "not valid UTF-8")
        }
        let (glossary, problems) = format.read(text, file: path)
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw .several(problems) }
        self = glossary
    }
}
