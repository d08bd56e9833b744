import Foundation
import PartnerCore
import PartnerRender
import Synchronization

/// The collaboration maps of a report, drawn on first use (and kept) by PartnerRender through Graphviz and kept as inline
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
final class ReportMaps: Sendable {
    /// A region's collaboration map and the map of its last year-to-year change (`nil` with a
    /// single survey year), as inline SVG.
    struct RegionMaps: Sendable {
        let map: String
        let change: String?
    }

    private struct Drawn: Sendable {
        var province: String?
        var regions: [Int: RegionMaps] = [:]
    }

    let palette: SectorPalette
    private let content: ReportContent
    private let suggested: [[SuggestedTie]]
    private let t: Localization
    private let style: MapStyle
    /// Maps drawn so far. Drawing happens outside the lock (Graphviz has its own), so a page whose
    /// maps are drawn never waits behind another page's drawing; two requests for the same new map
    /// may both draw it, and the first one kept wins.
    private let drawn = Mutex(Drawn())

    /// Organizations labelled on the whole-network map (the most connected); the others keep their
    /// tooltip, so the map stays legible at a few hundred organizations.
    static let provinceLabels = 45

    /// Prepares the maps of `content`; none is drawn until asked for.
    init(content: ReportContent, suggested: [[SuggestedTie]], t: Localization) {
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
        self.style = style
        self.content = content
        self.suggested = suggested
        self.t = t
    }

    /// Draws every map not drawn yet: the whole network first, then the regions in order (the order
    /// a report folder has always been drawn in, so its maps stay byte-identical).
    func drawAll(progress: ReportProgress) throws(GraphvizError) {
        let total = content.regions.count + 1
        progress.update(.maps, 0, total)
        _ = try province()
        progress.update(.maps, 1, total)
        for index in content.regions.indices {
            _ = try region(index)
            progress.update(.maps, index + 2, total)
        }
    }

    /// The whole network's map, drawn on first use.
    ///
    /// - Throws: ``PartnerRender/GraphvizError`` when Graphviz cannot draw it.
    func province() throws(GraphvizError) -> String {
        if let svg = drawn.withLock({ $0.province }) { return svg }
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
        let svg = Self.svg(try whole.render(format: .svg), idPrefix: "province")
        return drawn.withLock { state in
            if let kept = state.province { return kept }
            state.province = svg
            return svg
        }
    }

    /// The maps of `content.regions[index]`, drawn on first use.
    ///
    /// - Throws: ``PartnerRender/GraphvizError`` when Graphviz cannot draw them.
    func region(_ index: Int) throws(GraphvizError) -> RegionMaps {
        if let maps = drawn.withLock({ $0.regions[index] }) { return maps }
        let maps = try Self.regionMaps(content.regions[index], style: style, t: t,
                                       suggested: suggested.indices.contains(index) ? suggested[index] : [])
        return drawn.withLock { state in
            if let kept = state.regions[index] { return kept }
            state.regions[index] = maps
            return maps
        }
    }

    /// A region's collaboration map and the map of its last year-to-year change, both drawn at the
    /// positions of one layout of its timeline (every organization of any survey year): one layout
    /// per region, and each organization in the same place on both maps of its page. Without a
    /// timeline of two years or more, the map is laid out on its own.
    private static func regionMaps(_ region: RegionContent, style: MapStyle, t: Localization,
                                   suggested: [SuggestedTie]) throws(GraphvizError) -> RegionMaps {
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
            return RegionMaps(map: svg(try map.render(format: .svg), idPrefix: "map"), change: nil)
        }
        let frame = try timelineMaps.layout()
        var changeGraph = timelineMaps.changeGraph(change, frame: frame)
        // The page writes the change's heading and counts in its language above the map.
        changeGraph.attributes["label"] = nil
        let changeSVG = try GraphvizRenderer.render(dot: DOTWriter.write(changeGraph), engine: .nop, format: .svg)
        return RegionMaps(map: svg(try map.render(format: .svg, at: frame.positions), idPrefix: "map"),
                          change: svg(changeSVG, idPrefix: "diff"))
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
