@_implementationOnly import CICU

/// The benchmark baseline: a plain ICU word-break loop over a UTF-8 `UText`, doing nothing
/// with the segments but counting the word-like ones.
///
/// ``Segmenter`` is measured as a ratio to this loop over the same bytes, so the cost of
/// Istilah's own layer (rejoin pass, keys, offsets, sentences) is visible apart from ICU's.
public final class BareWordBreakLoop {
    private let iterator: OpaquePointer  // UBreakIterator *

    /// Opens an ICU word break iterator for `locale` (`ubrk_open(UBRK_WORD, …)`).
    public init(locale: String = "id") throws(SegmentationError) {
        var status = U_ZERO_ERROR
        let opened = cicu_ubrk_open(cicu_ubrk_word(), locale, nil, 0, &status)
        if let error = icuError("ubrk_open", status) { throw .icu(error) }
        guard let opened else { throw .icu(ICUError(function: "ubrk_open", code: 1, name: "U_ILLEGAL_ARGUMENT_ERROR")) }
        iterator = opened
    }

    deinit { cicu_ubrk_close(iterator) }

    /// The number of word-like segments (rule status ≥ 100) in `text`; `ubrk_next` over `utext_openUTF8`.
    public func wordCount(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var status = U_ZERO_ERROR
            let utext = bytes.withMemoryRebound(to: CChar.self) {
                cicu_utext_openUTF8(nil, $0.baseAddress, Int64($0.count), &status)
            }
            defer { _ = cicu_utext_close(utext) }
            let iterator = self.iterator
            cicu_ubrk_setUText(iterator, utext, &status)
            guard cicu_failure(status) == 0 else { return 0 }
            var words = 0
            _ = cicu_ubrk_first(iterator)
            while cicu_ubrk_next(iterator) != cicu_ubrk_done() {
                if cicu_ubrk_getRuleStatus(iterator) >= 100 { words += 1 }
            }
            return words
        }
    }
}
