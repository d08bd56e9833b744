import Foundation
import PartnerAnalysis
import PartnerCore

/// Maps of a ``Timeline`` drawn at fixed positions: one per year and one per change between years,
/// so a planner flipping from the 2019 map to the 2022 map sees each organization in the same place.
///
/// The union of every selected year's organizations and ties is laid out once (the style's engine
/// and seed); each map is then drawn by the `nop` engine with every organization pinned there
/// (``DOTGraph/pinning(_:)``). Every map of the timeline holds the same nodes — organizations absent
/// that year are invisible — plus two invisible corner nodes, and a title and legend of one fixed
/// width and the same rows, so all images share one canvas: same size, same place for everyone.
///
/// Year maps look like ``CollaborationMap``s (sector colours, size by degree, width by strength),
/// with circle sizes on one scale for all years. Change maps show the later year: organizations that
/// joined with a thick dark outline, those that left as dashed outlines, ties formed in green,
/// dissolved in red dashed, kept in grey.
public struct TimelineMaps: Sendable {
    public let timeline: Timeline
    public var style: MapStyle

    /// Ties formed: dark green; dissolved: red, dashed; kept: light grey — green from Paul Tol's
    /// colour-blind-safe "muted" scheme and red from his "vibrant" one (Tol 2021, "Colour Schemes",
    /// SRON/EPS/TN/09-002), darker than the sector fills' Okabe–Ito bluish green and vermillion so a
    /// tie never reads as a sector. The dash tells formed from dissolved for every reader, in grey
    /// print too.
    public static let formedColor = "#117733"
    public static let dissolvedColor = "#CC3311"
    public static let keptColor = "#BDBDBD"
    /// Outline of organizations that joined.
    public static let joinedOutline = "#1A1A1A"

    public init(timeline: Timeline, style: MapStyle) {
        self.timeline = timeline
        self.style = style
    }

    /// One rendered image: file-name stem (`map-2019`, `diff-2019-2020`) and bytes.
    public struct Image: Sendable {
        public let name: String
        public let data: Data
    }

