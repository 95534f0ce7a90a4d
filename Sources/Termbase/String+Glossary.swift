extension String.UTF8View {
    /// Whether the text may hold a control character (C0, DEL or C1), by one scan of its bytes;
    /// C1 characters are encoded `C2 80`–`C2 9F`.
    var hasControlCharacter: Bool {
        var previous: UInt8 = 0
        for byte in self {
            if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte <= 0x9F) { return true }
            previous = byte
        }
        return false
    }
}

extension String {
    /// The string padded with leading zeros to `width`.
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }

    /// The string without leading and trailing `character`s.
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}

extension Substring {
    /// The substring without leading and trailing `character`s.
    func trimmingCharacters(in character: Character) -> String { String(self).trimmingCharacters(in: character) }
}

extension String {
    /// The string with every `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
