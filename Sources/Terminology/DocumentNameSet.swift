/// A set of names one document writes, as the UTF-8 bytes of each name as written, read from its
/// units by a rule (``LegalFormNames/names(_:text:tables:)``, ``LoneNames/names(_:text:tables:)``)
/// at the first question: the rules that ask are seldom needed, so most documents never pay for
/// the pass over their units.
final class DocumentNameSet {
    /// Reads every name of a document from its units and text.
    typealias Reader = (DocumentUnits, DocumentText, LanguageTables) -> Set<[UInt8]>

    private let units: DocumentUnits
    private let text: DocumentText
    private let read: Reader
    private var names: Set<[UInt8]>?

    /// The names `read` finds in the document whose units are `units`, read lazily from `text`.
    init(units: DocumentUnits, text: DocumentText, read: @escaping Reader) {
        self.units = units
        self.text = text
        self.read = read
    }

    /// Whether the document writes `name` (UTF-8 bytes as written) as the reader's rule says.
    func contains(_ name: ArraySlice<UInt8>, tables: LanguageTables) -> Bool {
        if names == nil { names = read(units, text, tables) }
        return names!.contains(Array(name))
    }
}
