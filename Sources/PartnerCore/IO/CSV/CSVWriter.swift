/// Writes RFC 4180 CSV that spreadsheets open safely.
///
/// - A field is quoted when it holds a comma, a quote, a line break, or leading/trailing spaces;
///   quotes inside are doubled.
/// - Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`,
///   `@`, a tab or a carriage return would run as a formula in Excel or LibreOffice, so it gets a
///   leading `'` inside quotes (`"'=SUM(A1)"`). Plain numbers such as `-0.25` are left alone: they
///   are read as numbers, not formulas. The workspace reader removes the guard
///   (``unguarded(_:)``), so values round-trip unchanged.
/// - Lines end with CRLF, as RFC 4180 says (`lineEnding` can change it).
///
/// Build a document with ``row(_:)`` / ``document(header:rows:)``; write numbers with ``number(_:)``
/// so undefined values are empty cells, never `nan`.
public struct CSVWriter: Sendable {
    public var lineEnding: String

    public init(lineEnding: String = "\r\n") {
        self.lineEnding = lineEnding
    }

    /// One field, quoted and guarded as needed.
    public static func field(_ text: String) -> String {
        var text = text
        if startsLikeFormula(text), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        } || text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.hasPrefix("'")
        guard needsQuotes else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }

    /// A number for a CSV cell: the shortest text that reads back as the same `Double`; empty when
    /// the value is undefined (`nil`, NaN or infinite). Whole numbers print without `.0`.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// One line: the fields, guarded, joined by commas, ended by ``lineEnding``.
    public func row(_ fields: [String]) -> String {
        fields.map(Self.field).joined(separator: ",") + lineEnding
    }

    /// A whole document: the header row, then one line per row.
    public func document(header: [String], rows: [[String]]) -> String {
        var text = row(header)
        for fields in rows { text += row(fields) }
        return text
    }

    /// The value a guarded field stood for: ``field(_:)``'s leading `'` removed, so reading back
    /// what was written gives the original text (`'=SUM(A1)` → `=SUM(A1)`). Fields without a
    /// guard are returned unchanged.
    public static func unguarded(_ field: String) -> String {
        guard field.utf8.first == UInt8(ascii: "'"), startsLikeFormula(field) else { return field }
        return String(field.dropFirst())
    }

    private static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `text`, past any leading `'`, starts with a formula character. Counting the
    /// apostrophes makes the guard reversible: a value that itself starts with `'=` is guarded too.
    private static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaStarters.contains(first)
    }

    /// `-12`, `+3.5`, `-1e-3`: a number a spreadsheet reads as a value, not a formula.
    private static func isPlainNumber(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        }) else { return false }
        return Double(text) != nil
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 2)
        for character in self {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out
    }
}
