import Foundation
import PartnerAnalysis
import PartnerCore
import PartnerRender

/// One run of `partnermap compare`: the network followed over the selected years — as a whole, in
/// one region, or as a whole and in every region — and everything that run prints or writes.
public struct TimelineComparison: Sendable {
    public let network: PartnershipNetwork
    /// The timeline printed at the top level: the whole network, or the one region asked for.
    public let main: Timeline
    /// One timeline per region, sorted by region, when every region was asked for; else empty.
    public let regions: [Timeline]

    /// Which part of the network to follow.
    public enum Scope: Sendable, Equatable {
        case wholeNetwork
        case region(Region)
        /// The whole network, and each region on its own.
        case allRegions
    }

    /// Follows `network` over `years` (at least one; any order).
    /// - Complexity: O(r · y · n · m) for r regions and y years (betweenness).
    public init(network: PartnershipNetwork, years: [Int], scope: Scope, options: TimelineOptions = TimelineOptions()) {
        self.network = network
        switch scope {
        case .wholeNetwork, .allRegions:
            main = Timeline(network: network, years: years, options: options)
        case .region(let region):
            main = Timeline(network: network, region: region, years: years, options: options)
        }
        regions = scope == .allRegions
            ? network.regions.map { Timeline(network: network, region: $0, years: years, options: options) }
            : []
    }

    /// Every timeline: the main one, then the regions.
    public var timelines: [Timeline] { [main] + regions }

    // MARK: - Standard output

    /// The `--format json` document: the main timeline's `region`, `years` and `changes`, and with
    /// every region asked for, `regions` — one such object per region. Keys sorted; ends with a newline.
    public func json() throws -> Data {
        try Self.encoder.encode(Document(main: main, regions: regions)) + Data("\n".utf8)
    }

    /// The `--format table` text.
    public func text() -> String {
        timelines.map { TimelineText(timeline: $0, network: network).render() }.joined(separator: "\n")
    }

    /// The `--format csv` text: the growth table of every timeline.
    public func csv() -> String { TimelineCSV.growth(timelines) }

    // MARK: - Files

    /// Writes every table, map and chart under `folder` and returns the paths written, in order.
    ///
    /// `growth.csv`, `growth.json` and `compare.json` at the top; then for the main timeline in
    /// `folder` and for each region in `folder/regions/<slug>/`: `changes.csv`, `changes.json`, a map
    /// per year (`map-2019.svg`), a change map per pair of consecutive years (`diff-2019-2020.svg`),
    /// and the charts (`chart-size.svg`, `chart-density.svg`, `chart-intersectoral.svg`). Each file
    /// is written to a temporary file and renamed, so none is ever half-written.
    ///
    /// - Throws: ``InputOutputError`` when a file cannot be written; ``GraphvizError`` when a map
    ///   cannot be laid out or rendered.
    public func write(to folder: String, style: MapStyle, imageFormat: GraphvizFormat) throws -> [String] {
        var written: [String] = []
        func save(_ data: Data, _ path: String) throws {
            try OutputFile.write(data, to: path)
            written.append(path)
        }
        let root = URL(fileURLWithPath: folder)
        try save(Data(TimelineCSV.growth(timelines).utf8), root.appendingPathComponent("growth.csv").relativePath)
        try save(Self.encoder.encode(GrowthDocument(main: main, regions: regions)) + Data("\n".utf8),
                 root.appendingPathComponent("growth.json").relativePath)
        try save(json(), root.appendingPathComponent("compare.json").relativePath)

        let slugs = MapFileNames.stems(for: regions.map { $0.region?.name ?? "network" })
        let places = [(main, root)] + zip(regions, slugs).map { timeline, slug in
            (timeline, root.appendingPathComponent("regions").appendingPathComponent(slug))
        }
        for (timeline, place) in places {
            func path(_ name: String) -> String { place.appendingPathComponent(name).relativePath }
            try save(Data(TimelineCSV.changes([timeline], network: network).utf8), path("changes.csv"))
            try save(Self.encoder.encode(ChangesDocument(timeline: timeline)) + Data("\n".utf8), path("changes.json"))
            for image in try TimelineMaps(timeline: timeline, style: style).render(format: imageFormat) {
                try save(image.data, path(image.name + "." + imageFormat.fileExtension))
            }
            for named in GrowthCharts.charts(for: timeline) {
                try save(Data(named.chart.svg().utf8), path(named.name + ".svg"))
            }
        }
        return written
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}

/// `compare.json` and `--format json`.
private struct Document: Encodable {
    let main: Timeline
    let regions: [Timeline]

    func encode(to encoder: any Encoder) throws {
        try main.encode(to: encoder)
        guard !regions.isEmpty else { return }
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(regions, forKey: JSONKey("regions"))
    }
}

/// `growth.json`: `{"region","years"}` of the main timeline, and `regions` of such objects.
private struct GrowthDocument: Encodable {
    let main: Timeline
    let regions: [Timeline]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(main.region?.name, forKey: JSONKey("region"))
        try container.encode(main.growth, forKey: JSONKey("years"))
        guard !regions.isEmpty else { return }
        try container.encode(regions.map { GrowthDocument(main: $0, regions: []) }, forKey: JSONKey("regions"))
    }
}

/// `changes.json` of one timeline: `{"region","changes"}`.
private struct ChangesDocument: Encodable {
    let timeline: Timeline

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(timeline.region?.name, forKey: JSONKey("region"))
        try container.encode(timeline.changes, forKey: JSONKey("changes"))
    }
}
