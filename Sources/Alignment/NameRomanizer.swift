/// Normalises the romanization of a proper name to the spelling an English desk uses.
///
/// Russian given names take the English-press spelling (`Sergey Lavrov` → Sergei Lavrov,
/// `Yury Ushakov` → Yuri Ushakov); a Korean name of a listed surname and a hyphenated given name is
/// written as three capitalised syllables (`Kim Jong-un` → Kim Jong Un, the form AP and Reuters use
/// for the North Korean leaders). Everything else passes through unchanged. Linear in the length.
public struct NameRomanizer: Sendable {
    /// Creates a romanizer over the shipped tables.
    public init() {}

    /// The name with its romanization normalised.
    public func normalize(_ name: String) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return name }
        for index in words.indices {
            if let english = RomanizationTables.russianGivenNames[words[index]] { words[index] = english }
        }
        if words.count == 2, RomanizationTables.koreanSurnames.contains(words[0]) {
            let syllables = words[1].split(separator: "-")
            if syllables.count == 2, syllables.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) {
                words = [words[0]] + syllables.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            }
        }
        return words.joined(separator: " ")
    }
}
