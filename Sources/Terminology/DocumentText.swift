/// A document's text as UTF-8 bytes, shared by its ``PreparedDocument`` and its units (which
/// read their surfaces from it without counting references: see ``Unit``).
final class DocumentText: Sendable {
    /// The bytes of ``Segmentation/Document/text``; ``Unit/utf8Range`` indexes them.
    let bytes: [UInt8]

    /// The text of `bytes`.
    init(_ bytes: [UInt8]) { self.bytes = bytes }
}
