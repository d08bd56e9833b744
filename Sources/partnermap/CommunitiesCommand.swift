import ArgumentParser
import PartnerCore
import PartnerMetrics

/// `partnermap communities DATA`: groups of organizations that work mostly with each other.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Communities of organizations that work mostly together (Louvain), against the sectors.",
        discussion: """
            Finds communities with the Louvain method (Blondel et al. 2008), maximising Newman \
            modularity at resolution 1, and lists each with its organizations and sectors. The same \
            --seed always gives the same communities; another seed may give a slightly different \
            division of similar quality. The modularity of the sectors taken as communities is shown \
            for comparison: much lower than the communities' means collaboration crosses sector lines.

            With --directed, ties are read without direction (a reciprocated pair counts twice). With \
            --weight strength, stronger ties weigh more.

            --format csv prints one row per organization (community, id, name, sector, region); \
            --format json prints {"communities":[{"community","size","organizations":[…],"sectors":[…]}],\
            "modularity","sectorModularity","seed",…} with sorted keys.
            """)

    @OptionGroup var data: DataOptions

    @Option(help: "Seed of the Louvain node order (same seed, same communities).")
    var seed: UInt64 = 1

    @Option(help: "Tie weight: 'strength' weighs ties by their strength (default: every tie counts 1).")
    var weight: String?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Flag(help: .hidden)
    var timings = false

    func validate() throws {
        if let weight, weight != "strength" {
            throw ValidationError("--weight \(weight): the only tie weight is 'strength'")
        }
    }

    func run() throws {
        var clock = PhaseClock(enabled: timings)
        let network = try data.load()
        clock.lap("load")
        let snapshot = network.snapshot(year: try data.selectedYear(in: network),
                                        region: try data.selectedRegion(in: network))
        clock.lap("snapshot")
        let report = CommunityReport(snapshot: snapshot, seed: seed, weighted: weight != nil)
        clock.lap("communities")
        switch format {
        case .table: printOutput(CommunityTables.text(report, source: data.data))
        case .csv: printOutput(CommunityTables.csv(report))
        case .json: printOutput(try jsonText(report))
        }
        clock.lap("output")
    }
}

/// The text and CSV forms of a ``CommunityReport``.
enum CommunityTables {
    static func text(_ report: CommunityReport, source: String) -> String {
        let scope = [report.year.map(String.init) ?? "all ties", report.region ?? "all regions",
                     report.isDirected ? "ties read without direction" : nil,
                     report.isWeighted ? "weighted by strength" : nil].compactMap { $0 }
        var out = "Communities of \(source) — \(scope.joined(separator: ", ")) (Louvain, seed \(report.seed))\n\n"
        out += TextTable.keyValue([
            ("communities", TableNumber.count(report.communities.count)),
            ("modularity", TableNumber.decimal(report.modularity)),
            ("modularity of the sectors", TableNumber.decimal(report.sectorModularity)),
        ])
        for community in report.communities {
            let sectors = community.sectors.map { "\($0.sector) \($0.organizations)" }.joined(separator: ", ")
            out += "\nCommunity \(community.community): \(TableNumber.count(community.size)) "
                + "organization\(community.size == 1 ? "" : "s") — \(sectors)\n"
            var table = TextTable(columns: [.init("id", .left), .init("name", .left), .init("sector", .left),
                                             .init("region", .left)])
            for member in community.organizations {
                table.append([member.id, member.name, member.sector, member.region])
            }
            out += table.render()
        }
        return out
    }

    static func csv(_ report: CommunityReport) -> String {
        let rows = report.communities.flatMap { community in
            community.organizations.map { [String(community.community), $0.id, $0.name, $0.sector, $0.region] }
        }
        return CSVWriter().document(header: ["community", "id", "name", "sector", "region"], rows: rows)
    }
}
