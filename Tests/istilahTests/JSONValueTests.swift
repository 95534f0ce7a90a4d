import Foundation
@testable import istilah
import Testing

@Suite("JSONValue: the writers' JSON text")
struct JSONValueTests {
    @Test("keys sorted, scalars compact, strings escaped, and the text parses back")
    func roundTrip() throws {
        let value = JSONValue.object([
            ("z", .array([.object([("start", .integer(3)), ("end", .integer(9)), ("document", .string("a/b.txt"))])])),
            ("a", .string("Kim \"Jong\" Un\n\\ \u{1}")),
            ("n", .null), ("t", .bool(true)), ("x", .number(0.5)), ("y", .number(2)),
        ])
        let text = value.text()
        #expect(text.hasPrefix("{\n  \"a\" : \"Kim \\\"Jong\\\" Un\\n\\\\ \\u0001\",\n  \"n\" : null,"))
        #expect(text.contains("{ \"document\" : \"a/b.txt\", \"end\" : 9, \"start\" : 3 }"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["a"] as? String == "Kim \"Jong\" Un\n\\ \u{1}")
        #expect(parsed?["y"] as? Int == 2)
        #expect(parsed?["x"] as? Double == 0.5)
    }
}
