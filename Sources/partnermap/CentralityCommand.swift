import ArgumentParser
import Foundation
import PartnerCore
import PartnerMetrics

/// `partnermap centrality DATA`: every organization's centrality, cohesion and brokerage measures.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality and brokerage of every organization, ranked.",
        discussion: """
            Measures (DESIGN §4; each equals networkx or R sna on published networks): degree, \
            strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, coreNumber, \
            constraint, effectiveSize, brokerage (Gould–Fernandez roles with sector as the group). \
            Organizations are ranked by the first --measure (betweenness by default), highest first.

            With --weight strength, a strong tie is a short one (path length 1/strength) and weighs \
            more in eigenvector, PageRank and Burt's measures. With --directed, ties run source → \
            target and inDegree/outDegree are added.

            --format json prints {"network":{…},"organizations":[{"id","name","sector","region",\
            "degree",…}]} with sorted keys and null where a measure is undefined (closeness of an \
            organization nobody reaches, clustering with fewer than two partners); csv leaves those \
            cells empty.

            Exact betweenness costs one search per organization. On a network where that would take             more than about a minute (organizations × ties above 5·10⁹) it is estimated instead from             sampled shortest paths (Riondato–Kornaropoulos) with ε = 0.01, and a note on stderr says             so; --approximate ε asks for the estimate at any size, --exact refuses it. Every estimate             is within ε·n/(n−2) of the exact value with probability ≥ 90 %, and the same --seed             gives the same estimate for any --threads. JSON then adds network.betweennessEstimate.
            """)

    @OptionGroup var data: DataOptions

    @Option(name: .customLong("measure"),
            help: "Measures to compute, comma-separated or repeated (default: all). The first one ranks.")
    var measureLists: [String] = []

    @Option(help: "Show only the N highest-ranked organizations.")
    var top: Int?

    @Option(help: "Tie weight: 'strength' weighs ties by their strength (default: every tie counts 1).")
    var weight: String?

    @Option(help: "Threads for betweenness, closeness and harmonic (default: all cores). Results do not depend on it.")
    var threads: Int = ParallelChunks.defaultThreads

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Estimate betweenness from sampled shortest paths, each value within ε of the exact one (probability ≥ 90 %).",
                               valueName: "ε"))
    var approximate: Double?

    @Flag(help: "Compute betweenness exactly even on a network large enough to sample it.")
    var exact = false

    @Option(help: "Seed of sampled betweenness (same seed, same estimate).")
    var seed: UInt64 = 1

    @Flag(help: .hidden)
    var timings = false

    /// The requested measures, parsed in `validate()`.
    private var measures: [CentralityMeasure] {
        get throws {
            let names = measureLists.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { return Self.defaultOrder }
            return try names.map { name in
                guard let measure = CentralityMeasure.allCases.first(where: {
                    $0.rawValue.lowercased() == name.lowercased()
                }) else {
                    throw ValidationError("--measure \(name): unknown measure; choose from "
                        + CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return measure
            }
        }
    }

    /// All measures, betweenness first so that it ranks.
    private static let defaultOrder = [CentralityMeasure.betweenness]
        + CentralityMeasure.allCases.filter { $0 != .betweenness }

    func validate() throws {
        _ = try measures
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top))") }
        if threads < 1 { throw ValidationError("--threads must be at least 1 (got \(threads))") }
        if let approximate, !(approximate > 0 && approximate < 1) {
            throw ValidationError("--approximate \(approximate): ε must lie between 0 and 1 (e.g. 0.01)")
        }
        if approximate != nil, exact { throw ValidationError("--approximate and --exact exclude each other") }
        if let weight, weight != "strength" {
            throw ValidationError("--weight \(weight): the only tie weight is 'strength'")
        }
    }

    func run() throws {
        let clock = PhaseClock(enabled: timings)
        let network = try data.load()
        clock.lap("load")
        let snapshot = network.snapshot(year: try data.selectedYear(in: network),
                                        region: try data.selectedRegion(in: network))
        clock.lap("snapshot")
        let measures = try self.measures
        var options = CentralityTable.Options(measures: measures, weighted: weight != nil, threads: threads)
        // Asked for by name, a measure that does not converge is an error; among all, it is null.
        options.reportsUnconvergedAsUndefined = measureLists.isEmpty
        if timings { options.timing = { measure, wall in clock.lap(measure.rawValue, wall: wall) } }
        let progress = MeasureProgress()
        options.progress = { measure, completed, total in progress.update(measure, completed, total) }
        options.betweennessSampling = sampling(for: snapshot, measures: measures)
        let table: CentralityTable
        do {
            defer { progress.finish() }
            table = try CentralityTable(snapshot: snapshot, options: options)
        } catch {
            printError("error: \(error); leave it out with --measure")
            throw ExitCode.dataError
        }
        if let estimate = table.betweennessEstimate {
            printError(Self.note(on: estimate, automatic: approximate == nil))
        }
        for error in table.unconverged { printError("warning: \(error); reported as null") }
        clock.lap("ranking")
        var positions = table.ranking(by: measures[0])
        if let top { positions = Array(positions.prefix(top)) }
        let output = CentralityOutput(table: table, positions: positions, rankedBy: measures[0])
        switch format {
        case .table: printOutput(output.text(source: data.data))
        case .csv: printOutput(output.csv)
        case .json: printOutput(try jsonText(table.document(positions: positions)))
        }
        clock.lap("output")
    }

    /// How to compute betweenness: sampled when asked, or unasked on a large network (unless --exact).
    private func sampling(for snapshot: Snapshot, measures: [CentralityMeasure])
        -> CentralityTable.BetweennessSampling?
    {
        if let approximate { return .init(epsilon: approximate, seed: seed) }
        guard !exact, measures.contains(.betweenness),
              CentralityTable.BetweennessSampling.prefersSampling(snapshot) else { return nil }
        var automatic = CentralityTable.BetweennessSampling.automatic
        automatic.seed = seed
        return automatic
    }

    /// The stderr note that betweenness was estimated, with its error bound.
    static func note(on estimate: ApproximateBetweenness, automatic: Bool) -> String {
        let bound = String(format: "%.4g", estimate.errorBound)
        let confidence = String(format: "%g", 100 * (1 - estimate.failureProbability))
        return "note: betweenness "
            + (automatic ? "estimated, not exact (this network is large): " : "estimated: ")
            + "\(estimate.samples) sampled shortest paths (Riondato–Kornaropoulos, ε = \(estimate.epsilon), "
            + "seed \(estimate.seed)); every value is within ±\(bound) of the exact normalised one "
            + "with probability ≥ \(confidence) %"
            + (automatic ? "; --exact computes it exactly (slow)" : "")
    }
}

