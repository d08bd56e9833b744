import Foundation
import PartnerCore
import Testing
@testable import PartnerRender

@Suite("Stable positions")
struct LayoutPositionsTests {
    @Test("graphs pinned to a union layout keep every node at the same coordinates")
    func pinnedPositions() throws {
        let network = TestNetworks.quebec
        let style = MapStyle(network: network)
        let union = CollaborationMap(snapshot: network.snapshot(), style: style).dotGraph()
        let positions = try GraphvizRenderer.layoutPositions(dot: DOTWriter.write(union), engine: .neato)
        #expect(positions.count == network.organizations.count)

        // Two different graphs: each region alone, both drawn at the union's positions.
        var seen: [String: GraphvizPoint] = [:]
        for region in network.regions {
            let graph = CollaborationMap(snapshot: network.snapshot(region: region), style: style).dotGraph()
            let pinned = DOTWriter.write(graph.pinning(positions))
            let drawn = try GraphvizRenderer.layoutPositions(dot: pinned, engine: .nop)
            #expect(drawn.count == graph.nodes.count)
            for (id, point) in drawn {
                let expected = try #require(positions[id])
                #expect(abs(point.x - expected.x) < 0.01 && abs(point.y - expected.y) < 0.01, "\(id)")
                seen[id] = point
            }
            // And the rendered SVG puts the circle there too.
            let svg = try SVGDocument(GraphvizRenderer.render(dot: pinned, engine: .nop, format: .svg))
            #expect(svg.nodes.count == graph.nodes.count)
        }
        #expect(seen.count == network.organizations.count)
    }

    @Test("positions are keyed by the name Graphviz reports, which decodes to the organization id")
    func hostileIDs() throws {
        let network = TestNetworks.hostile
        let graph = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network)).dotGraph()
        let positions = try GraphvizRenderer.layoutPositions(dot: DOTWriter.write(graph))
        let ids = Set(network.organizations.map { $0.id.replacingOccurrences(of: "\u{0}", with: "") })
        #expect(Set(positions.keys.map(DOTEscaping.decodedID)) == ids)
    }
}
