import ArgumentParser
import Foundation
import PartnerCore
import PartnerMetrics

/// `partnermap summary DATA`: size, density, components and isolates, by region, year and sector.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Size, density, components and isolates of the network, by region, year and sector.",
        discussion: """
            Summarises one survey year (--year, default the latest) of the whole network or of one \
            region (--region): organizations active that year, ties (several kinds of collaboration \
            between the same pair count as one tie), density (ties over possible ties), connected \
            components and isolates; then a row per region, per survey year and per sector.

            --format csv prints one table with a `scope` column (network, region, year, sector); \
            --format json prints {"organizations","ties","density","components","isolates",\
            "regions":[…],"years":[…],"sectors":[…]} with sorted keys and null for undefined values.

            Examples:
              partnermap summary samples/quebec-npi
              partnermap summary samples/quebec-npi --year 2019 --region "Côte-Nord"
              partnermap summary samples/quebec-npi --format csv > summary.csv
            """)

    @OptionGroup var data: DataOptions

    @Option(help: "table for people, csv for spreadsheets, json for scripts.")
    var format: OutputFormat = .table

    func run() throws {
        let network = try data.load()
        let year = try data.selectedYear(in: network), region = try data.selectedRegion(in: network)
        let summary = NetworkSummary(network: network, year: year, region: region)
        let structure = StructureSummary(snapshot: network.snapshot(year: year, region: region))
        if let estimate = structure.cohesion.estimate {
            printError("note: this network is large, so the largest component's distances come from "
                + "\(estimate.sources) sampled organizations (the diameter is a lower bound) and betweenness "
                + "centralization from sampled betweenness (within ±"
                + String(format: "%.4g", estimate.betweennessErrorBound) + ", probability ≥ 90 %)")
        }
        switch format {
        case .table:
            printOutput(SummaryTables(summary: summary, network: network, source: data.data).text
                        + StructureTables.text(structure))
        case .csv: printOutput(SummaryTables.csv(summary, structure: structure))
        case .json: printOutput(try jsonText(SummaryReport(summary: summary, structure: structure)))
        }
    }
}

/// The text and CSV forms of a ``NetworkSummary``.
struct SummaryTables {
    let summary: NetworkSummary
    let network: PartnershipNetwork
    let source: String

    var text: String {
        var out = title + "\n\n"
        let counts = summary.counts
        var headline = [
            ("organizations", TableNumber.count(counts.organizations)),
            ("ties", TableNumber.count(counts.ties)),
            ("density", TableNumber.decimal(counts.density)),
            ("components", TableNumber.count(counts.components)),
            ("largest component", TableNumber.count(counts.largestComponent)),
            ("isolates", TableNumber.count(counts.isolates)),
            ("sectors", TableNumber.count(summary.sectors.count)),
        ]
        // One region: its ties to other regions say more than a one-row region table.
        if summary.region != nil, let row = summary.regions.first {
            headline.append(("ties to other regions", TableNumber.count(row.externalTies)))
        } else {
            headline.append(("regions", TableNumber.count(summary.regions.count)))
        }
        out += TextTable.keyValue(headline)
        let yearLabel = summary.year.map { ", \($0)" } ?? ""

        if summary.region == nil {
            var regions = TextTable(columns: [.init("region", .left)] + Self.countColumns
                                        + [.init("external ties"), .init("sectors")])
            for row in summary.regions {
                regions.append([row.region] + Self.cells(row.counts)
                               + [TableNumber.count(row.externalTies), TableNumber.count(row.sectors)])
            }
            out += "\nBy region\(yearLabel): ties inside the region; external ties reach other regions\n"
                + regions.render()
        }

        if !summary.years.isEmpty {
            var years = TextTable(columns: [.init("year", .left)] + Self.countColumns)
            for row in summary.years { years.append([String(row.year)] + Self.cells(row.counts)) }
            out += "\nBy year\(summary.region.map { ", \($0)" } ?? "")\n" + years.render()
        }

        var sectors = TextTable(columns: [.init("sector", .left), .init("organizations"), .init("ties"),
                                          .init("intersectoral ties")])
        for row in summary.sectors {
            sectors.append([row.sector, TableNumber.count(row.organizations), TableNumber.count(row.ties),
                            TableNumber.count(row.intersectoralTies)])
        }
        out += "\nBy sector\(yearLabel): ties with at least one end in the sector\n" + sectors.render()
        return out
    }

    private var title: String {
        var parts: [String] = []
        if let year = summary.year {
            let years = network.years
            let span = years.count > 1 ? " (survey years \(years.first ?? year)–\(years.last ?? year))" : ""
            parts.append("\(year)\(span)")
        } else {
            parts.append("all ties (the data has no survey years)")
        }
        parts.append(summary.region ?? "all regions")
        parts.append(summary.isDirected ? "directed ties" : "undirected ties")
        return "Summary of \(source) — " + parts.joined(separator: ", ")
    }

    private static let countColumns: [TextTable.Column] = [
        .init("organizations"), .init("ties"), .init("density"), .init("components"),
        .init("largest component"), .init("isolates"),
    ]

    private static func cells(_ counts: NetworkCounts) -> [String] {
        [TableNumber.count(counts.organizations), TableNumber.count(counts.ties), TableNumber.decimal(counts.density),
         TableNumber.count(counts.components), TableNumber.count(counts.largestComponent),
         TableNumber.count(counts.isolates)]
    }

    /// One CSV table, a row per scope: the network, then each region, year and sector. Columns that
    /// do not apply to a scope are empty.
    static func csv(_ summary: NetworkSummary, structure: StructureSummary) -> String {
        let ownHeader = ["scope", "name", "year", "organizations", "ties", "density", "components",
                         "largestComponent", "isolates", "externalTies", "sectors", "intersectoralTies"]
        let header = ownHeader + StructureTables.csvColumns
        let noStructure = Array(repeating: "", count: StructureTables.csvColumns.count)
        func row(_ scope: String, _ name: String, year: Int?, _ counts: NetworkCounts?,
                 externalTies: Int? = nil, sectors: Int? = nil, organizations: Int? = nil, ties: Int? = nil,
                 intersectoralTies: Int? = nil) -> [String] {
            let number = { (value: Int?) in value.map(String.init) ?? "" }
            return [scope, name, number(year), number(counts?.organizations ?? organizations),
                    number(counts?.ties ?? ties), CSVWriter.number(counts?.density),
                    number(counts?.components), number(counts?.largestComponent), number(counts?.isolates),
                    number(externalTies), number(sectors), number(intersectoralTies)]
        }
        var rows = [row("network", summary.region ?? "", year: summary.year, summary.counts,
                        sectors: summary.sectors.count) + StructureTables.networkCells(structure)]
        rows += summary.regions.map {
            row("region", $0.region, year: summary.year, $0.counts, externalTies: $0.externalTies, sectors: $0.sectors)
                + noStructure
        }
        rows += summary.years.map { row("year", summary.region ?? "", year: $0.year, $0.counts) + noStructure }
        rows += summary.sectors.map {
            row("sector", $0.sector, year: summary.year, nil, organizations: $0.organizations, ties: $0.ties,
                intersectoralTies: $0.intersectoralTies) + StructureTables.sectorCells(structure, sector: $0.sector)
        }
        rows += StructureTables.pairRows(structure, isDirected: summary.isDirected, year: summary.year,
                                         width: ownHeader.count)
        return CSVWriter().document(header: header, rows: rows)
    }
}
