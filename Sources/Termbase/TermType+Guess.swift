extension TermType {
    /// The type a bare string suggests: capitals and digits (spaces and hyphens between), 2–10
    /// scalars (`PBB`, `G20`, `DK PBB`, `TNI AD`) is an acronym; anything else has no type. Used
    /// for `terms.tsv`, which has no column for it; its canonical form is then the full form.
    static func guess(for text: String) -> TermType? {
        let scalars = text.unicodeScalars
        guard (2...10).contains(scalars.count), scalars.filter({ $0.properties.isUppercase }).count >= 2 else { return nil }
        return scalars.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "-" || $0 == " " }) ? .acronym : nil
    }
}
