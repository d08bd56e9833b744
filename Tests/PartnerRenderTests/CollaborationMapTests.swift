import Foundation
import PartnerCore
import Testing
@testable import PartnerRender

@Suite("CollaborationMap")
struct CollaborationMapTests {
    static let network = TestNetworks.quebec
    static let gaspesie = Region("Gaspésie–Îles-de-la-Madeleine")

    static func svg(_ map: CollaborationMap) throws -> SVGDocument {
        try SVGDocument(map.render(format: .svg))
    }

    @Test("one SVG node per organization, each filled with its sector's colour, with a legend")
    func structure() throws {
        let style = MapStyle(network: Self.network)
        let snapshot = Self.network.snapshot(year: 2023, region: Self.gaspesie)
        let svg = try Self.svg(CollaborationMap(snapshot: snapshot, style: style))
        #expect(snapshot.organizations.count == 14)
        #expect(svg.nodes.count == 14)
        #expect(svg.edges.count == snapshot.ties.count)
        #expect(svg.edges.count == 20)
        for node in svg.nodes {
            let organization = try #require(Self.network.organization(id: node.title))
            #expect(node.fills.first?.uppercased() == style.palette.color(for: organization.sector))
            #expect(node.tooltip?.hasPrefix(organization.name + "\nSector: " + organization.sector.name) == true)
        }
        // Title, summary and one legend entry per sector present.
        let legend = try #require(svg.groups.first { $0.className == "graph" })
        #expect(legend.texts.contains("Gaspésie–Îles-de-la-Madeleine — 2023"))
        #expect(legend.texts.contains("14 organizations · 20 ties"))
        for sector in Set(snapshot.organizations.map(\.sector)) {
            #expect(legend.texts.contains(sector.name))
        }
        #expect(legend.texts.contains { $0.hasPrefix("Circle size: degree (number of partners), 1 to 5") })
    }

    @Test("the same sector has the same colour in every region's map, from the network's sorted sectors")
    func coloursFixedPerRun() throws {
        let style = MapStyle(network: Self.network)
        #expect(style.palette.sectors.map(\.name) == ["community", "education", "employment", "health", "housing", "municipal", "philanthropy"])
        #expect(style.palette.color(for: .community) == "#E69F00")
        #expect(style.palette.color(for: .health) == "#F0E442")
        var colourBySector: [String: String] = [:]
        for region in Self.network.regions {
            let svg = try Self.svg(CollaborationMap(snapshot: Self.network.snapshot(region: region), style: style))
            for node in svg.nodes {
                let sector = try #require(Self.network.organization(id: node.title)).sector.name
                let fill = try #require(node.fills.first?.uppercased())
                #expect(colourBySector[sector, default: fill] == fill)
                colourBySector[sector] = fill
            }
        }
        #expect(Set(colourBySector.values).count == colourBySector.count)
    }

    @Test("boundary partners are grey and counted apart; suggested ties are dashed and move nothing")
    func boundaryAndSuggestions() throws {
        let style = MapStyle(network: Self.network)
        let snapshot = Self.network.snapshot(region: Self.gaspesie, includeBoundary: true)
        let plain = try Self.svg(CollaborationMap(snapshot: snapshot, style: style))
        let boundary = try #require(plain.nodes.first { $0.title == "cisss-bsl" })
        #expect(boundary.fills.first?.uppercased() == style.boundaryFill)
        #expect(plain.groups.first { $0.className == "graph" }?.texts
            .contains("14 organizations · 21 ties · 1 partner from other regions") == true)

