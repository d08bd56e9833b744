import PartnerCore

/// The title and legend of a collaboration map, drawn as the graph's own HTML-like label at the top
/// of the image. A graph label is placed by every engine (neato, sfdp and circo included, which
/// ignore clusters) outside the drawing, so it never covers an organization.
struct Legend {
    let map: CollaborationMap

    /// Sector swatches per legend row.
    static let swatchesPerRow = 4

    /// How much larger than the node labels the legend is drawn: a big network makes a big drawing,
    /// which is viewed scaled down, so its legend grows with the square root of the organization
    /// count (×1 up to 40 organizations, ×2.7 for 300, at most ×3).
    var scale: Double {
        if let fixed = map.style.legendScale { return fixed }
        return min(3, max(1, (Double(map.snapshot.organizations.count) / 40).squareRoot()))
    }

    var html: String {
        let style = map.style
        var rows: [String] = []
        if style.showTitle {
            rows.append(cell("<font point-size=\"\(DOTEscaping.number(style.titleFontSize * scale, decimals: 1))\"><b>"
                             + DOTEscaping.html(map.resolvedTitle) + "</b></font>"))
            rows.append(cell(small(summary, color: "#555555")))
        }
        if style.showLegend {
            rows.append(sectorTable)
            rows.append(contentsOf: encodingLines.map { cell(small($0, color: "#333333")) })
            if let ties = tieEncodingTable { rows.append(ties) }
        }
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"2\">"
            + rows.map { "<tr>" + $0 + "</tr>" }.joined() + "</table>"
    }

    /// "42 organizations · 97 ties · 6 partners from other regions".
    private var summary: String {
        let snapshot = map.snapshot
        let members = snapshot.memberCount, boundary = snapshot.organizations.count - members
        var parts = [plural(members, "organization"), plural(snapshot.ties.count, "tie")]
        if boundary > 0 { parts.append(plural(boundary, "partner") + " from other regions") }
        let suggestions = map.drawableSuggestions.count
        if suggestions > 0 { parts.append(plural(suggestions, "suggested tie")) }
        return parts.joined(separator: " · ")
    }

    /// Lines saying what size, width and the greys mean.
    private var encodingLines: [String] {
        let measure = map.sizeMeasure
        let memberValues = map.snapshot.organizations.indices
            .filter { !map.snapshot.isBoundary[$0] && measure.values.indices.contains($0) }
            .map { measure.values[$0] }.filter(\.isFinite)
        var size = "Circle size: \(measure.name) (\(measure.meaning))"
        if let low = memberValues.min(), let high = memberValues.max() {
            let format = { DOTEscaping.number($0, decimals: measure.decimals) }
            size += low == high ? ", all \(format(low))" : ", \(format(low)) to \(format(high))"
        }
        var lines = [size, "Line width: tie strength (wider = stronger collaboration)"]
        var greys: [String] = []
        if map.snapshot.isBoundary.contains(true) { greys.append("grey circles: partners from other regions") }
        if !map.drawableSuggestions.isEmpty { greys.append("dashed grey lines: suggested ties") }
        if !greys.isEmpty { lines.append(greys.joined(separator: " · ").capitalizedFirst) }
        return lines
    }

    /// Swatches for the sectors on this map (the run's colours), a few per row.
    private var sectorTable: String {
        let present = Array(Set(map.snapshot.organizations.indices
            .filter { !map.snapshot.isBoundary[$0] }
            .map { map.snapshot.organizations[$0].sector })).sorted()
        let entries = present.map { (map.style.palette.color(for: $0), $0.name) }
        return swatchTable(entries)
    }

    /// Colours of tie kinds or stages, when the style encodes them.
    private var tieEncodingTable: String? {
        let ties = map.snapshot.ties
        switch map.style.tieEncoding {
        case .plain: return nil
        case .kind:
            let kinds = Array(Set(ties.compactMap(\.kinds.first))).sorted()
            guard !kinds.isEmpty else { return nil }
            return swatchTable(kinds.enumerated().map {
                (MapStyle.kindColors[$0.offset % MapStyle.kindColors.count], "tie: " + $0.element)
            })
        case .stage:
            let stages = Array(Set(ties.compactMap(\.stage))).sorted()
            guard !stages.isEmpty else { return nil }
            return swatchTable(stages.map { (MapStyle.stageColors[$0.rawValue - 1], "stage \($0.rawValue) \($0.name)") })
        }
    }

    /// Entries as lines of coloured discs and names, a few per line. Plain text lines rather than
    /// a nested table: Graphviz stretches a nested table's columns to the widest legend line.
    private func swatchTable(_ entries: [(color: String, name: String)]) -> String {
        guard !entries.isEmpty else { return "<td></td>" }
        var lines: [String] = []
        var index = 0
        while index < entries.count {
            let slice = entries[index..<min(index + Self.swatchesPerRow, entries.count)]
            lines.append(slice.map { entry in
                "<font color=\"\(entry.color)\" point-size=\"\(DOTEscaping.number((map.style.fontSize + 5) * scale, decimals: 1))\">●</font> "
                    + small(entry.name, color: "#222222")
            }.joined(separator: "   "))
            index += Self.swatchesPerRow
        }
        return "<td align=\"left\" balign=\"left\">" + lines.joined(separator: "<br/>") + "</td>"
    }

    private func cell(_ content: String) -> String { "<td align=\"left\">" + content + "</td>" }

    private func small(_ text: String, color: String) -> String {
        "<font point-size=\"\(DOTEscaping.number((map.style.fontSize + 1) * scale, decimals: 1))\" color=\"\(color)\">"
            + DOTEscaping.html(text) + "</font>"
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
