import Foundation
import PartnerCore
import PartnerMetrics
import Testing

@Suite("Approximate betweenness (Riondato–Kornaropoulos)")
struct ApproximateBetweennessTests {
    /// The largest gap between the estimate and networkx's exact betweenness.
    private func largestError(_ estimate: ApproximateBetweenness, _ exact: [Double?]) -> Double {
        zip(estimate.values, exact).map { abs($0 - ($1 ?? .nan)) }.max() ?? .nan
    }

    @Test("within ε·n/(n−2) of networkx's exact values at seed 1", arguments: try CentralityFixture.all())
    func estimateIsWithinTheBound(fixture: CentralityFixture) throws {
        let exact = try fixture.reference("betweenness")
        for epsilon in [0.05, 0.01] {
            let estimate = fixture.graph().approximateBetweenness(epsilon: epsilon, seed: 1)
            let error = largestError(estimate, exact)
            #expect(error <= estimate.errorBound, "\(fixture) ε = \(epsilon): off by \(error)")
            // The bound is a worst case over all nodes; the typical node is far closer.
            let mean = zip(estimate.values, exact).map { abs($0 - ($1 ?? 0)) }.reduce(0, +) / Double(exact.count)
            #expect(mean < epsilon / 2, "\(fixture) ε = \(epsilon): mean error \(mean)")
        }
    }

    @Test("weighted (distance 1/weight) within the bound", arguments: try CentralityFixture.weightedOnes())
    func weightedEstimateIsWithinTheBound(fixture: CentralityFixture) throws {
        let estimate = fixture.graph(weighted: true).approximateBetweenness(epsilon: 0.01, seed: 1, weighted: true)
        let error = largestError(estimate, try fixture.reference("betweenness", weighted: true))
        #expect(error <= estimate.errorBound, "\(fixture): off by \(error)")
    }

    @Test func lesMiserablesTopNodeAndSampleSize() throws {
        let fixture = try CentralityFixture.load("lesmis")
        let estimate = fixture.graph().approximateBetweenness(epsilon: 0.01, seed: 7)
        // Valjean carries most paths (networkx: 0.5699); the estimate must find him and be close.
        let valjean = try #require(fixture.nodes.firstIndex(of: "Valjean"))
        #expect(estimate.values.firstIndex(of: estimate.values.max()!) == valjean)
        #expect(abs(estimate.values[valjean] - 0.5699) < 0.0103)
        // r = ⌈(0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln 10)⌉ with the BFS bound on the vertex diameter.
        let d = estimate.vertexDiameterBound
        #expect(d >= 6 && d <= 77)  // diameter 5 → 6 nodes at least
        let expected = (0.5 / 1e-4 * (log2(Double(d - 2)).rounded(.down) + 1 + log(10))).rounded(.up)
        #expect(estimate.samples == Int(expected))
        #expect(abs(estimate.errorBound - 0.01 * 77 / 75) < 1e-15)
    }

    @Test func sameSeedSameBitsForAnyThreadCount() throws {
        let graph = try CentralityFixture.load("karate").graph()
        let one = graph.approximateBetweenness(epsilon: 0.05, seed: 3, threads: 1)
        for threads in [2, 4] {
            #expect(graph.approximateBetweenness(epsilon: 0.05, seed: 3, threads: threads) == one)
        }
        #expect(graph.approximateBetweenness(epsilon: 0.05, seed: 4, threads: 1).values != one.values)
    }

    @Test func pathsCountTheirInnerNodesExactly() {
        // On a path every pair has one shortest path: the estimate is a fraction of sampled pairs.
        let estimate = Textbook.path(5).approximateBetweenness(epsilon: 0.02, seed: 1, normalized: false)
        let exact: [Double] = [0, 3, 4, 3, 0]
        for (a, b) in zip(estimate.values, exact) { #expect(abs(a - b) <= estimate.errorBound * 6) }
        #expect(estimate.values[0] == 0 && estimate.values[4] == 0)
        // Two organizations, or none between any pair: nothing to sample.
        #expect(Textbook.path(2).approximateBetweenness(epsilon: 0.1).samples == 0)
    }

    @Test func vertexDiameterBoundCoversEveryComponent() {
        // A path of 5 and a separate edge: diameter 4, so at least 5 nodes on a longest path.
        let graph = Graph(nodeCount: 7, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (5, 6)], isDirected: false)
        let estimate = graph.approximateBetweenness(epsilon: 0.1)
        #expect(estimate.vertexDiameterBound == 5)
    }
}
