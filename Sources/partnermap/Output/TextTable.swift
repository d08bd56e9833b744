/// A plain-text table with aligned columns, for people reading a terminal.
///
/// Widths count characters (grapheme clusters), so accented names line up. Numbers are usually
/// right-aligned, text left-aligned. Trailing spaces are trimmed from every line.
///
/// ```
/// region        organizations  ties
/// ------------  -------------  ----
/// Gaspésie                 14    21
/// ```
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment

        init(_ title: String, _ alignment: Alignment = .right) {
            self.title = title
            self.alignment = alignment
        }
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Spaces between columns.
    var gap = 2

    init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines joined by `\n`, with a final line break.
    func render() -> String {
        var widths = columns.map(\.title.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (i, column) in columns.enumerated() {
                let cell = i < cells.count ? cells[i] : ""
                let padding = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { text += String(repeating: " ", count: gap) }
                text += column.alignment == .left ? cell + padding : padding + cell
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(columns.map(\.title)), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A two-column "name  value" list (no header), for a handful of headline figures.
    static func keyValue(_ pairs: [(String, String)]) -> String {
        let width = pairs.map(\.0.count).max() ?? 0
        let valueWidth = pairs.map(\.1.count).max() ?? 0
        return pairs.map { key, value in
            key + String(repeating: " ", count: width - key.count + 2)
                + String(repeating: " ", count: valueWidth - value.count) + value
        }.joined(separator: "\n") + "\n"
    }
}