/// The `--timings` stopwatch: per-phase wall and CPU times on stderr (issue 9 reads them). CPU
/// time is the whole process's, all threads, since the previous phase: on a shared machine wall
/// time says little about one program, CPU time more.
final class PhaseClock: @unchecked Sendable {
    // Laps come one at a time from the command's thread (the table's hook runs on it too).
    private var wall = ContinuousClock.now
    private var cpu = PhaseClock.processCPUSeconds()
    let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled }

    /// Ends a phase: prints its wall time (`wall`, or the time since the last lap) and CPU time.
    func lap(_ phase: String, wall measured: Duration? = nil) {
        let now = ContinuousClock.now, nowCPU = Self.processCPUSeconds()
        if enabled {
            let duration = measured ?? now - wall
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
            printError("timing \(phase) \(String(format: "%.6f", seconds)) s wall, "
                + "\(String(format: "%.6f", nowCPU - cpu)) s cpu")
        }
        wall = now
        cpu = nowCPU
    }

    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}

/// The text and CSV forms of a ranked ``CentralityTable``.
struct CentralityOutput {
    let table: CentralityTable
    let positions: [Int]
    let rankedBy: CentralityMeasure

    /// Columns for people, with the decimals each needs: brokerage shown as the total of its roles
    /// (CSV and JSON have each role).
    private var textColumns: [(title: String, values: [Double?], places: Int)] {
        var columns: [(String, [Double?], Int)] = []
        for column in table.columns {
            switch column.measure {
            case .brokerage:
                if columns.last?.0 != "brokerage", let totals = table.values(of: .brokerage) {
                    columns.append(("brokerage", totals, 0))
                }
            case .coreNumber: columns.append((column.key, column.values, 0))
            case .strength, .effectiveSize: columns.append((column.key, column.values, 2))
            default: columns.append((column.key, column.values, 4))
            }
        }
        return columns
    }

    func text(source: String) -> String {
        var scope = [table.year.map(String.init) ?? "all years", table.region?.name ?? "all regions",
                     table.isDirected ? "directed ties" : "undirected ties"]
        if table.isWeighted { scope.append("weighted by strength") }
        var out = "Centrality in \(source) — " + scope.joined(separator: ", ") + "\n"
        out += "\(TableNumber.count(table.organizations.count)) organizations, "
            + "\(TableNumber.count(table.tieCount)) ties; ranked by \(rankedBy.rawValue)\n\n"

        let measures = textColumns
        var text = TextTable(columns: [.init("#"), .init("organization", .left), .init("sector", .left)]
                                + (table.region == nil ? [.init("region", .left)] : [])
                                + measures.map { .init($0.title) })
        for (rank, v) in positions.enumerated() {
            let organization = table.organizations[v]
            var row = [String(rank + 1), organization.name, organization.sector.name]
            if table.region == nil { row.append(organization.region.name) }
            for column in measures { row.append(TableNumber.decimal(column.values[v], places: column.places)) }
            text.append(row)
        }
        return out + text.render()
    }

    var csv: String {
        let columns = table.columns
        let header = ["rank", "id", "name", "sector", "region"] + columns.map(\.key)
        let rows = positions.enumerated().map { rank, v -> [String] in
            let organization = table.organizations[v]
            return [String(rank + 1), organization.id, organization.name, organization.sector.name,
                    organization.region.name]
                + columns.map { CSVWriter.number($0.values[v]) }
        }
        return CSVWriter().document(header: header, rows: rows)
    }
}
