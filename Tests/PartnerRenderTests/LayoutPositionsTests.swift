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
        let positions = try GraphvizRenderer.layoutPositions(of: union, engine: .neato)
        #expect(positions.count == network.organizations.count)

        // Two different graphs: each region alone, both drawn at the union's positions.
        var seen: [String: GraphvizPoint] = [:]
        for region in network.regions {
            let graph = CollaborationMap(snapshot: network.snapshot(region: region), style: style).dotGraph()
            let pinned = DOTWriter.write(graph.pinning(positions))
            let drawn = try GraphvizRenderer.layoutPositions(of: graph.pinning(positions), engine: .nop)
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

    @Test("positions of a DOTGraph are keyed by its ids, hostile ones included, and pin it in place")
    func hostileIDs() throws {
        let network = TestNetworks.hostile
        let graph = CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network)).dotGraph()
        let ids = Set(graph.nodes.map(\.id))
        // The raw names decode to the ids …
        let raw = try GraphvizRenderer.layoutPositions(dot: DOTWriter.write(graph))
        #expect(Set(raw.keys.map(DOTEscaping.decodedID)) == ids)
        // … and the DOTGraph form returns the ids themselves, ready for pinning.
        let positions = try GraphvizRenderer.layoutPositions(of: graph)
        #expect(Set(positions.keys) == ids)
        var half = graph
        half.nodes = Array(graph.nodes.prefix(graph.nodes.count / 2 + 1))
        half.edges = half.edges.filter { edge in half.nodes.contains { $0.id == edge.source } && half.nodes.contains { $0.id == edge.target } }
        let drawn = try GraphvizRenderer.layoutPositions(of: half.pinning(positions), engine: .nop)
        #expect(drawn.count == half.nodes.count)
        for (id, point) in drawn {
            let expected = try #require(positions[id])
            #expect(abs(point.x - expected.x) < 0.01 && abs(point.y - expected.y) < 0.01, "\(id)")
        }
    }
}
