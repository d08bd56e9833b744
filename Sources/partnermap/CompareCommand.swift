import ArgumentParser
import Foundation
import PartnerAnalysis
import PartnerCore
import PartnerRender
import PartnerReport

/// `partnermap compare`: the network over its survey years — growth, who joined and left, ties
/// formed and dissolved, movers — with maps at fixed positions and charts under `--out`.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare survey years: growth table, organizations joined and left, ties formed and dissolved.",
        discussion: """
            Compares every survey year from --from to --to (default: all years), each with the one before,
            and the first with the last. With --out, also writes growth.csv/json, compare.json, the changes
            of each region, a map per year and a change map per pair of consecutive years (every organization
            at the same place on every map), and line charts of the growth.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    enum ImageFormat: String, ExpressibleByArgument, CaseIterable {
        case svg, png
    }

    @OptionGroup var data: DataOptions

    @Option(help: "First survey year to compare (default: the first year in the data).")
    var from: Int?

    @Option(help: "Last survey year to compare (default: the last year in the data).")
    var to: Int?

    @Flag(help: "Follow the whole network and every region on its own.")
    var allRegions = false

    @Option(help: "Printed output: table, csv or json.")
    var format: OutputFormat = .table

    @Option(help: "Folder to write tables, maps and charts to.")
    var out: String?

    @Flag(help: "Write into a non-empty --out folder PartnerMap did not create.")
    var force = false

    @Option(help: "Map image format under --out: svg or png. Charts are always SVG.")
    var imageFormat: ImageFormat = .svg

    @Option(help: "Seed of the map layout and of the Louvain communities (same seed, same output).")
    var seed: Int = 1

    @Option(help: "Organizations listed as rising or falling most in betweenness and degree rank.")
    var movers: Int = 5

    func validate() throws {
        if data.year != nil {
            throw ValidationError("compare takes --from and --to, not --year")
        }
        if allRegions, data.region != nil {
            throw ValidationError("--region and --all-regions exclude each other")
        }
        if let from, let to, from >= to {
            throw ValidationError("--from \(from) must be before --to \(to)")
        }
        if seed < 0 { throw ValidationError("--seed must be 0 or more") }
        if movers < 0 { throw ValidationError("--movers must be 0 or more") }
    }

    func run() throws {
        let network = try data.load()
        let years = try selectedYears(in: network)
        let scope: TimelineComparison.Scope
        if allRegions {
            scope = .allRegions
        } else if let region = try data.selectedRegion(in: network) {
            scope = .region(region)
        } else {
            scope = .wholeNetwork
        }
        let comparison = TimelineComparison(
            network: network, years: years, scope: scope,
            options: TimelineOptions(seed: UInt64(seed), moverLimit: movers))

        switch format {
        case .table: print(comparison.text(), terminator: "")
        case .csv: print(comparison.csv(), terminator: "")
        case .json: FileHandle.standardOutput.write(try comparison.json())
        }

        guard let out else { return }
        var style = MapStyle(network: network)
        style.seed = seed
        let written: [String]
        do {
            written = try withExitCodes {
                // As the report's: a folder PartnerMap made is rewritten (files it no longer writes
                // removed); any other non-empty folder only with --force.
                let folder = try ReportFolder(path: out, force: force)
                let written = try comparison.write(to: out, style: style, imageFormat: imageFormat == .png ? .png : .svg)
                let prefix = URL(fileURLWithPath: out).relativePath + "/"
                try folder.finish(written: written.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 })
                return written
            }
        } catch let error as GraphvizError {
            // As `render` does: Graphviz failing is an internal software error (EX_SOFTWARE).
            printError("error: \(error)")
            throw ExitCode(70)
        }
        // Tables on stdout stay clean for pipes; the list of files goes to stderr with --format csv/json.
        let report = written.map { "wrote \($0)" }.joined(separator: "\n")
        if format == .table { print("\n" + report) } else { printError(report) }
    }

    /// The data's survey years from `--from` to `--to`; both must be survey years of the data.
    private func selectedYears(in network: PartnershipNetwork) throws -> [Int] {
        let all = network.years
        guard !all.isEmpty else {
            throw ValidationError("\(data.data): the links have no year column, so there are no survey years to compare")
        }
        let list = all.map(String.init).joined(separator: ", ")
        for (name, year) in [("--from", from), ("--to", to)] {
            if let year, !all.contains(year) {
                throw ValidationError("\(name) \(year): not a survey year of the data (\(list))")
            }
        }
        let first = from ?? all[0], last = to ?? all[all.count - 1]
        let years = all.filter { (first...last).contains($0) }
        guard years.count >= 2 else {
            throw ValidationError(all.count < 2
                ? "compare needs two survey years; the data has only \(list)"
                : "--from \(first) --to \(last) selects one survey year; compare needs two (the data has \(list))")
        }
        return years
    }
}
