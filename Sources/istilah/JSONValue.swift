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
        var out = ""
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    /// Appends the value's text at an indentation of `indent` spaces (no trailing newline).
    func write(into out: inout String, indent: Int) {
        switch self {
        case .object(let unsorted):
            if unsorted.isEmpty { out += "{}"; return }
            let members = unsorted.sorted { $0.0 < $1.0 }
            if members.count <= 4, members.allSatisfy({ $0.1.isScalar }) {
                out += "{ "
                for (index, member) in members.enumerated() {
                    if index > 0 { out += ", " }
                    Self.quote(member.0, into: &out)
                    out += " : "
                    member.1.write(into: &out, indent: indent)
                }
                out += " }"
                return
            }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                Self.quote(member.0, into: &out)
                out += " : "
                member.1.write(into: &out, indent: indent + 2)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                element.write(into: &out, indent: indent + 2)
                out += index + 1 < elements.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .string(let string): Self.quote(string, into: &out)
        case .integer(let value): out += String(value)
        case .number(let value): out += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` … or `\u00XX`.
    static func quote(_ string: String, into out: inout String) {
        out += "\""
        var plain = true
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { plain = false; break }
        if plain {
            out += string
        } else {
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
