import ArgumentParser
import PartnerCore

/// `partnermap convert IN OUT`: between CSV workspace, GraphML, GEXF and JSON node-link.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between CSV workspace, GraphML, GEXF and JSON node-link.",
        discussion: """
            The output format follows OUT's extension (.graphml, .gexf, .json), or --to; a folder \
            (or a name without extension) receives a CSV workspace. Every format keeps organizations, \
            sectors, regions, years, kinds, strengths, stages and extra attributes.
            GEXF output opens in Gephi with the survey years on its timeline and nodes coloured by sector.
            JSON output lists links under "edges", as networkx 3.4+ writes and reads by default; \
            --json-edges-key links suits D3 and older networkx.
            Direction: a file that declares directed edges stays directed; --directed makes any input directed.
            --year and --region export only that year's ties and that region's organizations.
            Existing files are replaced only with --force; files are written whole or not at all.
            """
    )

    @OptionGroup var data: DataOptions

    @Argument(help: "Where to write: a .graphml, .gexf or .json file, or a folder for a CSV workspace.")
    var output: String

    @Option(name: .customLong("from"), help: "Input format (same as --input-format): workspace, graphml, gexf or json.")
    var from: InputFormat?

    @Option(name: .customLong("to"), help: "Output format: workspace, graphml, gexf or json (default: from OUT).")
    var to: ExportFormat?

    @Option(help: "Name of the link list in JSON output: edges (networkx 3.4+) or links (D3, older networkx).")
    var jsonEdgesKey: NodeLinkJSON.EdgesKey = .edges

    @Flag(help: "Replace existing output files.")
    var force = false

    func validate() throws {
        if let from, let other = data.inputFormat, from != other {
            throw ValidationError("--from \(from.rawValue) and --input-format \(other.rawValue) disagree; give one")
        }
        if to == nil, ExportFormat.inferred(from: output) == nil {
            throw ValidationError("cannot tell the output format of '\(output)'; name it .graphml, .gexf or .json, give a folder, or pass --to")
        }
    }

    func run() throws {
        let format = to ?? ExportFormat.inferred(from: output) ?? .workspace
        let loaded = try data.loadWithDeclarations(format: from)
        // Unlike analyses, convert keeps every year unless --year names one.
        let year = data.year == nil ? nil : try data.selectedYear(in: loaded.network)
        let network = loaded.network.restricted(year: year, region: try data.selectedRegion(in: loaded.network))
        let options = WriteOptions(isDirected: data.directed || loaded.declaredDirected == true,
                                   replacing: force, edgesKey: jsonEdgesKey)
        try withExitCodes { try NetworkWriter.write(network, to: output, format: format, options: options) }
        print("Wrote \(output) (\(format.title)): \(network.organizations.count) organizations, \(network.links.count) link reports.")
    }
}

extension ExportFormat: ExpressibleByArgument {
    /// The format's name for people.
    var title: String {
        switch self {
        case .workspace: "CSV workspace"
        case .graphml: "GraphML"
        case .gexf: "GEXF 1.3"
        case .json: "JSON node-link"
        }
    }
}

extension NodeLinkJSON.EdgesKey: ExpressibleByArgument {}
