import PartnerCore
import Testing
@testable import PartnerMetrics

@Suite struct CohesionTests {
    @Test(arguments: StructureFixture.names)
    func densityComponentsAndDistancesEqualNetworkx(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let graph = fixture.graph()
        let reference = fixture.cohesion
        #expect(close(graph.density, reference.density))
        let connected = Components.connected(graph)
        #expect(connected.members() == reference.components)
        let pathComponents = graph.isDirected ? Components.stronglyConnected(graph) : connected
        #expect(pathComponents.members() == (reference.strongComponents ?? reference.components))
        let distances = Cohesion.componentDistances(graph, components: pathComponents)
        #expect(distances.map(\.diameter) == reference.diameters)
        #expect(distances.count == reference.averagePathLengths.count)
        for (ours, theirs) in zip(distances, reference.averagePathLengths) {
            #expect(close(ours.averagePathLength, theirs))
        }
    }

    @Test func distancesDoNotDependOnThreadCount() throws {
        let graph = try StructureFixture.load("lesmis").graph()
        let components = Components.connected(graph)
        #expect(Cohesion.componentDistances(graph, components: components, threads: 1)
                    == Cohesion.componentDistances(graph, components: components, threads: 2))
    }

    @Test func sampledSourcesEstimateDistances() throws {
        // Path 0–1–2–3–4 and the tie 5–6. From node 0 alone: distances 1…4, mean 2.5, eccentricity 4;
        // the tie's component has no sampled source.
        let graph = Graph(nodeCount: 7, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6)], isDirected: false)
        let components = Components.connected(graph)
        let fromEnd = Cohesion.componentDistances(graph, components: components, sources: [0])
        #expect(fromEnd.map(\.diameter) == [4, 0] && fromEnd.map(\.averagePathLength) == [2.5, nil])
        // From the middle the diameter is only bounded below: eccentricity 2.
        let fromMiddle = Cohesion.componentDistances(graph, components: components, sources: [2, 5])
        #expect(fromMiddle.map(\.diameter) == [2, 1] && fromMiddle.map(\.averagePathLength) == [1.5, 1])
        // Every node as a source is the exact computation.
        let lesmis = try StructureFixture.load("lesmis").graph()
        let all = Components.connected(lesmis)
        #expect(Cohesion.componentDistances(lesmis, components: all, sources: Array(0..<lesmis.nodeCount))
                    == Cohesion.componentDistances(lesmis, components: all))
    }

    @Test(arguments: StructureFixture.names)
    func trianglesTransitivityAndClusteringEqualNetworkx(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let graph = fixture.graph()
        #expect(Cohesion.triangles(graph) == fixture.cohesion.triangles)
        #expect(close(Cohesion.transitivity(graph), fixture.cohesion.transitivity))
        #expect(close(Cohesion.averageClustering(graph), fixture.cohesion.averageClustering))
    }

    @Test(arguments: StructureFixture.names)
    func freemanCentralizationsEqualIgraph(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let graph = fixture.graph()
        #expect(close(Cohesion.degreeCentralization(graph), fixture.centralization.degree))
        #expect(close(Cohesion.betweennessCentralization(betweenness: fixture.centralization.rawBetweenness,
                                                         isDirected: graph.isDirected),
                      fixture.centralization.betweenness))
    }

    @Test(arguments: StructureFixture.names)
    func articulationPointsBridgesAndCutOffEqualNetworkx(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let reference = fixture.cohesion
        let cuts = Biconnectivity(graph: fixture.graph())
        #expect(cuts.articulationPoints == reference.articulationPoints)
        #expect(cuts.articulationPoints.map { cuts.cutOff(byRemoving: Int($0)) } == reference.articulationCutOff)
        #expect(cuts.articulationPoints.map { cuts.cutOffCount(byRemoving: Int($0)) }
                    == reference.articulationCutOff.map(\.count))
        #expect(cuts.bridges.map { [$0.u, $0.v] } == reference.bridges)
        #expect(cuts.bridges.map { cuts.cutOff(byRemoving: $0) } == reference.bridgeCutOff)
        #expect(cuts.bridges.map { cuts.cutOffCount(byRemoving: $0) } == reference.bridgeCutOff.map(\.count))
    }

    // MARK: textbook cases

    static func path(_ n: Int) -> Graph {
        Graph(nodeCount: n, edges: (0..<max(0, n - 1)).map { (Int32($0), Int32($0 + 1)) }, isDirected: false)
    }

    static func star(leaves: Int) -> Graph {
        Graph(nodeCount: leaves + 1, edges: (1...leaves).map { (0, Int32($0)) }, isDirected: false)
    }

    static func complete(_ n: Int) -> Graph {
        var edges: [(Int32, Int32)] = []
        for u in 0..<n { for v in (u + 1)..<n { edges.append((Int32(u), Int32(v))) } }
        return Graph(nodeCount: n, edges: edges, isDirected: false)
    }

    @Test func pathInnerNodesAreArticulationPointsAndEveryEdgeIsABridge() {
        let cuts = Biconnectivity(graph: Self.path(5))
        #expect(cuts.articulationPoints == [1, 2, 3])
        #expect(cuts.bridges == [Bridge(0, 1), Bridge(1, 2), Bridge(2, 3), Bridge(3, 4)])
        #expect(cuts.cutOff(byRemoving: 1) == [0])
        #expect(cuts.cutOff(byRemoving: 3) == [4])
        // Node 2 splits 0–1 from 3–4: equal halves, the half with node 0 stays.
        #expect(cuts.cutOff(byRemoving: 2) == [3, 4])
        #expect(cuts.cutOff(byRemoving: 0) == [])
        #expect(cuts.cutOff(byRemoving: Bridge(2, 1)) == [0, 1])
        #expect(cuts.cutOff(byRemoving: Bridge(2, 3)) == [3, 4])
        #expect(cuts.cutOff(byRemoving: Bridge(0, 4)) == [])
        let distances = Cohesion.componentDistances(Self.path(5), components: .connected(Self.path(5)))
        #expect(distances == [ComponentDistances(size: 5, diameter: 4, averagePathLength: 2)])
    }

    @Test func starCentreCutsOffAllButOneLeafAndCentralizationIsOne() {
        let star = Self.star(leaves: 4)
        let cuts = Biconnectivity(graph: star)
        #expect(cuts.articulationPoints == [0])
        #expect(cuts.cutOff(byRemoving: 0) == [2, 3, 4])
        #expect(cuts.bridges.count == 4)
        #expect(Cohesion.degreeCentralization(star) == 1)
        // Centre betweenness C(4, 2) = 6, leaves 0: the maximum possible.
        #expect(Cohesion.betweennessCentralization(betweenness: [6, 0, 0, 0, 0], isDirected: false) == 1)
        #expect(Cohesion.transitivity(star) == 0)
        #expect(Cohesion.averageClustering(star) == 0)
    }

    @Test func treeBridgesAreAllItsEdges() {
        // A binary tree on 7 nodes.
        let edges: [(Int32, Int32)] = [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6)]
        let cuts = Biconnectivity(graph: Graph(nodeCount: 7, edges: edges, isDirected: false))
        #expect(cuts.bridges == edges.map { Bridge($0.0, $0.1) }.sorted())
        #expect(cuts.articulationPoints == [0, 1, 2])
    }

    @Test func completeGraphIsFullyCohesive() {
        let k5 = Self.complete(5)
        #expect(k5.density == 1)
        #expect(Cohesion.transitivity(k5) == 1)
        #expect(Cohesion.averageClustering(k5) == 1)
        #expect(Cohesion.degreeCentralization(k5) == 0)
        #expect(Cohesion.triangles(k5) == Array(repeating: 6, count: 5))
        let cuts = Biconnectivity(graph: k5)
        #expect(cuts.articulationPoints.isEmpty && cuts.bridges.isEmpty)
        #expect(Cohesion.componentDistances(k5, components: .connected(k5))
                    == [ComponentDistances(size: 5, diameter: 1, averagePathLength: 1)])
    }

    @Test func twoComponentsAndIsolates() {
        // Triangle 0–1–2, edge 4–5, isolates 3 and 6.
        let graph = Graph(nodeCount: 7, edges: [(0, 1), (1, 2), (0, 2), (4, 5)], isDirected: false)
        let components = Components.connected(graph)
        #expect(components.members() == [[0, 1, 2], [3], [4, 5], [6]])
        #expect(components.count == 4 && components.singletonCount == 2 && components.largestSize == 3)
        let distances = Cohesion.componentDistances(graph, components: components)
        #expect(distances.map(\.diameter) == [1, 0, 1, 0])
        #expect(distances.map(\.averagePathLength) == [1, nil, 1, nil])
        let cuts = Biconnectivity(graph: graph)
        #expect(cuts.articulationPoints.isEmpty)
        #expect(cuts.bridges == [Bridge(4, 5)])
        #expect(cuts.cutOff(byRemoving: Bridge(4, 5)) == [5])
        #expect(close(graph.density, 4.0 / 21))
    }

    @Test func singleNodeAndEmptyGraphAreUndefinedNotNaN() {
        let single = Graph(nodeCount: 1, edges: [], isDirected: false)
        #expect(single.density == nil)
        #expect(Cohesion.transitivity(single) == nil)
        #expect(Cohesion.averageClustering(single) == 0)
        #expect(Cohesion.degreeCentralization(single) == nil)
        #expect(Cohesion.componentDistances(single, components: .connected(single))
                    == [ComponentDistances(size: 1, diameter: 0, averagePathLength: nil)])
        let empty = Graph(nodeCount: 0, edges: [], isDirected: false)
        #expect(Cohesion.averageClustering(empty) == nil)
        #expect(Components.connected(empty).count == 0)
        #expect(Biconnectivity(graph: empty).articulationPoints.isEmpty)
    }

    @Test func directedCycleIsOneStrongComponent() {
        // 0 → 1 → 2 → 0 and 2 → 3: strong components {0,1,2} and {3}, one weak component.
        let graph = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 0), (2, 3)], isDirected: true)
        #expect(Components.stronglyConnected(graph).members() == [[0, 1, 2], [3]])
        #expect(Components.connected(graph).members() == [[0, 1, 2, 3]])
        let distances = Cohesion.componentDistances(graph, components: .stronglyConnected(graph))
        #expect(distances == [ComponentDistances(size: 3, diameter: 2, averagePathLength: 1.5),
                              ComponentDistances(size: 1, diameter: 0, averagePathLength: nil)])
        #expect(graph.density == 4.0 / 12)
    }

    @Test func longPathDoesNotOverflowTheStack() {
        let n = 100_000
        let cuts = Biconnectivity(graph: Self.path(n))
        #expect(cuts.articulationPoints.count == n - 2)
        #expect(cuts.bridges.count == n - 1)
        #expect(cuts.cutOffCount(byRemoving: n / 2) == n / 2 - 1)
    }
}
