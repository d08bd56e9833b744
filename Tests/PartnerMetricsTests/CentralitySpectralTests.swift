import PartnerCore
import PartnerMetrics
import Testing

@Suite("Eigenvector and PageRank")
struct CentralitySpectralTests {
    @Test("eigenvector and PageRank equal networkx", arguments: try CentralityFixture.all())
    func unweightedMatchesNetworkx(fixture: CentralityFixture) throws {
        let graph = fixture.graph()
        expectAgreement(try graph.eigenvectorCentrality(), try fixture.reference("eigenvector"),
                        "\(fixture) eigenvector")
        expectAgreement(try graph.pageRank(), try fixture.reference("pagerank"), "\(fixture) PageRank")
    }

    @Test("weighted eigenvector and PageRank equal networkx", arguments: try CentralityFixture.weightedOnes())
    func weightedMatchesNetworkx(fixture: CentralityFixture) throws {
        let graph = fixture.graph(weighted: true)
        expectAgreement(try graph.eigenvectorCentrality(weighted: true),
                        try fixture.reference("eigenvector", weighted: true), "\(fixture) weighted eigenvector")
        expectAgreement(try graph.pageRank(weighted: true), try fixture.reference("pagerank", weighted: true),
                        "\(fixture) weighted PageRank")
    }

    @Test func starEigenvector() throws {
        // Star with k leaves: λ = √k, hub : leaf = √k : 1; unit length → hub = 1/√2.
        let hub = (0.5).squareRoot(), leaf = hub / 2
        expectAgreement(try Textbook.star(5).eigenvectorCentrality(), [hub, leaf, leaf, leaf, leaf],
                        tolerance: 1e-10, "star")
    }

    @Test func completeAndEdgelessGraphsAreUniform() throws {
        let uniform = 1 / 5.0.squareRoot()
        expectAgreement(try Textbook.complete(5).eigenvectorCentrality(), Array(repeating: uniform, count: 5),
                        tolerance: 1e-12, "complete")
        let edgeless = Graph(nodeCount: 5, edges: [], isDirected: false)
        expectAgreement(try edgeless.eigenvectorCentrality(), Array(repeating: uniform, count: 5),
                        tolerance: 1e-12, "edgeless")
        expectAgreement(try edgeless.pageRank(), Array(repeating: 0.2, count: 5), tolerance: 1e-15, "edgeless")
    }

    @Test func pageRankOfAStar() throws {
        // Hub h, k = 4 leaves ℓ: h = (1−d)/n + d·k·ℓ and ℓ = (1−d)/n + d·h/k,
        // so h = (1−d)/n · (1 + d·k) / (1 − d²).
        let k = 4.0, n = 5.0, d = 0.85
        let hub = (1 - d) / n * (1 + d * k) / (1 - d * d)
        let leaf = (1 - d) / n + d * hub / k
        let pr = try Textbook.star(5).pageRank()
        // Stopping at an L1 step below n·1e-12 leaves an error up to about d/(1−d) times that.
        expectAgreement(pr, [hub, leaf, leaf, leaf, leaf], tolerance: 1e-10, "star")
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
    }

    @Test func danglingNodesSpreadTheirRankUniformly() throws {
        // 0 → 1, node 1 dangling: x0 = 0.15/2 + 0.85·x1/2, x1 = 0.15/2 + 0.85·(x0 + x1/2).
        let pr = try Graph(nodeCount: 2, edges: [(0, 1)], isDirected: true).pageRank()
        // Solving: x0 = 0.075 + 0.425·x1, x0 + x1 = 1 → x1 = 0.925 / 1.425.
        let x1 = 0.925 / 1.425
        expectAgreement(pr, [1 - x1, x1], tolerance: 1e-10, "dangling")
    }

    @Test func nonConvergenceIsAnError() {
        #expect(throws: MetricError.didNotConverge(measure: "PageRank", iterations: 3, tolerance: 1e-12)) {
            try Textbook.path(6).pageRank(maxIterations: 3)
        }
        #expect(throws: MetricError.self) {
            try Textbook.path(6).eigenvectorCentrality(maxIterations: 2)
        }
    }

    @Test func tinyGraphs() throws {
        #expect(try Textbook.empty.eigenvectorCentrality().isEmpty)
        #expect(try Textbook.empty.pageRank().isEmpty)
        #expect(try Textbook.singleNode.eigenvectorCentrality() == [1])
        #expect(try Textbook.singleNode.pageRank() == [1])
    }
}
