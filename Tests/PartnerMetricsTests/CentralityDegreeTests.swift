import PartnerCore
import PartnerMetrics
import Testing

@Suite("Degree and strength")
struct CentralityDegreeTests {
    @Test("degree centrality equals networkx", arguments: try CentralityFixture.all())
    func degreeMatchesNetworkx(fixture: CentralityFixture) throws {
        let graph = fixture.graph()
        expectAgreement(graph.degreeCentrality(), try fixture.reference("degree"), "\(fixture) degree")
        if fixture.directed {
            expectAgreement(graph.inDegreeCentrality(), try fixture.reference("inDegree"), "\(fixture) in")
            expectAgreement(graph.outDegreeCentrality(), try fixture.reference("outDegree"), "\(fixture) out")
        }
    }

    @Test("strength equals networkx weighted degree", arguments: try CentralityFixture.weightedOnes())
    func strengthMatchesNetworkx(fixture: CentralityFixture) throws {
        expectAgreement(fixture.graph(weighted: true).strength(),
                        try fixture.reference("strength", weighted: true), "\(fixture) strength")
    }

    @Test func starDegrees() {
        let degree = Textbook.star(5).degreeCentrality()
        #expect(degree == [1, 0.25, 0.25, 0.25, 0.25])
    }

    @Test func directedDegreeCountsBothDirections() {
        // 0 → 1, 0 → 2, 2 → 0: node 0 has out-degree 2, in-degree 1.
        let graph = Graph(nodeCount: 3, edges: [(0, 1), (0, 2), (2, 0)], isDirected: true)
        #expect(graph.degreeCentrality() == [1.5, 0.5, 1])
        #expect(graph.outDegreeCentrality() == [1, 0, 0.5])
        #expect(graph.inDegreeCentrality() == [0.5, 0.5, 0.5])
    }

    @Test func undefinedBelowTwoNodes() {
        #expect(Textbook.singleNode.degreeCentrality() == [nil])
        #expect(Textbook.empty.degreeCentrality().isEmpty)
        #expect(Textbook.twoComponentsAndIsolate.degreeCentrality()[6] == 0)
    }

    @Test func strengthSumsWeightsAndIsDegreeWithoutThem() {
        let weighted = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], weights: [2.5, 4], isDirected: false)
        #expect(weighted.strength() == [2.5, 6.5, 4])
        #expect(Textbook.star(4).strength() == [3, 1, 1, 1])
        let directed = Graph(nodeCount: 2, edges: [(0, 1)], weights: [3], isDirected: true)
        #expect(directed.strength() == [3, 3])
    }
}
