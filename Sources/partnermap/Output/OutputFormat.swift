import ArgumentParser
import Foundation

/// `--format`: how a subcommand prints its result (DESIGN §7).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned text tables for people.
    case table
    /// RFC 4180 CSV, guarded against spreadsheet formulas (PartnerCore's `CSVWriter`).
    case csv
    /// JSON for machines: camelCase keys, sorted, stable.
    case json
}

/// Writes text to standard output as is.
func printOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// JSON the way every subcommand writes it: keys sorted, indented, `/` unescaped, final line break.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}

/// Formats numbers for tables: fixed decimals, `–` when undefined.
enum TableNumber {
    static func decimal(_ value: Double?, places: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        return String(format: "%.\(places)f", value)
    }

    /// A count with thousands separators for readability (`12,345`).
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
