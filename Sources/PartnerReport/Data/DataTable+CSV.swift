import PartnerCore

extension DataTable {
    /// The table as CSV, through PartnerCore's ``PartnerCore/CSVWriter``: RFC 4180 quoting, CRLF line
    /// ends, and the formula-injection guard, so a name such as `=HYPERLINK(…)` stays text in a
    /// spreadsheet. Undefined numbers are empty cells; lists are joined with `; `.
    func csv() -> String {
        CSVWriter().document(header: columns, rows: rows.map { row in
            row.map { value in
                switch value {
                case .text(let text): text
                case .integer(let number): String(number)
                case .number(let number): CSVWriter.number(number)
                case .list(let items): items.joined(separator: "; ")
                }
            }
        })
    }
}