    /// Lays out the union once and renders every year map, then every consecutive change map.
    ///
    /// - Throws: ``GraphvizError`` from the layout or a render.
    public func render(format: GraphvizFormat) throws(GraphvizError) -> [Image] {
        let frame = try layout()
        var images: [Image] = []
        for index in timeline.snapshots.indices {
            let graph = yearGraph(index, frame: frame)
            images.append(Image(name: "map-\(timeline.snapshots[index].year ?? index)",
                                data: try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: .nop,
                                                                  format: format)))
        }
        for change in timeline.consecutiveChanges {
            let graph = changeGraph(change, frame: frame)
            images.append(Image(name: "diff-\(change.from)-\(change.to)",
                                data: try GraphvizRenderer.render(dot: DOTWriter.write(graph), engine: .nop,
                                                                  format: format)))
        }
        return images
    }

    // MARK: - Layout

    /// The positions every map shares: each organization's centre, and the canvas corners.
    public struct Frame: Sendable {
        /// Centre of every organization of any selected year, in points, by id.
        public let positions: [String: GraphvizPoint]
        /// Node statements of the union (invisible copies stand in for absent organizations).
        let unionNodes: [DOTNode]
        /// Ids of the two invisible corner nodes and their positions.
        let corners: [DOTNode]
        /// Width of the title-and-legend block, the same on every map.
        let legendWidth: Double
    }

    /// Lays out the union of all years once.
    ///
    /// - Throws: ``GraphvizError`` from the layout engine.
    public func layout() throws(GraphvizError) -> Frame {
        var union = unionGraph()
        let engine = Self.engine(for: union.nodes.count, preferred: style.engine)
        if engine != style.engine {
            union.attributes["start"] = .number(Double(style.seed))
        }
        // Only positions are wanted: skip routing the ties (spline routing is the slow part).
        union.attributes["splines"] = .literal("line")
        let laidOut = try GraphvizRenderer.layoutPositions(dot: DOTWriter.write(union), engine: engine)
        // Graphviz reports names as ``DOTEscaping/id(_:)`` wrote them (`&amp;`, `&#92;`): decode them,
        // or an id with `&` or `\` would get no position and `nop` would pile everything at the origin.
        var reported: [String: GraphvizPoint] = [:]
        for (name, point) in laidOut { reported[DOTEscaping.decodedID(name)] = point }
        var positions: [String: GraphvizPoint] = [:]
        for node in union.nodes {
            if let point = reported[node.id] { positions[node.id] = point }
        }
        let xs = positions.values.map(\.x), ys = positions.values.map(\.y)
        // Far enough out to cover the largest circle, half a wrapped name beside it and four lines
        // of name under it, so nothing any year draws reaches past the corners.
        let radius = style.nodeDiameter.upperBound / 2
        let marginX = max(radius, Double(style.labelWidth) * style.fontSize * 0.35) + 12
        let marginY = radius + 4 * style.fontSize * 1.2 + 8
        let taken = Set(union.nodes.map(\.id))
        let corners = [(xs.min() ?? 0) - marginX, (xs.max() ?? 0) + marginX].enumerated().map { index, x in
            let y = index == 0 ? (ys.min() ?? 0) - marginY : (ys.max() ?? 0) + marginY
            let id = Self.freshID("timeline-corner-\(index)", avoiding: taken)
            positions[id] = GraphvizPoint(x: x, y: y)
            return DOTNode(id: id, attributes: ["style": .literal("invis"), "shape": .literal("point"),
                                                "width": .number(0.01), "label": .text("")])
        }
        return Frame(positions: positions,
                     unionNodes: union.nodes.map { node in
                         DOTNode(id: node.id, attributes: [
                             "style": .literal("invis"), "label": .text(""),
                             "width": node.attributes["width"] ?? .number(0.2),
                             "height": node.attributes["height"] ?? .number(0.2),
                         ])
                     },
                     corners: corners,
                     legendWidth: TimelineLegend.width(for: self))
    }

    /// Every organization and tie of any selected year; each organization with its largest circle.
    func unionGraph() -> DOTGraph {
        var nodes: [String: DOTNode] = [:]
        var nodeOrder: [String] = []
        var edges: [TiePair: DOTEdge] = [:]
        var edgeOrder: [TiePair] = []
        var base = DOTGraph()
        for index in timeline.snapshots.indices.reversed() {
            let graph = yearMap(index).dotGraph()
            base = graph
            for node in graph.nodes {
                guard let existing = nodes[node.id] else {
                    nodes[node.id] = node
                    nodeOrder.append(node.id)
                    continue
                }
                // Keep the latest year's look, with the largest size of any year.
                if let width = node.attributes["width"], Self.numeric(width) > Self.numeric(existing.attributes["width"]) {
                    nodes[node.id]?.attributes["width"] = width
                    nodes[node.id]?.attributes["height"] = width
                }
            }
            for edge in graph.edges {
                let pair = TiePair(edge.source, edge.target, directed: graph.isDirected)
                if edges[pair] == nil {
                    edges[pair] = edge
                    edgeOrder.append(pair)
                }
            }
        }
        // A fixed order (by id) so the layout depends on the data, not on which year came first.
        base.nodes = nodeOrder.sorted().compactMap { nodes[$0] }
        base.edges = edgeOrder.sorted().compactMap { edges[$0] }
        base.attributes["label"] = nil
        return base
    }

    // MARK: - Year and change maps

    /// The collaboration map of year `index`, without its own title (the timeline draws one).
    func yearMap(_ index: Int) -> CollaborationMap {
        var plain = style
        plain.showTitle = false
        plain.showLegend = false
        plain.sizeScale = plain.sizeScale ?? sizeScale
        return CollaborationMap(snapshot: timeline.snapshots[index], style: plain)
    }

    /// Degree range over all selected years, so a circle means the same number of partners on every map.
    public var sizeScale: ClosedRange<Double> {
        let degrees = timeline.snapshots.flatMap { MapMeasure.degree(of: $0).values }
        return (degrees.min() ?? 0)...(degrees.max() ?? 0)
    }

    /// The map of year `index`, pinned to `frame`.
    public func yearGraph(_ index: Int, frame: Frame) -> DOTGraph {
        var graph = yearMap(index).dotGraph()
        return finish(&graph, frame: frame, legend: yearLegend(index))
    }

    /// "Gaspésie — 2021", "18 organizations · 34 ties".
    func yearLegend(_ index: Int) -> TimelineLegend {
        let snapshot = timeline.snapshots[index]
        return TimelineLegend(
            title: "\(place) — \(snapshot.year.map(String.init) ?? "")",
            summary: "\(Self.plural(snapshot.organizations.count, "organization")) · \(Self.plural(snapshot.ties.count, "tie"))",
            maps: self, isChange: false)
    }

    /// "Gaspésie — changes 2021 → 2022", "1 organization joined, 0 left · 6 ties formed, 1 dissolved, 33 kept".
    func changeLegend(_ change: YearChange) -> TimelineLegend {
        let diff = change.diff
        let summary = "\(Self.plural(diff.joined.count, "organization")) joined, \(diff.left.count) left · "
            + "\(Self.plural(diff.formed.count, "tie")) formed, \(diff.dissolved.count) dissolved, \(diff.kept.count) kept"
        return TimelineLegend(title: "\(place) — changes \(diff.from) → \(diff.to)", summary: summary,
                              maps: self, isChange: true)
    }

    private var place: String { timeline.region?.name ?? "Whole network" }

    /// The map of a change between two years, pinned to `frame`.
    public func changeGraph(_ change: YearChange, frame: Frame) -> DOTGraph {
        guard let fromIndex = timeline.snapshots.firstIndex(where: { $0.year == change.from }),
              let toIndex = timeline.snapshots.firstIndex(where: { $0.year == change.to }) else {
            var empty = DOTGraph()
            return finish(&empty, frame: frame, legend: changeLegend(change))
        }
        let before = yearMap(fromIndex).dotGraph(), after = yearMap(toIndex).dotGraph()
        let diff = change.diff
        let joined = Set(diff.joined)
        var graph = after
        for i in graph.nodes.indices where joined.contains(graph.nodes[i].id) {
            graph.nodes[i].attributes["color"] = .literal(Self.joinedOutline)
            graph.nodes[i].attributes["penwidth"] = .number(3.5)
            Self.amendTooltip(&graph.nodes[i].attributes) { $0 + "\n\(style.wording.joinedIn) \(diff.to)" }
        }
        let left = Set(diff.left)
        for node in before.nodes where left.contains(node.id) {
            var attributes = node.attributes
            attributes["fillcolor"] = .literal("#FFFFFF")
            attributes["color"] = .literal("#8C8C8C")
            attributes["style"] = .literal("dashed")
            attributes["penwidth"] = .number(1.5)
            attributes["fontcolor"] = .literal("#8C8C8C")
            Self.amendTooltip(&attributes) { $0 + "\n\(style.wording.leftAfter) \(diff.from)" }
            graph.nodes.append(DOTNode(id: node.id, attributes: attributes))
        }

        let directed = graph.isDirected
        let formed = Set(diff.formed)
        var kept: [DOTEdge] = [], added: [DOTEdge] = []
        for var edge in after.edges {
            let pair = TiePair(edge.source, edge.target, directed: directed)
            if formed.contains(pair) {
                edge.attributes["color"] = .literal(Self.formedColor)
                edge.attributes["penwidth"] = .number(max(2.5, Self.numeric(edge.attributes["penwidth"])))
                Self.amendTooltip(&edge.attributes) { style.wording.labelled(style.wording.formed, $0) }
                added.append(edge)
            } else {
                edge.attributes["color"] = .literal(Self.keptColor)
                kept.append(edge)
            }
        }
        let dissolved = Set(diff.dissolved)
        let removed = before.edges.compactMap { edge -> DOTEdge? in
            guard dissolved.contains(TiePair(edge.source, edge.target, directed: directed)) else { return nil }
            var edge = edge
            edge.attributes["color"] = .literal(Self.dissolvedColor)
            edge.attributes["style"] = .literal("dashed")
            edge.attributes["penwidth"] = .number(max(2.5, Self.numeric(edge.attributes["penwidth"])))
            Self.amendTooltip(&edge.attributes) { style.wording.labelled(style.wording.dissolved, $0) }
            return edge
        }
        // Kept ties underneath, changes on top.
        graph.edges = kept + removed + added

        return finish(&graph, frame: frame, legend: changeLegend(change))
    }

    /// Adds the invisible stand-ins and corners, the legend, and pins every node.
    private func finish(_ graph: inout DOTGraph, frame: Frame, legend: TimelineLegend) -> DOTGraph {
        let present = Set(graph.nodes.map(\.id))
        graph.nodes += frame.unionNodes.filter { !present.contains($0.id) }
        graph.nodes += frame.corners
        graph.attributes["label"] = .html(legend.html(width: frame.legendWidth))
        graph.attributes["labelloc"] = .literal("t")
        graph.attributes["labeljust"] = .literal("l")
        // `nop` draws from Graphviz's random generator too (its state is process-wide), so without
        // its own seed a map would depend on whatever layout ran before it in the process.
        graph.attributes["start"] = .number(Double(style.seed))
        // `nop` still removes overlaps when asked, which would move nodes off their pinned places;
        // the union's layout has already removed them.
        graph.attributes["overlap"] = .literal("true")
        graph.attributes["sep"] = nil
        // Straight ties. Graphviz 2.43's spline routing (`splines=true`) gave ties that differ in
        // the second decimal when other layouts ran in the same process before or between (its
        // path-planning buffers are process-wide), and took minutes around hundreds of pinned
        // nodes; straight lines depend on the positions alone.
        graph.attributes["splines"] = .literal("line")
        return graph.pinning(frame.positions)
    }

    // MARK: - Helpers

    /// Rewrites the tooltip of a node or edge (written as ``DOTValue/tooltip(_:)`` by
    /// ``CollaborationMap``, or as text), if it has one.
    static func amendTooltip(_ attributes: inout DOTAttributes, _ change: (String) -> String) {
        switch attributes["tooltip"] {
        case .tooltip(let text)?: attributes["tooltip"] = .tooltip(change(text))
        case .text(let text)?: attributes["tooltip"] = .text(change(text))
        default: break
        }
    }

    /// The number in a DOT width or pen width value (0 when there is none).
    static func numeric(_ value: DOTValue?) -> Double {
        switch value {
        case .number(let number)?: return number
        case .literal(let text)?: return Double(text) ?? 0
        default: return 0
        }
    }

    /// The engine for a union of `count` organizations: sfdp instead of neato or fdp above
    /// ``MapRequest/largeMapThreshold``.
    static func engine(for count: Int, preferred: GraphvizEngine) -> GraphvizEngine {
        count > MapRequest.largeMapThreshold && (preferred == .neato || preferred == .fdp) ? .sfdp : preferred
    }

    /// `base`, or `base-2`, `base-3` … whichever is not taken.
    static func freshID(_ base: String, avoiding taken: Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
