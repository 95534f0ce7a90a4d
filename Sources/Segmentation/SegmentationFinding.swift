/// A soft problem noticed while segmenting: reported to the user, never thrown.
public struct SegmentationFinding: Hashable, Sendable, CustomStringConvertible {
    /// What was noticed.
    public enum Kind: String, Sendable, Hashable {
        /// Two words written without a space (`PyongyangKorea`) were split at the case seam.
        case gluedWordsSplit = "glued-words-split"
        /// An invalid UTF-8 sequence was replaced with U+FFFD (`--lossy`).
        case invalidBytesReplaced = "invalid-bytes-replaced"
    }

    /// What was noticed.
    public var kind: Kind
    /// Where.
    public var location: SourceLocation
    /// A short lowercase message, e.g. `split glued words 'PyongyangKorea' into 'Pyongyang' + 'Korea'`.
    public var message: String

    /// Creates a finding.
    public init(kind: Kind, location: SourceLocation, message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `file:line:col: warning: message`.
    public var description: String { "\(location): warning: \(message)" }
}
