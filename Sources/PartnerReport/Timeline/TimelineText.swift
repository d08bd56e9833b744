import Foundation
import PartnerAnalysis
import PartnerCore

/// The `compare` table for people: the growth table with measures as rows and years as columns (each
/// cell with its change against the year before), the ties per NPI stage, then what changed between
/// years in words. Lists longer than ``listLimit`` are cut with "… and N more" (`--format json` has
/// everything).
public struct TimelineText: Sendable {
    public var timeline: Timeline
    /// Organization names by id, to show lists by name.
    public var names: [String: String]
    /// Most items of a list shown before "… and N more".
    public var listLimit: Int

    public init(timeline: Timeline, network: PartnershipNetwork, listLimit: Int = 8) {
        self.timeline = timeline
        self.names = Dictionary(network.organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.listLimit = listLimit
    }

    /// The whole text, ending with a newline.
    public func render() -> String {
        var lines: [String] = []
        let years = timeline.growth.years
        let place = timeline.region?.name ?? "Whole network"
        let span = years.count > 1 ? "\(years.first ?? 0)–\(years.last ?? 0)" : years.first.map(String.init) ?? "no years"
        lines.append("\(place) — survey years \(span)")
        lines.append(String(repeating: "=", count: lines[0].count))
        lines.append("")
        lines.append(contentsOf: growthTable())
        lines.append("")
        lines.append(contentsOf: stageTable())
        for change in timeline.changes {
            lines.append("")
            lines.append(contentsOf: describe(change))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func growthTable() -> [String] {
        let growth = timeline.growth
        let header = [""] + growth.years.map(String.init)
        var rows: [[String]] = []
        for measure in GrowthMeasure.allCases {
            var row = [measure.shortLabel]
            for (index, figures) in growth.rows.enumerated() {
                var cell = Self.format(figures.value(of: measure), measure)
                if let change = growth.change(of: measure, at: index) {
                    cell += " (" + Self.formatChange(change, measure) + ")"
                }
                row.append(cell)
            }
            rows.append(row)
        }
        return Self.columns(header: header, rows: rows)
    }

    private func stageTable() -> [String] {
        let growth = timeline.growth
        let header = ["Ties by NPI stage"] + growth.years.map(String.init)
        var rows = NPIStage.allCases.map { stage in
            ["\(stage.rawValue) \(stage.name)"] + growth.rows.map { String($0.stageCounts[stage.rawValue - 1]) }
        }
        rows.append(["no stage"] + growth.rows.map { String($0.tiesWithoutStage) })
        return Self.columns(header: header, rows: rows)
    }

    private func describe(_ change: YearChange) -> [String] {
        let diff = change.diff
        var lines = ["\(diff.from) → \(diff.to)", String(repeating: "-", count: 11)]
        lines.append("Organizations: \(diff.joined.count) joined, \(diff.left.count) left")
        lines.append(contentsOf: list("  joined", diff.joined.map(name)))
        lines.append(contentsOf: list("  left", diff.left.map(name)))
        let stability = diff.tieStability.map { String(format: "%.3f", $0) } ?? "undefined"
        lines.append("Ties: \(diff.formed.count) formed, \(diff.dissolved.count) dissolved, \(diff.kept.count) kept "
            + "(stability, Jaccard: \(stability))")
        lines.append(contentsOf: list("  formed", diff.formed.map(name)))
        lines.append(contentsOf: list("  dissolved", diff.dissolved.map(name)))
        lines.append("Kept ties: \(diff.strengthened.count) strengthened, \(diff.weakened.count) weakened, "
            + "\(diff.stageUp.count) up an NPI stage, \(diff.stageDown.count) down")
        lines.append(contentsOf: list("  strengthened", diff.strengthened.map(name)))
        lines.append(contentsOf: list("  weakened", diff.weakened.map(name)))
        lines.append(contentsOf: list("  new sector pairs", diff.newSectorPairs.map(\.description)))
        lines.append(contentsOf: list("  sector pairs no longer tied", diff.lostSectorPairs.map(\.description)))
        for movers in [change.betweennessMovers, change.degreeMovers] {
            lines.append(contentsOf: list("  rose in \(movers.measure) rank", movers.risers.map(describe)))
            lines.append(contentsOf: list("  fell in \(movers.measure) rank", movers.fallers.map(describe)))
        }
        return lines
    }

    private func describe(_ move: RankMove) -> String {
        "\(name(move.id)) (#\(move.fromRank) → #\(move.toRank))"
    }

    private func name(_ id: String) -> String {
        guard let name = names[id], name != id else { return id }
        return "\(name) [\(id)]"
    }

    private func name(_ pair: TiePair) -> String { "\(name(pair.first)) — \(name(pair.second))" }

    /// `label: a; b; c … and 4 more`, one line per item when long; nothing for an empty list.
    private func list(_ label: String, _ items: [String]) -> [String] {
        guard !items.isEmpty else { return [] }
        var lines = ["\(label) (\(items.count)):"]
        lines.append(contentsOf: items.prefix(listLimit).map { "    " + $0 })
        if items.count > listLimit { lines.append("    … and \(items.count - listLimit) more (--format json lists all)") }
        return lines
    }

    /// A value as people read it: counts whole, shares in %, others to three decimals; "–" undefined.
    static func format(_ value: Double?, _ measure: GrowthMeasure) -> String {
        guard let value, value.isFinite else { return "–" }
        if measure.isCount { return String(Int(value.rounded())) }
        if measure.isShare { return String(format: "%.1f %%", value * 100) }
        return String(format: "%.\(decimals(measure))f", value)
    }

    /// Decimals for people: four for density (a regional density is often 0.0x), else three.
    static func decimals(_ measure: GrowthMeasure) -> Int { measure == .density ? 4 : 3 }

    /// A change with its sign: "+3", "−0.012", "+1.5 pts" (shares change in percentage points).
    static func formatChange(_ value: Double, _ measure: GrowthMeasure) -> String {
        let text: String
        if measure.isCount {
            text = String(Int(abs(value).rounded()))
        } else if measure.isShare {
            text = String(format: "%.1f pts", abs(value) * 100)
        } else {
            text = String(format: "%.\(decimals(measure))f", abs(value))
        }
        let isZero = Double(text.prefix { $0 != " " }) == 0
        return (isZero ? "±" : value < 0 ? "−" : "+") + text
    }

    /// Left-aligned first column, right-aligned others, two spaces apart.
    static func columns(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in
            all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
