/// Escaping for the XML that the GraphML and GEXF writers produce.
///
/// XML 1.0 cannot carry most C0 control characters (U+0001–U+0008, U+000B, U+000C,
/// U+000E–U+001F) nor U+FFFE/U+FFFF, not even as character references; writers check with
/// ``firstUnrepresentableScalar(in:)`` and refuse such values rather than write a file no parser
/// will read.
enum XMLText {
    /// `text` escaped for an attribute value in double quotes. Tabs, line feeds and carriage
    /// returns become character references, so attribute-value normalisation gives them back
    /// unchanged (a literal line break would come back as a space).
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` escaped for element content. Carriage returns become `&#13;` so a parser's
    /// line-end normalisation does not turn `\r\n` into `\n`.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where inAttribute: out += "&quot;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n" where inAttribute: out += "&#10;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The first character of `text` that XML 1.0 cannot represent, if any.
    static func firstUnrepresentableScalar(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD: false
            case 0..<0x20: true
            case 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }

    /// Whether `text` is an `xs:token` (no leading, trailing or doubled spaces, no tabs or line
    /// breaks) — the type GEXF gives labels and edge kinds.
    static func isToken(_ text: String) -> Bool {
        if text.isEmpty { return true }
        if text.first == " " || text.last == " " || text.contains("  ") { return false }
        return !text.unicodeScalars.contains { $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }

    /// `text` collapsed into an `xs:token`: white-space runs become one space, ends trimmed.
    static func token(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }
}

/// Collects the values a writer cannot put into XML, so one run reports them all.
struct XMLValueChecker {
    let file: String
    private(set) var problems: [DataProblem] = []

    init(file: String) { self.file = file }

    /// Records a problem when `value` holds a character XML cannot carry.
    mutating func check(_ value: String, field: String, owner: @autoclosure () -> String) {
        guard let scalar = XMLText.firstUnrepresentableScalar(in: value) else { return }
        let code = String(scalar.value, radix: 16, uppercase: true)
        problems.append(.error(file: file, field: field,
                               "\(owner()) contains U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code), a control character XML 1.0 cannot carry; remove it or write CSV or JSON instead"))
    }

    /// Throws every recorded problem.
    func throwIfNeeded() throws {
        if !problems.isEmpty { throw DataError(problems) }
    }
}
