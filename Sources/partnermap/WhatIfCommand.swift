import ArgumentParser
import PartnerAnalysis
import PartnerCore

/// `partnermap whatif`: what happens to a region's network if some organizations close.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Compare components, reach and efficiency before and after removing organizations.",
        discussion: """
            Ties are read as undirected. Reach counts the pairs of organizations joined by some path;
            global efficiency is the mean of 1/distance over all pairs (Latora & Marchiori 2001).
            """)

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("Ids of the organizations to remove, separated by commas.", valueName: "id,…"))
    var remove: String

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    var ids: [String] {
        remove.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if ids.isEmpty { throw ValidationError("--remove needs at least one organization id.") }
    }

    func run() throws {
        let network = try data.load()
        let year = try data.selectedYear(in: network)
        let region = try data.selectedRegion(in: network)
        let snapshot = network.snapshot(year: year, region: region)
        let result: WhatIfResult
        do {
            result = try WhatIf.remove(ids, from: snapshot, in: network)
        } catch let error as UnknownOrganizationError {
            printError("error: \(error)")
            throw ExitCode.validationFailure
        }
        switch format {
        case .table: printOutput(result.table())
        case .csv: printOutput(result.csv())
        case .json: printOutput(try jsonText(result))
        }
    }
}
