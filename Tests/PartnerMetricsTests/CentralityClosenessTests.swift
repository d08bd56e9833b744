import PartnerCore
import PartnerMetrics
import Testing

@Suite("Closeness and harmonic")
struct CentralityClosenessTests {
    /// networkx closeness is 0 where PartnerMap's is undefined (no other node reaches the node).
    private func networkxClosenessConvention(_ values: [Double?]) -> [Double?] {
        values.map { $0 == 0 ? nil : $0 }
    }

    /// networkx harmonic is the undivided sum; PartnerMap divides by n − 1.
    private func dividedByOthers(_ values: [Double?], _ n: Int) -> [Double?] {
        values.map { $0.map { $0 / Double(n - 1) } }
    }

    @Test("closeness and harmonic equal networkx", arguments: try CentralityFixture.all())
    func unweightedMatchesNetworkx(fixture: CentralityFixture) throws {
        let both = fixture.graph().distanceCentralities()
        expectAgreement(both.closeness, networkxClosenessConvention(try fixture.reference("closeness")),
                        "\(fixture) closeness")
        expectAgreement(both.harmonic, dividedByOthers(try fixture.reference("harmonic"), fixture.nodeCount),
                        "\(fixture) harmonic")
    }

    @Test("weighted closeness and harmonic (distance 1/weight) equal networkx",
          arguments: try CentralityFixture.weightedOnes())
    func weightedMatchesNetworkx(fixture: CentralityFixture) throws {
        let graph = fixture.graph(weighted: true)
        expectAgreement(graph.closenessCentrality(weighted: true),
                        networkxClosenessConvention(try fixture.reference("closeness", weighted: true)),
                        "\(fixture) weighted closeness")
        expectAgreement(graph.harmonicCentrality(weighted: true),
                        dividedByOthers(try fixture.reference("harmonic", weighted: true), fixture.nodeCount),
                        "\(fixture) weighted harmonic")
    }

    @Test("identical for 1, 2 and 4 threads", arguments: try CentralityFixture.all())
    func threadCountDoesNotChangeBits(fixture: CentralityFixture) throws {
        for weighted in [false, true] {
            let graph = fixture.graph(weighted: weighted)
            let one = graph.distanceCentralities(weighted: weighted, threads: 1)
            for threads in [2, 4] {
                #expect(graph.distanceCentralities(weighted: weighted, threads: threads) == one)
            }
        }
    }

    @Test func path() {
        // Path 0–1–2–3: distance sums 6, 4, 4, 6 → closeness 3/6, 3/4, 3/4, 3/6.
        let both = Textbook.path(4).distanceCentralities()
        #expect(both.closeness == [0.5, 0.75, 0.75, 0.5])
        // Harmonic of an end: (1 + 1/2 + 1/3) / 3; of a middle node: (1 + 1 + 1/2) / 3.
        expectAgreement(both.harmonic, [11.0 / 18, 5.0 / 6, 5.0 / 6, 11.0 / 18], tolerance: 1e-15, "path")
    }

    @Test func starAndComplete() {
        let star = Textbook.star(5).distanceCentralities()
        // Hub: 4 / 4 = 1. Leaf: distance 1 to the hub, 2 to three leaves: 4 / 7.
        let leaf = 4.0 / 7
        #expect(star.closeness == [1, leaf, leaf, leaf, leaf])
        expectAgreement(star.harmonic, [1, 0.625, 0.625, 0.625, 0.625], tolerance: 1e-15, "star")
        #expect(Textbook.complete(5).closenessCentrality() == Array(repeating: 1, count: 5))
        #expect(Textbook.complete(5).harmonicCentrality() == Array(repeating: 1, count: 5))
    }

    @Test func disconnectedGraphUsesTheWassermanFaustCorrection() {
        // n = 7. Triangle node: reaches 2 at distance 1 → (2/2)·(2/6). Path end: distances 1, 2 →
        // (2/3)·(2/6); path middle: (2/2)·(2/6). The isolate is undefined, its harmonic 0.
        let both = Textbook.twoComponentsAndIsolate.distanceCentralities()
        let third = 1.0 / 3
        expectAgreement(both.closeness, [third, third, third, 2.0 / 9, third, 2.0 / 9, nil],
                        tolerance: 1e-15, "closeness")
        expectAgreement(both.harmonic, [2.0 / 6, 2.0 / 6, 2.0 / 6, 1.5 / 6, 2.0 / 6, 1.5 / 6, 0],
                        tolerance: 1e-15, "harmonic")
    }

    @Test func tinyGraphs() {
        #expect(Textbook.empty.closenessCentrality().isEmpty)
        #expect(Textbook.empty.harmonicCentrality().isEmpty)
        #expect(Textbook.singleNode.closenessCentrality() == [nil])
        #expect(Textbook.singleNode.harmonicCentrality() == [nil])
        #expect(Textbook.path(2).closenessCentrality() == [1, 1])
    }

    @Test func directedClosenessUsesIncomingDistances() {
        // 0 → 1 → 2: node 2 is reached by both (distances 1 and 2): (2/3)·(2/2); node 1 by node 0
        // only: (1/1)·(1/2); node 0 by nobody.
        let chain = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: true)
        let both = chain.distanceCentralities()
        let twoThirds = 2.0 / 3
        #expect(both.closeness == [nil, 0.5, twoThirds])
        #expect(both.harmonic == [0, 0.5, 0.75])
    }

    @Test func strongTiesAreShortDistances() {
        // 0 –(strength 4)– 1 –(strength 2)– 2: lengths 0.25 and 0.5.
        let graph = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [4, 2], isDirected: false)
        let both = graph.distanceCentralities(weighted: true)
        let far = 1 / 0.75  // 0 and 2 are 0.25 + 0.5 apart
        expectAgreement(both.closeness, [2 / 1.0, 2 / 0.75, 2 / 1.25], tolerance: 1e-15, "closeness")
        expectAgreement(both.harmonic, [(4 + far) / 2, 3, (2 + far) / 2], tolerance: 1e-15, "harmonic")
    }
}

@Suite("Closeness and harmonic, 64 searches at once")
struct MultiSourceClosenessTests {
    /// Dijkstra with every length 1 runs one search per node: the reference for the bit-parallel BFS.
    private func oneSearchPerNode(_ graph: Graph) -> DistanceCentralities {
        let unit = Graph(nodeCount: graph.nodeCount,
                         edges: (0..<graph.nodeCount).flatMap { u in graph.neighbors(of: u).map { (Int32(u), $0) } },
                         weights: Array(repeating: 1, count: graph.targets.count), isDirected: graph.isDirected)
        return unit.distanceCentralities(weighted: true, threads: 1)
    }

    @Test("several words of sources, the last one partial, undirected and directed")
    func equalsOneSearchPerNode() throws {
        // 300 organizations: words of 64, 64, 64, 64 and 44 sources; 12 regions, a few apart.
        let block = Graph(nodeCount: 300, edges: BenchmarkGraph.block300.edges, isDirected: false)
        let directed = Graph(nodeCount: 300, edges: BenchmarkGraph.block300.edges, isDirected: true)
        for graph in [block, directed, try CentralityFixture.load("emon-texas").graph()] {
            let ours = graph.distanceCentralities(threads: 2)
            let reference = oneSearchPerNode(graph)
            expectAgreement(ours.closeness, reference.closeness, tolerance: 1e-12, "closeness")
            expectAgreement(ours.harmonic, reference.harmonic, tolerance: 1e-12, "harmonic")
            #expect(ours == graph.distanceCentralities(threads: 1))
        }
    }
}
