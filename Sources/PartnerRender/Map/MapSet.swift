import Foundation
import PartnerAnalysis
import PartnerCore
import PartnerMetrics

/// What to draw: which maps, of which year, and how.
public struct MapRequest: Sendable {
    /// Which maps a request draws.
    public enum Scope: Hashable, Sendable {
        /// One map of every organization and tie.
        case wholeNetwork
        /// One map of a region.
        case region(Region)
        /// One map per region.
        case allRegions
    }

    public var scope: Scope
    /// Survey year; `nil` draws every tie ever reported (see ``Snapshot``).
    public var year: Int?
    /// Add partners from other regions, in grey.
    public var includeBoundary: Bool
    /// Layout engine; `nil` picks neato, or sfdp above ``largeMapThreshold`` organizations.
    public var engine: GraphvizEngine?
    public var seed: Int
    /// The measure circle size shows (computed by PartnerMetrics on each map's snapshot).
    public var sizeBy: CentralityMeasure
    public var tieEncoding: MapStyle.TieEncoding
    public var format: GraphvizFormat
    /// Draw the gap analysis's best suggested ties per region, dashed grey (0 draws none).
    public var suggestions: Int
    /// Raster resolution of PNG maps.
    public var dpi: Double
    /// Graphviz's `splines` (`line`, `true` …); `nil` lets ``MapStyle`` choose by size.
    public var splines: String?

    /// Above this many organizations a map is laid out with sfdp unless an engine is given. Measured
    /// on this machine (graphviz 2.42) for the 298-organization sample with labels and overlap
    /// removal: neato 6.1 s, sfdp 1.7 s; neato grows as n², sfdp as n log n.
    public static let largeMapThreshold = 150

    public init(scope: Scope = .wholeNetwork, year: Int? = nil, includeBoundary: Bool = false,
                engine: GraphvizEngine? = nil, seed: Int = 1, sizeBy: CentralityMeasure = .degree,
                tieEncoding: MapStyle.TieEncoding = .plain, format: GraphvizFormat = .svg,
                suggestions: Int = 0, dpi: Double = 96, splines: String? = nil) {
        self.scope = scope
        self.year = year
        self.includeBoundary = includeBoundary
        self.engine = engine
        self.seed = seed
        self.sizeBy = sizeBy
        self.tieEncoding = tieEncoding
        self.format = format
        self.suggestions = suggestions
        self.dpi = dpi
        self.splines = splines
    }
}

/// One map of a ``MapSet``, ready to render, with the file name it is saved under.
public struct PlannedMap: Sendable {
    /// File name without folder: the region's slug (made unique) and the format's extension.
    public var fileName: String
    public var map: CollaborationMap
}

/// One rendered map.
public struct RenderedMap: Sendable {
    public var fileName: String
    public var title: String
    public var organizations: Int
    public var ties: Int
    public var engine: GraphvizEngine
    public var data: Data
    /// Wall-clock time of layout and rendering.
    public var seconds: Double
}

/// The maps a ``MapRequest`` asks for, with one style for all of them so a sector has one colour
/// and a tie strength one width across the run.
public struct MapSet: Sendable {
    public var maps: [PlannedMap]
    public var format: GraphvizFormat

