import Foundation
import PartnerCore
import PartnerRender

/// The collaboration maps of a report, drawn by PartnerRender through Graphviz and kept as inline
/// SVG: the whole network (sfdp, which spreads a few hundred organizations better than neato) and
/// each region (neato, with suggested partnerships dashed). Separate runs give byte-identical maps;
/// maps drawn while other threads of the same process draw maps may differ in a last decimal
/// (Graphviz keeps global state between calls), which is why the determinism test runs the command.
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
        // Graphviz 2.43 writes an SVG viewBox in points but scales the drawing by dpi/72 inside it,
        // so any dpi but 72 crops the map; dpi only matters for raster output anyway.
        style.dpi = 72
        palette = style.palette
        let total = content.regions.count + 1
        progress.update(.maps, 0, total)

        var provinceStyle = style
        provinceStyle.engine = .sfdp
        provinceStyle.maxLabels = Self.provinceLabels
        provinceStyle.nodeDiameter = 8...34
        // Straight ties: routing hundreds of splines around obstacles costs minutes and reads no better
        // at this scale.
        provinceStyle.splines = "line"
        let whole = CollaborationMap(snapshot: content.whole, style: provinceStyle,
                                     sizeMeasure: .degree(of: content.whole))
        province = InlineSVG.prepare(String(decoding: try whole.render(format: .svg), as: UTF8.self),
                                     idPrefix: "province")
        progress.update(.maps, 1, total)

        var regions: [String] = []
        for (index, region) in content.regions.enumerated() {
            let measures = region.measures
            let map = CollaborationMap(
                snapshot: region.snapshot, style: style, sizeMeasure: .degree(of: region.snapshot),
                tooltipMeasures: [
                    MapMeasure(name: t.strength.lowercased(), meaning: t.strength, values: measures.strength, decimals: 1),
                    MapMeasure(name: t.betweenness.lowercased(), meaning: t.betweenness, values: measures.betweenness,
                               decimals: 3),
                ],
                suggestedTies: suggested.indices.contains(index) ? suggested[index] : [])
            regions.append(InlineSVG.prepare(String(decoding: try map.render(format: .svg), as: UTF8.self),
                                             idPrefix: "map"))
            progress.update(.maps, index + 2, total)
        }
        self.regions = regions

        var changes: [String?] = []
        for region in content.regions {
            guard let timeline = region.timeline, let change = timeline.consecutiveChanges.last else {
                changes.append(nil)
                continue
            }
            let timelineMaps = TimelineMaps(timeline: timeline, style: style)
            let frame = try timelineMaps.layout()
            let graph = timelineMaps.changeGraph(change, frame: frame)
            let svg = try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: .nop, format: .svg)
            changes.append(InlineSVG.prepare(String(decoding: svg, as: UTF8.self), idPrefix: "diff"))
        }
        self.changes = changes
    }

    /// The legend of a map: every sector on it, with its colour.
    func legend(for snapshot: Snapshot) -> [LegendSector] {
        Array(Set(snapshot.organizations.map(\.sector))).sorted()
            .map { LegendSector(name: $0.name, color: palette.color(for: $0)) }
    }
}
