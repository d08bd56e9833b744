import PartnerCore

/// Title and legend of a timeline map, drawn as the graph's HTML-like label at the top.
///
/// Every map of a timeline has the same rows (title, summary, sector swatches for every sector of
/// any year, one key line) and one fixed width — the widest any of them needs — so the label, and
/// with it the canvas, is the same size on every map.
struct TimelineLegend {
    let title: String
    let summary: String
    let maps: TimelineMaps
    let isChange: Bool

    static let swatchesPerRow = 5

    private var style: MapStyle { maps.style }

    /// Sectors of any selected year (members only), sorted.
    private var sectors: [Sector] {
        let all = maps.timeline.snapshots.flatMap { snapshot in
            snapshot.organizations.indices.filter { !snapshot.isBoundary[$0] }.map { snapshot.organizations[$0].sector }
        }
        return Array(Set(all)).sorted()
    }

    /// The key line: what sizes and lines mean (year maps) or what the colours and outlines mean
    /// (change maps) — each entry a coloured glyph and its meaning.
    private var keyEntries: [(glyph: String, color: String, text: String)] {
        let scale = maps.sizeScale
        let size = scale.lowerBound == scale.upperBound
            ? "Circle size: number of partners"
            : "Circle size: number of partners, \(Int(scale.lowerBound)) to \(Int(scale.upperBound)) on every map"
        guard isChange else {
            return [("", "#333333", size + " · line width: tie strength")]
        }
        return [
            ("━━", TimelineMaps.formedColor, "tie formed"),
            ("╍╍", TimelineMaps.dissolvedColor, "tie dissolved"),
            ("━━", TimelineMaps.keptColor, "tie kept"),
            ("◯", TimelineMaps.joinedOutline, "joined (thick outline)"),
            ("◌", "#8C8C8C", "left (dashed outline)"),
        ]
    }

    private var keyTable: String {
        let cells = keyEntries.map { entry in
            (entry.glyph.isEmpty ? "" : "<td>" + bold(entry.glyph, color: entry.color) + "</td>")
                + "<td align=\"left\">" + font(entry.text, color: "#333333") + "</td>"
        }
        return "<td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"1\"><tr>"
            + cells.joined(separator: "<td width=\"10\"></td>") + "</tr></table></td>"
    }

    /// The label's HTML, `width` points wide.
    func html(width: Double) -> String {
        var rows: [String] = []
        rows.append(cell("<font point-size=\"\(DOTEscaping.number(style.titleFontSize))\"><b>"
                         + DOTEscaping.html(title) + "</b></font>"))
        rows.append(cell(font(summary, color: "#555555")))
        rows.append(swatchTable)
        rows.append(keyTable)
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\" width=\""
            + DOTEscaping.number(width.rounded(.up), decimals: 0) + "\">"
            + rows.map { "<tr>" + $0 + "</tr>" }.joined() + "</table>"
    }

    /// An overestimate of the width this legend needs, in points (about 0.62 em per character).
    var estimatedWidth: Double {
        let small = style.fontSize + 1
        let titleWidth = Double(title.count) * style.titleFontSize * 0.62
        let summaryWidth = Double(summary.count) * small * 0.62
        let keyWidth = keyEntries.reduce(0.0) { width, entry in
            width + Double(entry.glyph.count + entry.text.count) * small * 0.62 + 18
        }
        let swatchRows = stride(from: 0, to: sectors.count, by: Self.swatchesPerRow).map { start in
            sectors[start..<min(start + Self.swatchesPerRow, sectors.count)]
                .reduce(0.0) { $0 + 12 + 10 + Double($1.name.count) * small * 0.62 }
        }
        return ([titleWidth, summaryWidth, keyWidth] + swatchRows).max() ?? 0
    }

    /// The widest legend of any map of `maps`, plus padding.
    static func width(for maps: TimelineMaps) -> Double {
        let legends = maps.timeline.snapshots.indices.map(maps.yearLegend) + maps.timeline.consecutiveChanges.map(maps.changeLegend)
        return (legends.map(\.estimatedWidth).max() ?? 0) + 16
    }

    private var swatchTable: String {
        let entries = sectors.map { (style.palette.color(for: $0), $0.name) }
        guard !entries.isEmpty else { return "<td></td>" }
        var rows: [String] = []
        for start in stride(from: 0, to: entries.count, by: Self.swatchesPerRow) {
            rows.append(entries[start..<min(start + Self.swatchesPerRow, entries.count)].map { color, name in
                "<td width=\"12\" height=\"12\" fixedsize=\"true\" bgcolor=\"\(color)\"></td>"
                    + "<td align=\"left\">" + font(name, color: "#222222") + "</td>"
            }.joined())
        }
        return "<td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"1\">"
            + rows.map { "<tr>" + $0 + "</tr>" }.joined() + "</table></td>"
    }

    private func cell(_ content: String) -> String { "<td align=\"left\">" + content + "</td>" }

    private func bold(_ text: String, color: String) -> String {
        "<b>" + font(text, color: color) + "</b>"
    }

    private func font(_ text: String, color: String) -> String {
        "<font point-size=\"\(DOTEscaping.number(style.fontSize + 1))\" color=\"\(color)\">"
            + DOTEscaping.html(text) + "</font>"
    }
}
