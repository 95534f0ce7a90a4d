import Synchronization
import Termbase

/// The English words of a word list by their spelling as Indonesian writes a loan of them
/// (``skeleton(of:)``: `processor` → prosesor, `circuit` → sirkuit, `physics` → fisiks), for
/// ``CompositionalTranslator``'s cognates. Built once, on the first lookup, from the list (O(list size));
/// a skeleton two words share gives nothing (`cell`, `sell`).
final class EnglishSkeletons: Sendable {
    private let list: EnglishWordList
    /// The index by skeleton bytes: the one word, or nil when several share it (so the order the
    /// list is read in does not matter).
    private let index = Mutex<[[UInt8]: String?]?>(nil)

    /// An index over `list`, built when first asked.
    init(list: EnglishWordList) {
        self.list = list
    }

    /// The one English word whose skeleton is that of `spelling` (lowercase ASCII letters), or nil.
    func word(spelledAs spelling: [UInt8]) -> String? {
        let key = Self.skeleton(of: spelling)
        return index.withLock { index in
            if index == nil {
                var built: [[UInt8]: String?] = [:]
                for word in list.words where word.utf8.count >= 5 && word.utf8.allSatisfy({ (0x61...0x7A).contains($0) })
                    && !isInflection(word) {
                    let skeleton = Self.skeleton(of: Array(word.utf8))
                    if built[skeleton] == nil { built[skeleton] = .some(word) } else { built[skeleton] = .some(nil) }
                }
                index = built
            }
            return index?[key] ?? nil
        }
    }

    /// Whether `word` is an inflected or derived form of another word of the list (`lemmas`,
    /// `cheering`, `gadding`, `topless`): Indonesian borrows the base word, so an Indonesian word spelt
    /// like such a form is a word of its own (`lemas`, `kering`, `gading` = ivory, `toples` = jar).
    private func isInflection(_ word: String) -> Bool {
        for ending in ["s", "es", "ing", "ed", "d", "less", "ness", "ly"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if list.words.contains(stem) || (["ing", "ed"].contains(ending) && list.words.contains(stem + "e")) { return true }
            // A doubled final consonant (`gadding` of gad).
            if ["ing", "ed"].contains(ending), stem.count >= 3, stem.last == stem.dropLast().last, list.words.contains(String(stem.dropLast())) {
                return true
            }
        }
        return false
    }

    /// The spelling Indonesian gives an English word's letters (lowercase ASCII), by the regular
    /// rules of loan spelling: `ph` → f, `th` → t, `ch` (not at the end) and `ck` → k, `qu` → ku, `x` → ks, `c` → s
    /// before e, i, y and k elsewhere, `y` → i after the first letter, doubled letters single.
    /// Both sides of a comparison go through it, so an Indonesian spelling maps to itself.
    static func skeleton(of letters: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(letters.count + 2)
        func append(_ byte: UInt8) {
            if result.last != byte { result.append(byte) }
        }
        let (c, h, k, p, q, t, u, x, y, s, f, i) = (UInt8(ascii: "c"), UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "p"),
                                                    UInt8(ascii: "q"), UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "x"),
                                                    UInt8(ascii: "y"), UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "i"))
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : 0
            switch letter {
            case p where next == h: append(f); index += 2; continue
            case t where next == h: append(t); index += 2; continue
            // (Not a final `ch`: `detach` is no loan of `detak`.)
            case c where (next == h && index + 2 < letters.count) || next == k: append(k); index += 2; continue
            case q where next == u: append(k); append(u); index += 2; continue
            case x: append(k); append(s)
            case c: append(next == UInt8(ascii: "e") || next == i || next == y ? s : k)
            case y where index > 0: append(i)
            default: append(letter)
            }
            index += 1
        }
        return result
    }
}
