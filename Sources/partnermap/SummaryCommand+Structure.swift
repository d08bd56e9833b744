import PartnerCore
import PartnerMetrics

/// `summary --format json`: the counts of ``NetworkSummary`` and the figures of ``StructureSummary``
/// side by side in one object (each writes its own keys into the same container).
struct SummaryReport: Encodable {
    let summary: NetworkSummary
    let structure: StructureSummary

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        try structure.encode(to: encoder)
    }
}

/// The text and CSV forms of a ``StructureSummary`` inside `partnermap summary`'s output.
enum StructureTables {
    /// "Cohesion" figures and the "Sector mixing" matrix: observed ties per sector pair with the
    /// observed/expected ratio, and each sector's E-I index.
    static func text(_ structure: StructureSummary) -> String {
        let cohesion = structure.cohesion
        let largest = cohesion.largestComponent
        let component = structure.isDirected ? "largest strong component" : "largest component"
        var out = "\nCohesion\n" + TextTable.keyValue([
            ("transitivity", TableNumber.decimal(cohesion.transitivity)),
            ("average clustering", TableNumber.decimal(cohesion.averageClustering)),
            ("diameter of the \(component)", largest.map { String($0.diameter) } ?? "–"),
            ("average path length in it", TableNumber.decimal(largest?.averagePathLength, places: 2)),
            ("degree centralization", TableNumber.decimal(cohesion.degreeCentralization)),
            ("betweenness centralization", TableNumber.decimal(cohesion.betweennessCentralization)),
            ("articulation points", TableNumber.count(cohesion.articulationPoints)),
            ("bridges", TableNumber.count(cohesion.bridges)),
        ])
        let mixing = structure.sectorMixing
        out += "\nSector mixing: E-I index \(TableNumber.decimal(mixing.eiIndex)), "
            + "assortativity \(TableNumber.decimal(mixing.assortativity)), "
            + "modularity of the sectors \(TableNumber.decimal(mixing.sectorModularity))\n"
        out += "(ties between sectors, and in brackets observed / expected at this density)\n"
        var table = TextTable(columns: [.init("sector", .left), .init("E-I")]
                                  + mixing.sectors.map { .init($0) })
        for (a, sector) in mixing.sectors.enumerated() {
            let cells = mixing.sectors.indices.map { b in
                "\(mixing.observed[a][b]) (\(TableNumber.decimal(mixing.ratio[a][b], places: 1)))"
            }
            table.append([sector, TableNumber.decimal(mixing.sectorEIIndex[a], places: 2)] + cells)
        }
        return out + table.render()
    }

    /// Columns the structure figures add to the summary CSV, after its own.
    static let csvColumns = [
        "transitivity", "averageClustering", "largestComponentDiameter", "largestComponentAveragePathLength",
        "degreeCentralization", "betweennessCentralization", "articulationPoints", "bridges",
        "sectorModularity", "eiIndex", "assortativity", "otherSector", "observedTies", "expectedTies", "ratio",
    ]

    /// The added cells of the `network` row.
    static func networkCells(_ structure: StructureSummary) -> [String] {
        let cohesion = structure.cohesion, mixing = structure.sectorMixing
        return [CSVWriter.number(cohesion.transitivity), CSVWriter.number(cohesion.averageClustering),
                cohesion.largestComponent.map { String($0.diameter) } ?? "",
                CSVWriter.number(cohesion.largestComponent?.averagePathLength),
                CSVWriter.number(cohesion.degreeCentralization), CSVWriter.number(cohesion.betweennessCentralization),
                String(cohesion.articulationPoints), String(cohesion.bridges),
                CSVWriter.number(mixing.sectorModularity), CSVWriter.number(mixing.eiIndex),
                CSVWriter.number(mixing.assortativity), "", "", "", ""]
    }

    /// The added cells of a `sector` row: its E-I index.
    static func sectorCells(_ structure: StructureSummary, sector: String) -> [String] {
        var cells = Array(repeating: "", count: csvColumns.count)
        if let index = structure.sectorMixing.sectors.firstIndex(of: sector) {
            cells[9] = CSVWriter.number(structure.sectorMixing.sectorEIIndex[index])
        }
        return cells
    }

    /// `sector-pair` rows (each unordered pair once when undirected, every ordered pair when directed),
    /// `width` empty cells standing for the summary's own columns after `scope` and `name`.
    static func pairRows(_ structure: StructureSummary, isDirected: Bool, year: Int?, width: Int) -> [[String]] {
        let mixing = structure.sectorMixing
        var rows: [[String]] = []
        for a in mixing.sectors.indices {
            for b in mixing.sectors.indices where isDirected || b >= a {
                var row = ["sector-pair", mixing.sectors[a], year.map(String.init) ?? ""]
                row += Array(repeating: "", count: width - 3)
                row += Array(repeating: "", count: 11)
                row += [mixing.sectors[b], String(mixing.observed[a][b]), CSVWriter.number(mixing.expected[a][b]),
                        CSVWriter.number(mixing.ratio[a][b])]
                rows.append(row)
            }
        }
        return rows
    }
}
