/// What a token is, from ICU's word-break rule status refined by its characters.
public enum TokenKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Letters, possibly with digits, hyphens or dots inside (`Kim`, `Jong-un`, `e-KTP`,
    /// `Pilpres2024`, `Tribunnews.com`, `Jl.`).
    case word
    /// A number, amount, time or date (`11.000`, `1,5`, `Rp1.500,00`, `02.45`, `19/6/2024`).
    case number
    /// Punctuation (`.`, `,`, `“`, `–`, `...`).
    case punctuation
    /// Any other visible character that is neither word nor punctuation (`$`, `%`, `+`, `©`).
    case symbol

    /// Whether the token can be part of a term (words and numbers). Inlined into callers.
    @inlinable
    public var isWordLike: Bool { self == .word || self == .number }
}
