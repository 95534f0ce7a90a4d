import Testing
@testable import Terminology

/// A span keeps its end and its nesting in one word: 12 bytes, each field read back as written.
@Suite struct TermSpanTests {
    @Test func twelveBytesAndFieldsKept() {
        #expect(MemoryLayout<TermSpan>.stride == 12)
        var span = TermSpan(document: 7, start: 3, end: Int32.max, isNested: true)
        #expect(span.document == 7 && span.start == 3 && span.end == Int32.max && span.isNested)
        span.isNested = false
        #expect(span.end == Int32.max && !span.isNested)
        span.end = 9
        span.isNested = true
        #expect(span.end == 9 && span.isNested)
        #expect(span == TermSpan(document: 7, start: 3, end: 9, isNested: true))
        #expect(span != TermSpan(document: 7, start: 3, end: 9, isNested: false))
    }
}
