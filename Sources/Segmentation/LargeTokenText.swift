/// The surface and key of a ``Token`` when either is no ASCII string of at most 15 bytes
/// (non-ASCII words, long URLs): one box, shared by the token's copies.
final class LargeTokenText: Sendable {
    let surface: String
    let key: String

    init(surface: String, key: String) {
        self.surface = surface
        self.key = key
    }
}