        let suggestions = [SuggestedTie(source: "cegep-gaspesie", target: "cisss-gim"),
                           SuggestedTie(source: "cisss-gim", target: "cegep-gaspesie"),
                           SuggestedTie(source: "cisss-gim", target: "uqar")]
        let suggested = try Self.svg(CollaborationMap(snapshot: snapshot, style: style, suggestedTies: suggestions))
        // Only the pair inside the map is drawn, once.
        #expect(suggested.edges.count == plain.edges.count + 1)
        #expect(suggested.edges.filter { !$0.strokeDasharray.isEmpty }.count == 1)
        let circles = { (svg: SVGDocument) in
            Dictionary(uniqueKeysWithValues: svg.nodes.compactMap { node in node.ellipses.first.map { (node.title, $0) } })
        }
        let before = circles(plain), after = circles(suggested)
        #expect(before.count == 15)
        for (id, point) in before {
            let moved = try #require(after[id])
            #expect(abs(moved.cx - point.cx) < 0.01 && abs(moved.cy - point.cy) < 0.01, "\(id) moved")
        }
    }

    /// Circle centres of an SVG map by node title (the organization id without NUL).
    static func circles(_ svg: SVGDocument) -> [String: (cx: Double, cy: Double)] {
        Dictionary(svg.nodes.compactMap { node in node.ellipses.first.map { (node.title, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test("suggested ties between hostile ids (quotes, spaces, escapes, non-Latin scripts) are drawn and move nothing")
    func hostileSuggestions() throws {
        let network = TestNetworks.hostile
        let style = MapStyle(network: network)
        let ids = network.organizations.map(\.id)
        // Pairs not tied (ties join neighbours in the list): quotes with Chinese, Arabic with Cyrillic, …
        let suggestions = [(0, 7), (8, 9 + 1), (2, 11), (1, 12)].map { SuggestedTie(source: ids[$0.0], target: ids[$0.1]) }
        let plain = try Self.svg(CollaborationMap(snapshot: network.snapshot(), style: style))
        let suggested = try Self.svg(CollaborationMap(snapshot: network.snapshot(), style: style,
                                                      suggestedTies: suggestions))
        #expect(suggested.edges.filter { !$0.strokeDasharray.isEmpty }.count == suggestions.count)
        let before = Self.circles(plain), after = Self.circles(suggested)
        #expect(before.count == ids.count && after.count == ids.count)
        for (id, point) in before {
            let moved = try #require(after[id], "\(id) missing")
            #expect(abs(moved.cx - point.cx) < 0.01 && abs(moved.cy - point.cy) < 0.01, "\(id) moved")
        }
    }

    @Test("a map drawn at given positions puts every circle there, suggested ties included")
    func drawnAtPositions() throws {
        let snapshot = Self.network.snapshot(region: Self.gaspesie)
        let map = CollaborationMap(snapshot: snapshot, style: MapStyle(network: Self.network),
                                   suggestedTies: [SuggestedTie(source: "cegep-gaspesie", target: "cisss-gim")])
        var positions: [String: GraphvizPoint] = [:]
        for (index, organization) in snapshot.organizations.enumerated() {
            positions[organization.id] = GraphvizPoint(x: Double(index % 4) * 150, y: Double(index / 4) * 120)
        }
        let svg = try SVGDocument(map.render(format: .svg, at: positions))
        let drawn = Self.circles(svg)
        #expect(drawn.count == snapshot.organizations.count)
        #expect(svg.edges.filter { !$0.strokeDasharray.isEmpty }.count == 1)
        // SVG y runs downwards: compare offsets from the first organization's centre.
        let first = try #require(drawn[snapshot.organizations[0].id]), origin = try #require(positions[snapshot.organizations[0].id])
        for (id, point) in positions {
            let circle = try #require(drawn[id])
            #expect(abs((circle.cx - first.cx) - (point.x - origin.x)) < 0.01, "\(id)")
            #expect(abs((circle.cy - first.cy) + (point.y - origin.y)) < 0.01, "\(id)")
        }
        // An organization without a position: laid out as usual instead.
        positions.removeValue(forKey: snapshot.organizations[0].id)
        #expect(try SVGDocument(map.render(format: .svg, at: positions)).nodes.count == snapshot.organizations.count)
    }

    @Test("ties are routed on small maps and straight on larger ones, unless told")
    func splinesBySize() throws {
        var style = MapStyle(network: Self.network)
        #expect(style.splines(organizations: 25, ties: 140) == "true")
        #expect(style.splines(organizations: 40, ties: 150) == "true")
        #expect(style.splines(organizations: 62, ties: 191) == "line")
        #expect(style.splines(organizations: 30, ties: 151) == "line")
        #expect(style.splines(organizations: 41, ties: 60) == "line")
        #expect(style.splines(organizations: 298, ties: 875) == "line")
        style.routesSplines = false
        #expect(style.splines(organizations: 25, ties: 140) == "line")
        style.splines = "ortho"
        #expect(style.splines(organizations: 298, ties: 875) == "ortho")
        // The choice reaches the DOT graph, boundary partners counted.
        let graph = CollaborationMap(snapshot: Self.network.snapshot(region: Self.gaspesie), style: MapStyle(network: Self.network)).dotGraph()
        #expect(graph.attributes["splines"] == .literal("true"))
    }

    @Test("node size grows with the size measure")
    func sizes() throws {
        let style = MapStyle(network: Self.network)
        let snapshot = Self.network.snapshot(region: Self.gaspesie)
        let degree = MapMeasure.degree(of: snapshot)
        let map = CollaborationMap(snapshot: snapshot, style: style, sizeMeasure: degree)
        let widths = map.dotGraph().nodes.map { node -> Double in
            guard case .literal(let width)? = node.attributes["width"] else { return -1 }
            return Double(width) ?? -1
        }
        let hub = try #require(snapshot.index(of: "cisss-gim")), leaf = try #require(snapshot.index(of: "cooperative-hab"))
        #expect(degree.values[Int(hub)] == 5 && degree.values[Int(leaf)] == 1)
        #expect(abs(widths[Int(hub)] - style.nodeDiameter.upperBound / 72) < 1e-3)
        #expect(abs(widths[Int(leaf)] - style.nodeDiameter.lowerBound / 72) < 1e-3)
        #expect(widths.allSatisfy { $0 >= style.nodeDiameter.lowerBound / 72 - 1e-3 && $0 <= style.nodeDiameter.upperBound / 72 + 1e-3 })
    }

    @Test("hostile names survive the map: tooltip, label lines and SVG title all intact")
    func hostileNames() throws {
        let network = TestNetworks.hostile
        let map = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network))
        let svg = try Self.svg(map)
        #expect(svg.nodes.count == network.organizations.count)
        for (node, organization) in zip(svg.nodes, network.organizations) {
            let name = organization.name.replacingOccurrences(of: "\u{0}", with: "")
            // NUL and line breaks in an id show as their Control Pictures ␀ ␊ ␍.
            #expect(node.title == organization.id.replacingOccurrences(of: "\u{0}", with: "\u{2400}")
                .replacingOccurrences(of: "\n", with: "\u{240A}"))
            #expect(node.tooltip?.hasPrefix(name + "\nSector: ") == true, "tooltip of \(name)")
            // The wrapped label, rejoined, has the name's words in order (with an invisible word joiner
            // after a backslash that Graphviz would otherwise read as `\N`, `\G` …).
            #expect(node.texts.joined(separator: " ").replacingOccurrences(of: "\u{2060}", with: "")
                .split(whereSeparator: \.isWhitespace)
                == name.split(whereSeparator: \.isWhitespace), "label of \(name)")
        }
        let legend = try #require(svg.groups.first { $0.className == "graph" })
        #expect(legend.texts.contains("santé & <services>"))
        #expect(legend.texts.contains("éducation \"spéciale\""))
        // Graphviz's canonical DOT carries every id back.
        let canon = String(decoding: try GraphvizRenderer.render(dot: map.dot(), format: .canon), as: UTF8.self)
        let strings = Set(CanonReader.strings(canon).map(DOTEscaping.decodedID))
        for organization in network.organizations {
            #expect(strings.contains(organization.id))
        }
    }

    @Test("a map renders byte-identically twice", arguments: [GraphvizFormat.svg, .png, .pdf, .dot])
    func deterministic(format: GraphvizFormat) throws {
        let style = MapStyle(network: Self.network)
        let map = CollaborationMap(snapshot: Self.network.snapshot(region: Self.gaspesie, includeBoundary: true), style: style)
        let first = try map.render(format: format), second = try map.render(format: format)
        #expect(first == second)
        #expect(first.count > 1000)
    }

    @Test("PNG maps are as large as the SVG at the style's dpi; the SVG is never scaled inside its viewBox",
          arguments: [72.0, 96, 150])
    func pngSize(dpi: Double) throws {
        var style = MapStyle(network: Self.network)
        style.dpi = dpi
        let map = CollaborationMap(snapshot: Self.network.snapshot(region: Self.gaspesie), style: style)
        let svgData = try map.render(format: .svg)
        let svg = try Self.svg(map)
        let text = String(decoding: svgData, as: UTF8.self)
        // width="Wpt" equals the viewBox width and the drawing is not scaled (Graphviz 2.43 scales by
        // dpi/72 inside an unscaled viewBox, cropping the map, when the graph sets a dpi).
        let width = try #require(Double(svg.width.replacingOccurrences(of: "pt", with: "")))
        let viewBox = try #require(text.firstMatch(of: /viewBox="0.00 0.00 ([0-9.]+) ([0-9.]+)"/))
        #expect(abs((Double(viewBox.1) ?? 0) - width) <= 1)
        #expect(text.contains("transform=\"scale(1 1) "))
        let size = try #require(pngDimensions(try map.render(format: .png)))
        #expect(abs(Double(size.width) - width * dpi / 72) <= 2)
        #expect(size.width > 300 && size.height > 300)
    }

    @Test("every map engine draws the map", arguments: GraphvizEngine.mapEngines)
    func engines(engine: GraphvizEngine) throws {
        var style = MapStyle(network: Self.network)
        style.engine = engine
        let svg = try Self.svg(CollaborationMap(snapshot: Self.network.snapshot(region: Self.gaspesie), style: style))
        #expect(svg.nodes.count == 14)
    }

    @Test("ties coloured by stage or kind, with their legend")
    func tieEncoding() throws {
        var style = MapStyle(network: Self.network)
        style.tieEncoding = .stage
        let snapshot = Self.network.snapshot(region: Self.gaspesie)
        let graph = CollaborationMap(snapshot: snapshot, style: style).dotGraph()
        let first = try #require(graph.edges.first)   // cisss-gim – clsc-gaspe, stage 7
        #expect(first.attributes["color"] == .literal(MapStyle.stageColors[6]))
        let legend = try #require(Self.svg(CollaborationMap(snapshot: snapshot, style: style)).groups.first { $0.className == "graph" })
        #expect(legend.texts.contains("stage 7 integration"))
        style.tieEncoding = .kind
        let kinds = try #require(Self.svg(CollaborationMap(snapshot: snapshot, style: style)).groups.first { $0.className == "graph" })
        #expect(kinds.texts.contains("tie: referral"))
    }
}
