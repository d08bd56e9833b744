import Foundation
import PartnerCore

/// A tie the gap analysis suggests, drawn dashed grey between two organization ids.
public struct SuggestedTie: Hashable, Sendable {
    public var source: String
    public var target: String
    /// Why the tie is suggested, one sentence each, shown in the line's tooltip.
    public var reasons: [String]
    public init(source: String, target: String, reasons: [String] = []) {
        self.source = source
        self.target = target
        self.reasons = reasons
    }
}

/// The collaboration map of one snapshot (a region and/or year): organizations as circles coloured
/// by sector and sized by a measure, ties as lines as wide as their strength, a title and a legend.
///
/// ``dotGraph()`` is pure Swift; ``render(format:)`` lays it out and draws it through Graphviz.
public struct CollaborationMap: Sendable {
    public var snapshot: Snapshot
    public var style: MapStyle
    /// Drives node size; shown in tooltips and the legend.
    public var sizeMeasure: MapMeasure
    /// Further measures listed in tooltips.
    public var tooltipMeasures: [MapMeasure]
    /// Ties to draw dashed grey; pairs not both in the snapshot are left out.
    public var suggestedTies: [SuggestedTie]
    /// Title; `nil` makes one from the region and year.
    public var title: String?

    public init(snapshot: Snapshot, style: MapStyle, sizeMeasure: MapMeasure? = nil,
                tooltipMeasures: [MapMeasure] = [], suggestedTies: [SuggestedTie] = [], title: String? = nil) {
        self.snapshot = snapshot
        self.style = style
        self.sizeMeasure = sizeMeasure ?? .degree(of: snapshot)
        self.tooltipMeasures = tooltipMeasures
        self.suggestedTies = suggestedTies
        self.title = title
    }

    /// "Gaspésie — 2023", "Whole network — all years".
    public var resolvedTitle: String {
        if let title { return title }
        let place = snapshot.region?.name ?? "Whole network"
        let when = snapshot.year.map(String.init) ?? "all years"
        return "\(place) — \(when)"
    }

    /// Suggested ties whose both ends are in the snapshot and not already tied, as index pairs with
    /// their reasons, in the given order, once each.
    var drawableSuggestions: [(a: Int32, b: Int32, reasons: [String])] {
        var seen = Set(snapshot.ties.map { [min($0.source, $0.target), max($0.source, $0.target)] })
        return suggestedTies.compactMap { tie in
            guard let a = snapshot.index(of: tie.source), let b = snapshot.index(of: tie.target), a != b,
                  seen.insert([min(a, b), max(a, b)]).inserted else { return nil }
            return (a, b, tie.reasons)
        }
    }

    /// The map as a DOT graph; node ids are organization ids.
    public func dotGraph() -> DOTGraph {
        let organizations = snapshot.organizations
        let sizes = sizeMeasure.values
        let memberSizes = organizations.indices.filter { !snapshot.isBoundary[$0] && sizes.indices.contains($0) }
            .map { sizes[$0] }.filter(\.isFinite)
        let sizeScale = style.sizeScale ?? (memberSizes.min() ?? 0)...(memberSizes.max() ?? 0)
        let labelled = labelledOrganizations()

        var graph = DOTGraph(name: resolvedTitle, isDirected: snapshot.isDirected)
        graph.attributes = graphAttributes()
        graph.nodeDefaults = [
            "shape": .literal("circle"), "fixedsize": .literal("shape"), "style": .literal("filled"),
            "color": .literal("#4D4D4D"), "penwidth": .number(0.6),
            "fontname": .literal(style.fontName), "fontsize": .number(style.fontSize),
            "fontcolor": .literal(style.textColor),
        ]
        graph.edgeDefaults = ["color": .literal(style.tieColor), "arrowsize": .number(0.6)]

        for (i, organization) in organizations.enumerated() {
            let isBoundary = snapshot.isBoundary[i]
            let value = sizes.indices.contains(i) ? sizes[i] : 0
            let diameter = isBoundary ? style.nodeDiameter.lowerBound : style.diameter(for: value, in: sizeScale)
            var attributes: DOTAttributes = [
                "width": .literal(DOTEscaping.number(diameter / 72, decimals: 4)),
                "height": .literal(DOTEscaping.number(diameter / 72, decimals: 4)),
                "fillcolor": .literal(isBoundary ? style.boundaryFill : style.palette.color(for: organization.sector)),
                "tooltip": .tooltip(tooltip(for: i)),
            ]
            if isBoundary { attributes["color"] = .literal("#9A9A9A") }
            attributes["label"] = labelled[i]
                ? .html(nodeLabel(organization.name, diameter: diameter, isBoundary: isBoundary))
                : .text("")
            graph.nodes.append(DOTNode(id: organization.id, attributes: attributes))
        }

        let strengths = snapshot.ties.map(\.strength)
        let strengthScale = style.strengthScale ?? ((strengths.min() ?? 1)...(strengths.max() ?? 1))
        let kinds = Array(Set(snapshot.ties.compactMap(\.kinds.first))).sorted()
        for tie in snapshot.ties {
            var attributes: DOTAttributes = [
                "penwidth": .number(style.penWidth(for: tie.strength, in: strengthScale)),
                "tooltip": .tooltip(tooltip(for: tie)),
            ]
            if let color = tieColor(tie, kinds: kinds) { attributes["color"] = .literal(color) }
            if snapshot.isBoundary[Int(tie.source)] || snapshot.isBoundary[Int(tie.target)] {
                attributes["color"] = .literal("#B0B0B0")
            }
            graph.edges.append(DOTEdge(source: organizations[Int(tie.source)].id,
                                       target: organizations[Int(tie.target)].id, attributes: attributes))
        }
        for (a, b, reasons) in drawableSuggestions {
            let names = style.wording.labelled(style.wording.suggested,
                                               "\(organizations[Int(a)].name) — \(organizations[Int(b)].name)")
            graph.edges.append(DOTEdge(
                source: organizations[Int(a)].id, target: organizations[Int(b)].id,
                attributes: [
                    "style": .literal("dashed"), "color": .literal(style.suggestedTieColor),
                    "penwidth": .number(style.penWidth.lowerBound + 0.6), "dir": .literal("none"),
                    "tooltip": .tooltip(([names] + reasons).joined(separator: "\n")),
                ]))
        }
        return graph
    }

