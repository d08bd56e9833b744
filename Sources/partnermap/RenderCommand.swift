import ArgumentParser
import Foundation
import PartnerCore
import PartnerMetrics
import PartnerRender

/// `partnermap render DATA --out DIR`: collaboration maps drawn in-process with Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw collaboration maps: one per region, or the whole network.",
        discussion: """
            Organizations are circles coloured by sector (the same colour on every map of a run) and \
            sized by --size-by; ties are lines as wide as their strength. Each map has a title and a \
            legend; SVG maps have tooltips with each organization's sector and measures.

            Without --region or --all-regions the whole network is drawn (with sfdp above \
            \(MapRequest.largeMapThreshold) organizations). Files are named after the region \
            (gaspesie-iles-de-la-madeleine.svg) or network.svg, written to a temporary file and \
            renamed, and listed on standard output. Same data and options, same bytes. An existing \
            file is replaced only in a folder PartnerMap created, or with --force.
            Exit codes: 0 ok, 64 usage, 65 data error, 70 Graphviz failure, 74 I/O error.
            """)

    @OptionGroup var data: DataOptions

    @Flag(help: "One map per region.")
    var allRegions = false

    @Option(help: "Layout engine: neato, fdp, sfdp, dot, circo or twopi (default: neato; sfdp for large maps).")
    var engine: MapEngine?

    @Option(help: "Output format: svg, png, pdf or dot (Graphviz's DOT with positions).")
    var format: MapFormat = .svg

    @Option(help: "Seed of the layout (neato, fdp, sfdp): same seed, same map.")
    var seed: Int = 1

    @Option(help: ArgumentHelp("What circle size shows: a measure of `centrality`.",
                               valueName: CentralityMeasure.allCases.map(\.rawValue).joined(separator: "|")))
    var sizeBy: CentralityMeasure = .degree

    @Option(help: "Colour ties by kind or stage (default: all the same colour).")
    var colorTiesBy: MapStyle.TieEncoding = .plain

    @Flag(help: "Also draw partners from other regions, in grey.")
    var withBoundary = false

    @Option(help: "Draw the gap analysis's N best suggested ties per region, dashed grey (see `gaps`).")
    var suggestions: Int = 0

    @Option(help: ArgumentHelp("How ties are drawn: straight lines, or splines routed around the organizations (default: auto — routed up to \(MapStyle.routedOrganizationLimit) organizations and \(MapStyle.routedTieLimit) ties, straight above).",
                               valueName: "auto|line|spline"))
    var splines: MapSplines = .auto

    @Option(help: "Resolution of PNG maps, in dots per inch.")
    var dpi: Double = 96

    @Option(help: "Folder to write the maps into (created if missing).")
    var out: String

    @Flag(help: "Replace existing maps in a folder PartnerMap did not create.")
    var force = false

    func validate() throws {
        if allRegions, data.region != nil {
            throw ValidationError("--region and --all-regions cannot be used together")
        }
        if withBoundary, !allRegions, data.region == nil {
            throw ValidationError("--with-boundary needs --region or --all-regions")
        }
        if suggestions < 0 { throw ValidationError("--suggestions must be 0 or more") }
        if !(10...1200).contains(dpi) { throw ValidationError("--dpi must be between 10 and 1200") }
    }

    func run() throws {
        let network = try data.load()
        let scope: MapRequest.Scope = if allRegions {
            .allRegions
        } else if let region = try data.selectedRegion(in: network) {
            .region(region)
        } else {
            .wholeNetwork
        }
        let request = MapRequest(scope: scope, year: try data.selectedYear(in: network),
                                 includeBoundary: withBoundary, engine: engine?.engine, seed: seed,
                                 sizeBy: sizeBy, tieEncoding: colorTiesBy, format: format.graphvizFormat,
                                 suggestions: suggestions, dpi: dpi, splines: splines.graphviz)
        let maps = MapSet(network: network, request: request)
        for planned in maps.maps {
            let count = planned.map.snapshot.organizations.count
            let engine = planned.map.style.engine
            if (engine == .dot || engine == .fdp), count > MapRequest.largeMapThreshold {
                printError("warning: \(engine) on \(count) organizations may take minutes; sfdp or neato is faster")
            }
        }
        // A map Graphviz cannot draw costs only that map: the others are still written.
        let (rendered, failures) = maps.renderEach()
        let isNewFolder = !FileManager.default.fileExists(atPath: out)
        try withExitCodes { try OutputFolderMark.refuseReplacing(rendered.map(\.fileName), in: out, force: force) }
        var table = TextTable(columns: [.init("file", .left), .init("map", .left), .init("organizations"),
                                        .init("ties"), .init("engine", .left), .init("bytes"), .init("seconds")])
        for map in rendered {
            let path = try withExitCodes { try MapFileWriter.write(map.data, fileName: map.fileName, in: out) }
            table.append([path, map.title, TableNumber.count(map.organizations), TableNumber.count(map.ties),
                          map.engine.rawValue, TableNumber.count(map.data.count),
                          TableNumber.decimal(map.seconds, places: 2)])
        }
        if isNewFolder, !rendered.isEmpty { try withExitCodes { try OutputFolderMark.mark(out, by: "render") } }
        printOutput(table.render())
        guard failures.isEmpty else {
            for failure in failures {
                printError("error: \(failure.map.fileName) (\(failure.map.map.resolvedTitle)): \(failure.error)")
            }
            printError("\(failures.count) of \(maps.maps.count) maps failed; the others were written.")
            throw ExitCode(70)
        }
    }
}

/// `--engine` choices.
enum MapEngine: String, CaseIterable, ExpressibleByArgument {
    case neato, fdp, sfdp, dot, circo, twopi
    var engine: GraphvizEngine { GraphvizEngine(rawValue) }
}

/// `--splines` choices: how ties are drawn.
enum MapSplines: String, CaseIterable, ExpressibleByArgument {
    case auto, line, spline
    /// Graphviz's `splines` value; `nil` lets the style choose by the map's size.
    var graphviz: String? {
        switch self {
        case .auto: nil
        case .line: "line"
        case .spline: "true"
        }
    }
}

/// `--format` choices of `render`.
enum MapFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, png, pdf, dot
    var graphvizFormat: GraphvizFormat { GraphvizFormat(rawValue) }
}

extension CentralityMeasure: ExpressibleByArgument {}
extension MapStyle.TieEncoding: ExpressibleByArgument {}
