/// A JSON value (RFC 8259) as read by ``JSONValue/parse(_:)``: numbers keep the text they were
/// written with, objects keep member order and the line each value starts on.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number as written (`2021`, `1.5e3`; also Python's `NaN`, `Infinity`, `-Infinity`).
    case number(String)
    case string(String)
    case array([JSONValue], line: Int)
    case object([JSONMember], line: Int)

    /// The member called `key` of an object.
    subscript(key: String) -> JSONValue? {
        guard case let .object(members, _) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Line the value starts on, for arrays and objects.
    var line: Int? {
        switch self {
        case let .array(_, line), let .object(_, line): line
        default: nil
        }
    }

    /// A scalar as text (`"2021"`, `"true"`); arrays and objects as compact JSON; `nil` for null.
    var text: String? {
        switch self {
        case .null: nil
        case let .bool(value): value ? "true" : "false"
        case let .number(text): text
        case let .string(text): text
        case .array, .object: compactJSON
        }
    }

    /// The value written back as compact JSON.
    var compactJSON: String {
        switch self {
        case .null: "null"
        case let .bool(value): value ? "true" : "false"
        case let .number(text): text
        case let .string(text): JSONText.quoted(text)
        case let .array(items, _): "[" + items.map(\.compactJSON).joined(separator: ",") + "]"
        case let .object(members, _):
            "{" + members.map { JSONText.quoted($0.key) + ":" + $0.value.compactJSON }.joined(separator: ",") + "}"
        }
    }
}

/// One `"key": value` of a JSON object.
struct JSONMember: Sendable, Equatable {
    var key: String
    var value: JSONValue
    var line: Int
}

/// Where and why a JSON text is malformed.
struct JSONSyntaxError: Error, Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
}

extension JSONValue {
    /// Deepest nesting accepted; deeper input is refused rather than exhausting the stack.
    static let maximumDepth = 128

    /// Parses a complete JSON text (an optional UTF-8 byte-order mark is skipped).
    ///
    /// - Throws: ``JSONSyntaxError`` at the first error, with its line and column.
    /// - Complexity: O(n) in the number of bytes.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw parser.error("unexpected text after the end of the JSON value")
        }
        return value
    }
}

/// A byte-level recursive-descent JSON parser that counts lines.
private struct JSONParser {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: position - lineStart + 1, message: message)
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < JSONValue.maximumDepth else {
            throw error("arrays and objects are nested more than \(JSONValue.maximumDepth) deep")
        }
        guard let byte = current else { throw error("the text ends where a value is expected") }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "N"): try literal("NaN"); return .number("NaN")
        case UInt8(ascii: "I"): try literal("Infinity"); return .number("Infinity")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character '\(Self.printable(byte))'; expected a value")
        }
    }

    mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let startLine = line
        position += 1
        var members: [JSONMember] = []
        // Duplicate keys: a linear scan for small objects (hashing every key costs more), a set
        // once an object is large, so a hostile 100,000-member object stays linear.
        var keys: Set<String>?
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members, line: startLine)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            let keyLine = line
            let key = try string()
            let isRepeated: Bool
            if var seen = keys {
                keys = nil
                isRepeated = !seen.insert(key).inserted
                keys = seen
            } else {
                isRepeated = members.contains { $0.key == key }
                if members.count == 16 { keys = Set(members.map(\.key) + [key]) }
            }
            guard !isRepeated else { throw error("the member \"\(key)\" appears twice in one object") }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the member name \"\(key)\"") }
            position += 1
            skipWhitespace()
            let value = try value(depth: depth + 1)
            members.append(JSONMember(key: key, value: value, line: keyLine))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(members, line: startLine)
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let startLine = line
        position += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(items, line: startLine)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return .array(items, line: startLine)
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count,
              bytes[position..<(position + expected.count)].elementsEqual(expected) else {
            throw error("unexpected text; expected \(word)")
        }
        position += expected.count
    }

    mutating func number() throws(JSONSyntaxError) -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
            return position - first
        }
        if current == UInt8(ascii: "-") {
            position += 1
            if current == UInt8(ascii: "I") {
                try literal("Infinity")
                return "-Infinity"
            }
        }
        if current == UInt8(ascii: "0") {
            position += 1
        } else if digits() == 0 {
            throw error("a number needs digits")
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("a number needs digits after its decimal point") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        var buffer: [UInt8] = []
        while true {
            guard let byte = current else { throw error("a string is not closed before the end of the text") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw error("a string holds bytes that are not UTF-8; save the file as UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try escape(into: &buffer)
            case 0..<0x20:
                throw error("a control character (\(byte == 10 ? "line break" : "byte \(byte)")) inside a string must be escaped")
            default:
                buffer.append(byte)
                position += 1
            }
        }
    }

    mutating func escape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        guard let byte = current else { throw error("a string ends inside an escape") }
        position += 1
        switch byte {
        case UInt8(ascii: "\""): buffer.append(byte)
        case UInt8(ascii: "\\"): buffer.append(byte)
        case UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                      bytes[position + 1] == UInt8(ascii: "u") else {
                    throw error("a \\u escape holds half of a surrogate pair")
                }
                position += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("a \\u escape holds half of a surrogate pair") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("a \\u escape holds half of a surrogate pair")
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("a \\u escape is not a character") }
            buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw error("unknown escape '\\\(Self.printable(byte))' in a string")
        }
    }

    mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    static func printable(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "byte \(byte)"
    }
}

/// JSON string and document writing shared by the JSON writers.
enum JSONText {
    /// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An object on one line with its members sorted by key: `{"a": 1, "b": "x"}`. Values are
    /// JSON text already.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.sorted { $0.0 < $1.0 }.map { quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}