    /// The map as DOT text.
    public func dot() -> String { DOTWriter.write(dotGraph()) }

    /// Lays the map out with the style's engine and renders it.
    ///
    /// Suggested ties must not move the organizations (a map with suggestions should look like the
    /// one without): the map is then laid out without them first (``layoutPositions()``), and drawn
    /// with every node pinned there by the `nop` engine.
    public func render(format: GraphvizFormat) throws(GraphvizError) -> Data {
        guard !drawableSuggestions.isEmpty else {
            return try GraphvizRenderer.render(dot: DOTWriter.write(graph(for: format)), engine: style.engine,
                                               format: format)
        }
        return try renderPinned(graph(for: format), at: layoutPositions(), format: format)
    }

    /// Draws the map with every organization at `positions` (points, by organization id) — from
    /// ``layoutPositions()``, or a timeline's frame shared with other maps — by the `nop` engine:
    /// no layout and no overlap removal, only the ties drawn between the given centres. Falls back to
    /// ``render(format:)`` when an organization has no position, as `nop` cannot place it.
    ///
    /// - Complexity: O(n + m) for straight ties; routed splines (`splines=true`) cost far
    ///   more (see ``MapStyle/splines``).
    public func render(format: GraphvizFormat, at positions: [String: GraphvizPoint]) throws(GraphvizError) -> Data {
        let graph = graph(for: format)
        guard graph.nodes.allSatisfy({ positions[$0.id] != nil }) else { return try render(format: format) }
        return try renderPinned(graph, at: positions, format: format)
    }

    private func renderPinned(_ graph: DOTGraph, at positions: [String: GraphvizPoint],
                              format: GraphvizFormat) throws(GraphvizError) -> Data {
        try GraphvizRenderer.render(dot: DOTWriter.write(graph.pinning(positions)), engine: .nop, format: format)
    }

    /// Where the style's engine puts every organization (points, by id), laid out without the
    /// suggested ties, the title and legend, and without routing the ties: only the centres are
    /// wanted, and routing is most of the cost of a layout.
    public func layoutPositions() throws(GraphvizError) -> [String: GraphvizPoint] {
        var graph = dotGraph()
        graph.edges.removeLast(drawableSuggestions.count)
        graph.attributes["splines"] = .literal("false")
        graph.attributes["label"] = nil
        return try GraphvizRenderer.layoutPositions(of: graph, engine: style.engine)
    }

    /// The DOT graph to render as `format`. Only bitmaps get the style's dpi: Graphviz 2.42/2.43
    /// writes an SVG's viewBox in points but scales the drawing inside it by dpi/72, so any other
    /// dpi crops an SVG.
    private func graph(for format: GraphvizFormat) -> DOTGraph {
        var graph = dotGraph()
        if format.isBitmap { graph.attributes["dpi"] = .number(style.dpi) }
        return graph
    }

