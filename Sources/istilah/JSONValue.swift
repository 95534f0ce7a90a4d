/// A JSON value written straight to text: the writers' fast path for large outputs (Foundation's
/// `JSONEncoder` spent more time than extraction itself on a 20 MB corpus).
///
/// Objects print their keys sorted, two-space indentation, `"key" : value` like
/// `JSONEncoder` with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`; objects and arrays
/// whose values are all scalars and that are short print on one line.
indirect enum JSONValue {
    /// Members in any order; written sorted by key (keys must be distinct).
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    /// The pretty-printed text, ending in a newline.
    func text() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// Appends the value's text at an indentation of `indent` spaces (no trailing newline).
    func write(into out: inout String, indent: Int) {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: indent)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value's UTF-8 text at an indentation of `indent` spaces (no trailing newline).
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let unsorted):
            if unsorted.isEmpty { out += "{}".utf8; return }
            let members = unsorted.sorted { $0.0 < $1.0 }
            if members.count <= 4, members.allSatisfy({ $0.1.isScalar }) {
                out += "{ ".utf8
                for (index, member) in members.enumerated() {
                    if index > 0 { out += ", ".utf8 }
                    Self.quote(member.0, into: &out)
                    out += " : ".utf8
                    member.1.write(into: &out, indent: indent)
                }
                out += " }".utf8
                return
            }
            out += "{\n".utf8
            for (index, member) in members.enumerated() {
                Self.indent(indent + 2, into: &out)
                Self.quote(member.0, into: &out)
                out += " : ".utf8
                member.1.write(into: &out, indent: indent + 2)
                out += (index + 1 < members.count ? ",\n" : "\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            if elements.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (index, element) in elements.enumerated() {
                Self.indent(indent + 2, into: &out)
                element.write(into: &out, indent: indent + 2)
                out += (index + 1 < elements.count ? ",\n" : "\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .string(let string): Self.quote(string, into: &out)
        case .integer(let value): Self.integer(value, into: &out)
        case .number(let value): Self.number(value, into: &out)
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .null: out += "null".utf8
        }
    }

    /// Appends `count` spaces.
    static func indent(_ count: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Appends the decimal digits of `value` (as `String(value)` writes them).
    static func integer(_ value: Int, into out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.longest) { digits in
            let start = digits.baseAddress!
            let end = DecimalDigits.write(value, at: start)
            out.append(contentsOf: UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// Appends a number: a whole number below 10^15 as an integer, anything else as `String(value)` writes it.
    static func number(_ value: Double, into out: inout [UInt8]) {
        if value == value.rounded() && abs(value) < 1e15 { integer(Int(value), into: &out) } else { out += String(value).utf8 }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` … or `\u00XX`.
    static func quote(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var plain = true
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain {
            out += string.utf8
        } else {
            for byte in string.utf8 {
                switch byte {
                case 0x22: out += "\\\"".utf8
                case 0x5C: out += "\\\\".utf8
                case 0x0A: out += "\\n".utf8
                case 0x0D: out += "\\r".utf8
                case 0x09: out += "\\t".utf8
                case _ where byte < 0x20:
                    let hex = String(byte, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
