import ArgumentParser
import Foundation
import PartnerCore
import PartnerRender

/// `partnermap convert IN OUT`: between CSV workspace, GraphML, GEXF and JSON node-link.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a network between CSV workspace, GraphML, GEXF and JSON node-link.",
        discussion: """
            The output format follows OUT's extension (.graphml, .gexf, .json, .dot), or --to; a folder \
            (or a name without extension) receives a CSV workspace. Every format but DOT keeps organizations, \
            sectors, regions, years, kinds, strengths, stages and extra attributes.
            GEXF output opens in Gephi with the survey years on its timeline and nodes coloured by sector, \
            in the colours of `partnermap render`. DOT output is the collaboration map's DOT (ties merged \
            per pair; --year for one year), unlaid-out, for Graphviz tools.
            JSON output lists links under "edges", as networkx 3.4+ writes and reads by default; \
            --json-edges-key links suits D3 and older networkx.
            Direction: a file that declares directed edges stays directed; --directed makes any input directed.
            --year and --region export only that year's ties and that region's organizations.
            Existing files are replaced only with --force; files are written whole or not at all.
            """
    )

    @OptionGroup var data: DataOptions

    @Argument(help: "Where to write: a .graphml, .gexf, .json or .dot file, or a folder for a CSV workspace.")
    var output: String

    @Option(name: .customLong("from"), help: "Input format (same as --input-format): workspace, graphml, gexf or json.")
    var from: InputFormat?

    @Option(name: .customLong("to"), help: "Output format: workspace, graphml, gexf, json or dot (default: from OUT).")
    var to: ConvertTarget?

    @Option(help: "Name of the link list in JSON output: edges (networkx 3.4+) or links (D3, older networkx).")
    var jsonEdgesKey: NodeLinkJSON.EdgesKey = .edges

    @Flag(help: "Replace existing output files.")
    var force = false

    func validate() throws {
        if let from, let other = data.inputFormat, from != other {
            throw ValidationError("--from \(from.rawValue) and --input-format \(other.rawValue) disagree; give one")
        }
        if to == nil, ConvertTarget(path: output) == nil {
            throw ValidationError("cannot tell the output format of '\(output)'; name it .graphml, .gexf, .json or .dot, give a folder, or pass --to")
        }
    }

    func run() throws {
        let target = to ?? ConvertTarget(path: output) ?? .workspace
        let loaded = try data.loadWithDeclarations(format: from)
        // Unlike analyses, convert keeps every year unless --year names one.
        let year = data.year == nil ? nil : try data.selectedYear(in: loaded.network)
        let region = try data.selectedRegion(in: loaded.network)
        let network = loaded.network.restricted(year: year, region: region)
            .directed(data.directed || loaded.declaredDirected == true)
        // The maps' sector colours, so Gephi shows what `partnermap render` draws.
        let palette = SectorPalette(sectors: loaded.network.sectors)
        let colors = Dictionary(uniqueKeysWithValues: palette.sectors.compactMap { sector in
            RGBColor(hexString: palette.color(for: sector)).map { (sector, $0) }
        })
        try withExitCodes {
            if let format = target.exportFormat {
                let options = WriteOptions(isDirected: network.isDirected, replacing: force, edgesKey: jsonEdgesKey,
                                           sectorColors: colors)
                try NetworkWriter.write(network, to: output, format: format, options: options)
            } else {
                let map = CollaborationMap(snapshot: network.snapshot(year: year, region: region), style: MapStyle(palette: palette))
                try OutputFile.write(Data(map.dot().utf8), to: output, replacing: force)
            }
        }
        print("Wrote \(output) (\(target.title)): \(network.organizations.count) organizations, \(network.links.count) link reports.")
    }
}

/// What `convert` writes: the interchange formats of PartnerCore, or the map's DOT.
enum ConvertTarget: String, CaseIterable, ExpressibleByArgument {
    case workspace, graphml, gexf, json, dot

    /// The target a destination path asks for (see ``ExportFormat/inferred(from:)``), `.dot` too.
    init?(path: String) {
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "dot", !path.hasSuffix("/") {
            self = .dot
            return
        }
        guard let format = ExportFormat.inferred(from: path) else { return nil }
        self.init(rawValue: format.rawValue)
    }

    var exportFormat: ExportFormat? { ExportFormat(rawValue: rawValue) }

    /// The format's name for people.
    var title: String {
        switch self {
        case .workspace: "CSV workspace"
        case .graphml: "GraphML"
        case .gexf: "GEXF 1.3"
        case .json: "JSON node-link"
        case .dot: "Graphviz DOT"
        }
    }
}

extension NodeLinkJSON.EdgesKey: ExpressibleByArgument {}
