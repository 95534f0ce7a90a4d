import Terminology

/// Groups terms that are one concept because a glossary gives them the same English
/// (`Korut`, `Korea Utara` → North Korea) or answers from the same entry (``TermAlignment/concept``:
/// `KCNA`, kept as the acronym, and `Kantor Berita Pusat Korea Utara`), so a table can show one
/// row per concept.
///
/// Guards: only English from a glossary or an acronym table counts (a composed or passed-through
/// English is not evidence of identity), and only terms of the same type group (`Washington` the
/// city and a `Washington` organisation stay apart). Groups keep the order of their first member;
/// members keep input order. O(n).
public struct ConceptGrouping: Sendable {
    /// The groups, as indices into the input, in order of their first member.
    public let groups: [[Int]]

    /// Groups the terms whose `alignments` and `categories` are given index for index.
    public init(alignments: [TermAlignment], categories: [TermCategory]) {
        var groups: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for (index, alignment) in alignments.enumerated() {
            guard let english = alignment.concept ?? alignment.english, alignment.via == .glossary || alignment.via == .acronym,
                  index < categories.count else {
                groups.append([index])
                continue
            }
            let key = categories[index].rawValue + "\t" + english
            if let group = groupOfKey[key] {
                groups[group].append(index)
            } else {
                groupOfKey[key] = groups.count
                groups.append([index])
            }
        }
        self.groups = groups
    }
}
