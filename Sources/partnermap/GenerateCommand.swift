import ArgumentParser
import PartnerCore
import PartnerMetrics

/// `partnermap generate GRAPH OUT` (hidden): writes a benchmark graph as a CSV workspace, so that
/// `Scripts/compare-peers` hands PartnerMap and the other libraries the very graphs the
/// `Benchmarks/` package generates in-process.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a seeded benchmark graph as a CSV workspace (for Scripts/compare-peers).",
        shouldDisplay: false)

    @Argument(help: "Graph: \(BenchmarkGraph.allCases.map(\.rawValue).joined(separator: ", ")).")
    var graph: String

    @Argument(help: "Folder to write organizations.csv and links.csv into.")
    var output: String

    @Flag(help: "Replace existing files.")
    var force = false

    func validate() throws {
        guard BenchmarkGraph(rawValue: graph) != nil else {
            throw ValidationError("unknown graph '\(graph)'; choose from "
                + BenchmarkGraph.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        guard let graph = BenchmarkGraph(rawValue: graph) else { throw ExitCode.validationFailure }
        try withExitCodes { try WorkspaceWriter.write(graph.network, to: output, replacing: force) }
    }
}