    private func graphAttributes() -> DOTAttributes {
        var attributes: DOTAttributes = [
            "overlap": .literal(style.overlap), "sep": .literal("+" + DOTEscaping.number(style.separation)),
            "splines": .literal(style.splines(organizations: snapshot.organizations.count, ties: snapshot.ties.count)),
            "outputorder": .literal("edgesfirst"),
            "pad": .number(0.3), "bgcolor": .literal("white"),
            "fontname": .literal(style.fontName), "labelloc": .literal("t"), "labeljust": .literal("l"),
        ]
        if style.engine.takesSeed { attributes["start"] = .number(Double(style.seed)) }
        if let scaling = style.overlapScaling { attributes["overlap_scaling"] = .number(scaling) }
        if style.engine == .twopi || style.engine == .circo {
            attributes["ranksep"] = .number(1.2)
        }
        if style.showTitle || style.showLegend {
            attributes["label"] = .html(Legend(map: self).html)
        }
        return attributes
    }

    /// Which organizations get a visible name: all, or the ``MapStyle/maxLabels`` largest.
    private func labelledOrganizations() -> [Bool] {
        let count = snapshot.organizations.count
        guard let limit = style.maxLabels, limit < count else { return Array(repeating: true, count: count) }
        let values = sizeMeasure.values
        let ranked = (0..<count).sorted { a, b in
            let va = values.indices.contains(a) ? values[a] : 0, vb = values.indices.contains(b) ? values[b] : 0
            return va != vb ? va > vb : a < b
        }
        var labelled = Array(repeating: false, count: count)
        for i in ranked.prefix(max(0, limit)) { labelled[i] = true }
        return labelled
    }

    /// An HTML-like label that puts the wrapped name *under* the circle: the node is a fixed-size
    /// circle (`fixedsize=shape`) whose label is centred on it, so the label is a table whose middle
    /// row is the circle's height, with the name below and an empty row of the name's height above.
    /// Overlap removal then keeps whole names apart, while ties still end at the circle.
    private func nodeLabel(_ name: String, diameter: Double, isBoundary: Bool) -> String {
        let lines = LabelWrapping.lines(name, width: style.labelWidth)
        let textHeight = Double(lines.count) * style.fontSize * 1.18 + 2
        let color = isBoundary ? style.boundaryTextColor : style.textColor
        let text = lines.map(DOTEscaping.html).joined(separator: "<br/>")
        return "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" cellpadding=\"0\">"
            + "<tr><td height=\"\(DOTEscaping.number(textHeight, decimals: 1))\"></td></tr>"
            + "<tr><td height=\"\(DOTEscaping.number(diameter + 2, decimals: 1))\"></td></tr>"
            + "<tr><td bgcolor=\"#FFFFFFE6\"><font color=\"\(color)\">\(text)</font></td></tr></table>"
    }

    private func tooltip(for index: Int) -> String {
        let organization = snapshot.organizations[index], words = style.wording
        var lines = [organization.name, words.labelled(words.sector, organization.sector.name),
                     words.labelled(words.region, organization.region.name)]
        if let type = organization.type { lines.append(words.labelled(words.type, type)) }
        if snapshot.isBoundary[index] { lines.append(words.boundaryPartner) }
        for measure in [sizeMeasure] + tooltipMeasures {
            if let value = measure.formatted(index) {
                lines.append(words.labelled(measure.name.capitalizedFirst, words.number(value)))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func tooltip(for tie: Tie) -> String {
        let a = snapshot.organizations[Int(tie.source)].name, b = snapshot.organizations[Int(tie.target)].name
        let words = style.wording
        var details = ["\(words.strength) \(words.number(DOTEscaping.number(tie.strength, decimals: 2)))"]
        if !tie.kinds.isEmpty { details.append(tie.kinds.joined(separator: ", ")) }
        if let stage = tie.stage { details.append(words.stage(stage)) }
        if let year = tie.year { details.append(String(year)) }
        return "\(a) \(snapshot.isDirected ? "→" : "—") \(b)\n" + details.joined(separator: " · ")
    }

    private func tieColor(_ tie: Tie, kinds: [String]) -> String? {
        switch style.tieEncoding {
        case .plain: return nil
        case .kind:
            guard let kind = tie.kinds.first, let index = kinds.firstIndex(of: kind) else { return nil }
            return MapStyle.kindColors[index % MapStyle.kindColors.count]
        case .stage:
            guard let stage = tie.stage else { return nil }
            return MapStyle.stageColors[stage.rawValue - 1]
        }
    }
}

extension String {
    /// The string with its first character upper-cased ("degree" → "Degree").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
