import ArgumentParser
import PartnerAnalysis
import PartnerCore

/// `partnermap gaps`: who is missing — sector gaps, suggested partners with reasons, single points of
/// failure, brokers; `--evaluate` measures the suggestion score on held-out ties.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Find sector gaps, missing partners, single points of failure and brokers, region by region.",
        discussion: """
            Every region is analysed unless --region is given. Suggestions pair organizations of the same
            region; --across-regions also pairs them with other regions. --evaluate hides 10% of the ties
            at random (K seeded rounds) and reports how well the suggestion score, Adamic–Adar and
            Jaccard rank them (AUC, precision@10).
            """)

    @OptionGroup var data: DataOptions

    @Flag(help: "Analyse every region (the default unless --region is given).")
    var allRegions = false

    @Option(help: "Suggestions to show per region.")
    var top = 10

    @Option(help: ArgumentHelp("Roster of expected sectors: a CSV with columns region,sector (an empty or * region means every region).",
                               valueName: "file"))
    var expected: String?

    @Flag(help: "Also suggest partners in other regions.")
    var acrossRegions = false

    @Flag(help: "Evaluate the suggestion score on held-out ties instead of listing gaps.")
    var evaluate = false

    @Option(help: "Rounds of the evaluation (with --evaluate).")
    var seeds: Int?

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if allRegions, data.region != nil {
            throw ValidationError("--region and --all-regions cannot be used together.")
        }
        if top < 0 { throw ValidationError("--top must be 0 or more.") }
        if let seeds {
            guard evaluate else { throw ValidationError("--seeds needs --evaluate.") }
            guard seeds >= 1 else { throw ValidationError("--seeds must be at least 1.") }
        }
        if evaluate, expected != nil || acrossRegions {
            throw ValidationError("--evaluate scores held-out ties; --expected and --across-regions do not apply.")
        }
    }

    func run() throws {
        let network = try data.load()
        let year = try data.selectedYear(in: network)
        let region = try data.selectedRegion(in: network)
        if evaluate {
            let snapshot = network.snapshot(year: year, region: region)
            let evaluation = GapAnalysis.evaluation(of: snapshot, seeds: seeds ?? 10)
            switch format {
            case .table: printOutput(evaluation.table())
            case .csv: printOutput(evaluation.csv())
            case .json: printOutput(try jsonText(["evaluation": evaluation]))
            }
            return
        }
        var roster: ExpectedSectors?
        if let expected {
            let loaded = try withExitCodes { try ExpectedSectors(contentsOf: expected) }
            for unknown in loaded.unknownRegions(in: network) {
                printError("\(expected): warning: region \"\(unknown.name)\" is not in the data; its lines are ignored")
            }
            roster = loaded
        }
        let report = GapAnalysis.report(
            for: network,
            options: GapOptions(year: year, regions: region.map { [$0] }, top: top, expected: roster,
                                acrossRegions: acrossRegions))
        switch format {
        case .table: printOutput(report.table())
        case .csv: printOutput(report.csv())
        case .json: printOutput(try jsonText(report))
        }
    }
}