    public init(network: PartnershipNetwork, request: MapRequest) {
        var style = MapStyle(network: network)
        style.seed = request.seed
        style.tieEncoding = request.tieEncoding
        style.dpi = request.dpi
        style.splines = request.splines
        format = request.format

        let regions: [Region?] = switch request.scope {
        case .wholeNetwork: [nil]
        case .region(let region): [region]
        case .allRegions: network.regions
        }
        let stems = MapFileNames.stems(for: regions.map { $0.map(\.slug) ?? "network" })
        let suggested = Self.suggestedTies(in: network, regions: regions.compactMap { $0 }, request: request)
        maps = zip(regions, stems).map { region, stem in
            let snapshot = network.snapshot(year: request.year, region: region,
                                            includeBoundary: request.includeBoundary && region != nil)
            var mapStyle = style
            mapStyle.engine = request.engine
                ?? (snapshot.organizations.count > MapRequest.largeMapThreshold ? .sfdp : .neato)
            // Tooltips show the size measure first, then partners, strength and betweenness.
            var shown: [CentralityMeasure] = [request.sizeBy]
            for measure in Self.tooltipMeasures where !shown.contains(measure) { shown.append(measure) }
            var options = CentralityTable.Options(measures: shown.filter { $0 != .degree })
            options.reportsUnconvergedAsUndefined = true
            let table = (try? CentralityTable(snapshot: snapshot, options: options))
            let measures = table.map { MapMeasure.measures(shown, from: $0, snapshot: snapshot) } ?? [.degree(of: snapshot)]
            let size = measures.first ?? .degree(of: snapshot)
            let extra = Array(measures.dropFirst())
            let ties = region.map { suggested[$0] ?? [] } ?? suggested.keys.sorted().flatMap { suggested[$0] ?? [] }
            let map = CollaborationMap(snapshot: snapshot, style: mapStyle, sizeMeasure: size, tooltipMeasures: extra,
                                       suggestedTies: ties)
            return PlannedMap(fileName: stem + "." + request.format.fileExtension, map: map)
        }
    }

    /// Measures every organization's tooltip lists.
    static let tooltipMeasures: [CentralityMeasure] = [.degree, .strength, .betweenness]

    /// The gap analysis's ``MapRequest/suggestions`` best suggested ties of each region (of every
    /// region for the whole network), with their reasons; empty when none are asked for.
    static func suggestedTies(in network: PartnershipNetwork, regions: [Region], request: MapRequest)
        -> [Region: [SuggestedTie]]
    {
        guard request.suggestions > 0 else { return [:] }
        let report = GapAnalysis.report(for: network, options: GapOptions(
            year: request.year, regions: regions.isEmpty ? nil : regions, top: request.suggestions))
        var byRegion: [Region: [SuggestedTie]] = [:]
        for gaps in report.regions {
            byRegion[Region(gaps.region)] = gaps.suggestions.map {
                SuggestedTie(source: $0.source, target: $0.target, reasons: $0.reasons)
            }
        }
        return byRegion
    }

    /// Renders every map, in order.
    ///
    /// - Throws: ``GraphvizError`` from the first map Graphviz cannot draw.
    public func render() throws(GraphvizError) -> [RenderedMap] {
        try maps.map { planned throws(GraphvizError) in try render(planned) }
    }

    /// Renders every map, going on past a map Graphviz cannot draw: the rendered maps in order,
    /// and each failure with the map it belongs to (so one region's failure costs only its map).
    public func renderEach() -> (rendered: [RenderedMap], failures: [(map: PlannedMap, error: GraphvizError)]) {
        var rendered: [RenderedMap] = []
        var failures: [(map: PlannedMap, error: GraphvizError)] = []
        for planned in maps {
            do {
                rendered.append(try render(planned))
            } catch {
                failures.append((planned, error))
            }
        }
        return (rendered, failures)
    }

    private func render(_ planned: PlannedMap) throws(GraphvizError) -> RenderedMap {
        let start = ContinuousClock.now
        let data = try planned.map.render(format: format)
        let elapsed = ContinuousClock.now - start
        return RenderedMap(
            fileName: planned.fileName, title: planned.map.resolvedTitle,
            organizations: planned.map.snapshot.memberCount, ties: planned.map.snapshot.ties.count,
            engine: planned.map.style.engine, data: data,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
}

/// File names for maps: unique, deterministic, and never a path.
public enum MapFileNames {
    /// `stems` made unique in order: the second `montreal` becomes `montreal-2`, the third
    /// `montreal-3` (skipping any stem already taken). Stems are slugs (`[a-z0-9-]`), so they cannot
    /// name another folder; anything else is reduced to one.
    public static func stems(for stems: [String]) -> [String] {
        var taken = Set<String>()
        return stems.map { raw in
            let stem = Region(raw).slug
            var candidate = stem
            var counter = 2
            while taken.contains(candidate) {
                candidate = "\(stem)-\(counter)"
                counter += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }
}
