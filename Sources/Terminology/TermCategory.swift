/// The category of a term (the JSON `type` field), as the schema spells it.
public enum TermCategory: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// A person.
    case person = "PER"
    /// A place: country, city, region, building.
    case location = "LOC"
    /// An organisation, institution, company or outlet.
    case organization = "ORG"
    /// A title or office (`Presiden Rusia`, `juru bicara`).
    case title = "TITLE"
    /// A document: treaty, declaration, resolution, law.
    case document = "DOC"
    /// An event: war, summit, election.
    case event = "EVENT"
    /// A product or brand (`Aurus Senat`).
    case product = "PRODUCT"
    /// A common-noun domain term (`rudal balistik`).
    case term = "TERM"

    /// Orders by the JSON spelling, so sorted output is stable.
    public static func < (a: TermCategory, b: TermCategory) -> Bool { a.rawValue < b.rawValue }
}
