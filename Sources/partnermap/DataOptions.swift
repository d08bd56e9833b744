import ArgumentParser
import PartnerCore

/// Options every analysing subcommand shares: the data and which part of it to look at.
struct DataOptions: ParsableArguments {
    @Argument(help: "A workspace folder (organizations.csv + links.csv), or a .graphml, .gexf or .json (node-link) file.")
    var data: String

    @Option(help: "Survey year to analyse (default: the latest year in the data).")
    var year: Int?

    @Option(help: "Restrict to one region (matched ignoring case and surrounding spaces).")
    var region: String?

    @Flag(help: "Read ties as directed, source → target.")
    var directed = false

    @Option(help: "Format of DATA: workspace, graphml, gexf or json (default: from the extension; a folder is a workspace).")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("Node attribute holding the sector in GraphML, GEXF or JSON data.", valueName: "name"))
    var sectorAttribute = "sector"

    @Option(help: ArgumentHelp("Node attribute holding the region in GraphML, GEXF or JSON data.", valueName: "name"))
    var regionAttribute = "region"

    @Option(help: ArgumentHelp("Refuse DATA with more links than this, before it fills memory.", valueName: "N"))
    var maxLinks = LinkLimit.defaultMaximum

    var loadOptions: LoadOptions {
        LoadOptions(isDirected: directed, format: inputFormat,
                    sectorAttribute: sectorAttribute, regionAttribute: regionAttribute, maximumLinks: maxLinks)
    }

    func validate() throws {
        if maxLinks < 1 { throw ValidationError("--max-links must be at least 1") }
    }

    /// Loads the network, printing warnings to stderr (the first few: `validate` lists them all);
    /// errors become exit code 65 (or 74).
    func load() throws -> PartnershipNetwork {
        let loaded = try loadWithDeclarations()
        if loaded.declaredDirected == true, !directed {
            printError("\(data): note: the file declares directed edges; they are analysed as undirected (pass --directed to keep direction)")
        }
        return loaded.network
    }

    /// Loads the network with what the file declares (direction), printing the first warnings
    /// to stderr; errors become exit code 65 (or 74).
    func loadWithDeclarations(format: InputFormat? = nil) throws -> LoadedNetwork {
        var options = loadOptions
        options.format = format ?? inputFormat
        let loaded = try withExitCodes { try NetworkLoader.load(data, options: options) }
        let shown = 5
        for warning in loaded.warnings.prefix(shown) { printError(warning.description) }
        if loaded.warnings.count > shown {
            printError("… and \(loaded.warnings.count - shown) more warnings: `partnermap validate \(data)` lists them.")
        }
        return loaded
    }

    /// The year to analyse: `--year`, or the latest year in the data; checks it exists.
    func selectedYear(in network: PartnershipNetwork) throws -> Int? {
        guard let year else { return network.latestYear }
        guard !network.years.isEmpty else {
            throw ValidationError("--year \(year): the data has no survey years (links.csv has no year column)")
        }
        guard network.years.contains(year) else {
            throw ValidationError("--year \(year): the data has years \(network.years.map(String.init).joined(separator: ", "))")
        }
        return year
    }

    /// The region to analyse, checked against the data (spelled as in the data).
    func selectedRegion(in network: PartnershipNetwork) throws -> Region? {
        guard let region else { return nil }
        let wanted = Region(region)
        guard let match = network.regions.first(where: { $0 == wanted }) else {
            throw ValidationError("--region \(region): no such region; the data has \(network.regions.map(\.name).joined(separator: ", "))")
        }
        return match
    }
}

extension InputFormat: ExpressibleByArgument {}
