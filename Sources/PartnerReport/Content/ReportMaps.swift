import Foundation
import PartnerCore
import PartnerRender

/// The collaboration maps of a report, drawn by PartnerRender through Graphviz and kept as inline
/// SVG: the whole network (sfdp, which spreads a few hundred organizations better than neato) and,
/// for each region, its map (suggested partnerships dashed) and the map of its last year-to-year
/// change — both drawn at the positions of one neato layout of the region's timeline, so each
/// organization stands in the same place on both maps of the page. Ties are straight lines: the
/// report once routed splines around the organizations, twice per region, and that was 2.9 s of its
/// 3.9 s. Separate runs give byte-identical maps; maps drawn while other threads of the same process
/// draw maps may differ in a last decimal (Graphviz keeps global state between calls), which is why
/// the determinism test runs the command.
///
/// Every map of a run shares one ``PartnerRender/MapStyle``, so a sector has the same colour and a
/// tie strength the same width on every page. Titles and legends are left to the page, which writes
/// them in the report's language.
struct ReportMaps: Sendable {
    /// The whole network's map.
    let province: String
    /// One map per region, in ``ReportContent/regions`` order.
    let regions: [String]
    /// One map per region of its last year-to-year change, drawn at the positions of its timeline
    /// (``PartnerRender/TimelineMaps``); `nil` with a single survey year.
    let changes: [String?]
    let palette: SectorPalette

    /// Organizations labelled on the whole-network map (the most connected); the others keep their
    /// tooltip, so the map stays legible at a few hundred organizations.
    static let provinceLabels = 45

    /// - Throws: ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map.
    init(content: ReportContent, suggested: [[SuggestedTie]], t: Localization,
         progress: ReportProgress) throws(GraphvizError) {
        var style = MapStyle(network: content.network)
        style.showTitle = false
        style.showLegend = false
        style.wording = t.mapWording
        // Straight ties between pinned organizations: routing splines around the organizations was
        // three quarters of the report's time (two routings per region) and reads no better on maps
        // of a few dozen organizations. (Curves would be cheap, but Graphviz 2.43 draws them
        // differently from run to run.)
        style.routesSplines = false
        // A map is scaled down to the page's width: larger names stay readable there.
        style.fontSize = 13
        style.overlapScaling = -1.5
        palette = style.palette
        let total = content.regions.count + 1
        progress.update(.maps, 0, total)

        var provinceStyle = style
        provinceStyle.engine = .sfdp
        provinceStyle.maxLabels = Self.provinceLabels
        provinceStyle.nodeDiameter = 8...34
        // Drawn some 3,000 points wide and shown about 1,150 pixels wide: names three times larger.
        provinceStyle.fontSize = 28
        // The title is the SVG's <title>, which browsers show over the map's background.
        let whole = CollaborationMap(snapshot: content.whole, style: provinceStyle,
                                     sizeMeasure: Self.partners(content.whole, t: t),
                                     title: content.year.map { "\(t.wholeNetwork) — \($0)" } ?? t.wholeNetwork)
        province = Self.svg(try whole.render(format: .svg), idPrefix: "province")
        progress.update(.maps, 1, total)

        var regions: [String] = [], changes: [String?] = []
        for (index, region) in content.regions.enumerated() {
            let drawn = try Self.regionMaps(region, style: style, t: t,
                                            suggested: suggested.indices.contains(index) ? suggested[index] : [])
            regions.append(drawn.map)
            changes.append(drawn.change)
            progress.update(.maps, index + 2, total)
        }
        self.regions = regions
        self.changes = changes
    }

    /// A region's collaboration map and the map of its last year-to-year change, both drawn at the
    /// positions of one layout of its timeline (every organization of any survey year): one layout
    /// per region, and each organization in the same place on both maps of its page. Without a
    /// timeline of two years or more, the map is laid out on its own.
    private static func regionMaps(_ region: RegionContent, style: MapStyle, t: Localization,
                                   suggested: [SuggestedTie]) throws(GraphvizError) -> (map: String, change: String?) {
        let measures = region.measures
        let timeline = region.timeline.flatMap { $0.snapshots.count > 1 ? $0 : nil }
        let timelineMaps = timeline.map { TimelineMaps(timeline: $0, style: style) }
        var mapStyle = style
        // On the timeline's scale, a circle means the same number of partners on both maps.
        mapStyle.sizeScale = timelineMaps?.sizeScale
        let map = CollaborationMap(
            snapshot: region.snapshot, style: mapStyle, sizeMeasure: Self.partners(region.snapshot, t: t),
            tooltipMeasures: [
                MapMeasure(name: t.strength.lowercased(), meaning: t.strength, values: measures.strength, decimals: 1),
                MapMeasure(name: t.betweenness.lowercased(), meaning: t.betweenness, values: measures.betweenness,
                           decimals: 3),
            ],
            suggestedTies: suggested)
        guard let timelineMaps, let change = region.change else {
            return (svg(try map.render(format: .svg), idPrefix: "map"), nil)
        }
        let frame = try timelineMaps.layout()
        var changeGraph = timelineMaps.changeGraph(change, frame: frame)
        // The page writes the change's heading and counts in its language above the map.
        changeGraph.attributes["label"] = nil
        let changeSVG = try GraphvizRenderer.render(dot: DOTWriter.write(changeGraph), engine: .nop, format: .svg)
        return (svg(try map.render(format: .svg, at: frame.positions), idPrefix: "map"),
                svg(changeSVG, idPrefix: "diff"))
    }

    /// Number of partners, named in the page's language for tooltips.
    private static func partners(_ snapshot: Snapshot, t: Localization) -> MapMeasure {
        var measure = MapMeasure.degree(of: snapshot)
        measure.name = t.degree.lowercased()
        return measure
    }

    private static func svg(_ data: Data, idPrefix: String) -> String {
        InlineSVG.prepare(String(decoding: data, as: UTF8.self), idPrefix: idPrefix)
    }

    /// The legend of a map: every sector on it, with its colour.
    func legend(for snapshot: Snapshot) -> [LegendSector] {
        Array(Set(snapshot.organizations.map(\.sector))).sorted()
            .map { LegendSector(name: $0.name, color: palette.color(for: $0)) }
    }
}
