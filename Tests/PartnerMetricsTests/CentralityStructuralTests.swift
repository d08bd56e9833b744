import PartnerCore
import PartnerMetrics
import Testing

@Suite("Core numbers and local clustering")
struct CentralityStructuralTests {
    @Test("core numbers equal networkx", arguments: try CentralityFixture.all())
    func coreNumbersMatchNetworkx(fixture: CentralityFixture) throws {
        expectAgreement(fixture.graph().coreNumbers().map { Double($0) }, try fixture.reference("coreNumber"),
                        tolerance: 0, "\(fixture) core numbers")
    }

    @Test("clustering equals networkx (0 there where ours is undefined)", arguments: try CentralityFixture.all())
    func clusteringMatchesNetworkx(fixture: CentralityFixture) throws {
        let graph = fixture.graph()
        let ours = graph.clusteringCoefficients()
        let theirs = try fixture.reference("clustering")
        // Where ours is undefined (fewer than two partners), networkx must have reported 0.
        for v in ours.indices where ours[v] == nil { #expect(theirs[v] == 0, "\(fixture) node \(v)") }
        expectAgreement(ours.enumerated().map { $1 ?? theirs[$0] }, theirs, "\(fixture) clustering")
    }

    @Test func textbookCoreNumbers() {
        #expect(Textbook.path(4).coreNumbers() == [1, 1, 1, 1])
        #expect(Textbook.star(5).coreNumbers() == [1, 1, 1, 1, 1])
        #expect(Textbook.complete(5).coreNumbers() == [4, 4, 4, 4, 4])
        #expect(Textbook.twoComponentsAndIsolate.coreNumbers() == [2, 2, 2, 1, 1, 1, 0])
        #expect(Textbook.empty.coreNumbers().isEmpty)
        #expect(Textbook.singleNode.coreNumbers() == [0])
        // A triangle with a pendant: the pendant peels first, the triangle stays a 2-core.
        let kite = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (2, 3)], isDirected: false)
        #expect(kite.coreNumbers() == [2, 2, 2, 1])
        // Directed: a reciprocated pair counts as degree 2 each.
        #expect(Graph(nodeCount: 2, edges: [(0, 1), (1, 0)], isDirected: true).coreNumbers() == [2, 2])
    }

    @Test func textbookClustering() {
        #expect(Textbook.complete(5).clusteringCoefficients() == Array(repeating: 1, count: 5))
        #expect(Textbook.star(5).clusteringCoefficients() == [0, nil, nil, nil, nil])
        #expect(Textbook.twoComponentsAndIsolate.clusteringCoefficients() == [1, 1, 1, nil, 0, nil, nil])
        // Kite: node 2 has partners 0, 1, 3 and one tie among them (0–1): 1/3.
        let kite = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 2), (2, 3)], isDirected: false)
        #expect(kite.clusteringCoefficients() == [1, 1, 1.0 / 3, nil])
        #expect(Textbook.singleNode.clusteringCoefficients() == [nil])
    }

    @Test func directedClusteringCountsOrientations() {
        // Cycle 0 → 1 → 2 → 0: node 0's partners 2 (in) and 1 (out) close one cycle, seen once
        // from each partner: T = 2 of 2·(2·1 − 0) = 4 → 0.5 (networkx agrees).
        let cycle = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: true)
        #expect(cycle.clusteringCoefficients() == [0.5, 0.5, 0.5])
        // Every arc both ways: T = 2·(4·3 − 2·2) = 16 of 16 → 1.
        let full = Graph(nodeCount: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 1), (0, 2), (2, 0)], isDirected: true)
        #expect(full.clusteringCoefficients() == [1, 1, 1])
        // A reciprocated pair alone has no possible triangle.
        #expect(Graph(nodeCount: 2, edges: [(0, 1), (1, 0)], isDirected: true).clusteringCoefficients() == [nil, nil])
    }
}
