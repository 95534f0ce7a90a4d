/// The TBX-Basic `administrativeStatus` of a term: whether a translator should use it.
public enum AdministrativeStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The form to use (`preferredTerm-admn-sts`).
    case preferred = "preferredTerm-admn-sts"
    /// An accepted alternative (`admittedTerm-admn-sts`).
    case admitted = "admittedTerm-admn-sts"
    /// A form to avoid (`deprecatedTerm-admn-sts`).
    case deprecated = "deprecatedTerm-admn-sts"
    /// A form no longer in use (`supersededTerm-admn-sts`).
    case superseded = "supersededTerm-admn-sts"
}
