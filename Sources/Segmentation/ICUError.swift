/// A failure reported by an ICU C function, converted once from its `UErrorCode`.
///
/// Warnings (negative codes such as `U_USING_DEFAULT_WARNING`, which `ubrk_open(…, "id")`
/// returns because ICU has no Indonesian break rules) are success and never become an `ICUError`.
public struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The ICU function that failed, e.g. `ubrk_open`.
    public var function: String
    /// The raw `UErrorCode` value (positive: a failure).
    public var code: Int32
    /// ICU's symbolic name for `code`, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String

    /// Creates an error for `function` with ICU's `code` and its symbolic `name`.
    public init(function: String, code: Int32, name: String) {
        self.function = function
        self.code = code
        self.name = name
    }

    /// `ubrk_open failed: U_ILLEGAL_ARGUMENT_ERROR (1)`.
    public var description: String { "\(function) failed: \(name) (\(code))" }
}
