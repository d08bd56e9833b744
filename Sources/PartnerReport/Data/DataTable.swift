import Foundation

/// One table of `DIR/data/`, written both as CSV (for a spreadsheet) and as JSON (an array of
/// records, for a notebook: `pandas.read_json(path)`).
///
/// Column names are the camelCase keys of the JSON records and the CSV header. Undefined numbers are
/// empty CSV cells and JSON `null`, never NaN.
struct DataTable: Sendable {
    /// A cell.
    enum Value: Sendable, Encodable {
        case text(String)
        case integer(Int)
        /// `nil`, NaN and infinities are undefined.
        case number(Double?)
        /// A list of texts (ids of organizations cut off …); `; `-separated in CSV.
        case list([String])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .integer(let value): try container.encode(value)
            case .number(let value):
                if let value, value.isFinite { try container.encode(value) } else { try container.encodeNil() }
            case .list(let items): try container.encode(items)
            }
        }
    }

    /// File name stem (`organizations` → `organizations.csv`, `organizations.json`).
    let name: String
    let columns: [String]
    let rows: [[Value]]

    /// The table as JSON: an array of records with sorted keys, two-space indented, ending with a
    /// newline — byte-identical for the same table.
    func json() throws -> Data {
        let records = rows.map { row in
            Dictionary(uniqueKeysWithValues: zip(columns, row))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(records)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
