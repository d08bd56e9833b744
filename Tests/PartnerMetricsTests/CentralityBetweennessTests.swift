import Foundation
import PartnerCore
import PartnerMetrics
import Testing

@Suite("Betweenness")
struct CentralityBetweennessTests {
    @Test("unweighted betweenness equals networkx", arguments: try CentralityFixture.all())
    func unweightedMatchesNetworkx(fixture: CentralityFixture) throws {
        expectAgreement(fixture.graph().betweennessCentrality(), try fixture.reference("betweenness"),
                        "\(fixture) betweenness")
    }

    @Test("weighted betweenness (distance 1/weight) equals networkx",
          arguments: try CentralityFixture.weightedOnes())
    func weightedMatchesNetworkx(fixture: CentralityFixture) throws {
        expectAgreement(fixture.graph(weighted: true).betweennessCentrality(weighted: true),
                        try fixture.reference("betweenness", weighted: true), "\(fixture) weighted betweenness")
    }

    @Test("bitwise identical for 1, 2 and 4 threads", arguments: try CentralityFixture.all())
    func threadCountDoesNotChangeBits(fixture: CentralityFixture) throws {
        for weighted in [false, true] {
            let graph = fixture.graph(weighted: weighted)
            // Chunks of one source make the merge order matter as much as it can.
            let one = graph.betweennessCentrality(weighted: weighted, threads: 1)
            for threads in [2, 4] {
                let many = graph.betweennessCentrality(weighted: weighted, threads: threads)
                #expect(one.map(\.bitPattern) == many.map(\.bitPattern), "\(fixture) \(threads) threads")
            }
        }
    }

    @Test func pathMiddleNodesCarryThePairsAcrossThem() {
        // Path of 5: node k lies on k·(4−k) unordered pairs; normalised by (n−1)(n−2)/2 = 6.
        let raw = Textbook.path(5).betweennessCentrality(normalized: false)
        #expect(raw == [0, 3, 4, 3, 0])
        let normalized = Textbook.path(5).betweennessCentrality()
        expectAgreement(normalized, [0, 0.5, 4 / 6, 0.5, 0], tolerance: 1e-15, "path")
    }

    @Test func starHubIsOnEveryPairOfLeaves() {
        #expect(Textbook.star(6).betweennessCentrality() == [1, 0, 0, 0, 0, 0])
        #expect(Textbook.star(6).betweennessCentrality(normalized: false) == [10, 0, 0, 0, 0, 0])
    }

    @Test func completeGraphHasNoBrokers() {
        #expect(Textbook.complete(6).betweennessCentrality() == Array(repeating: 0, count: 6))
    }

    @Test func componentsAndIsolates() {
        // Only the middle of the path 3 – 4 – 5 brokers a pair; n = 7 → divide by 6·5.
        let values = Textbook.twoComponentsAndIsolate.betweennessCentrality()
        expectAgreement(values, [0, 0, 0, 0, 2.0 / 30, 0, 0], tolerance: 1e-15, "two components")
    }

    @Test func tinyGraphs() {
        #expect(Textbook.empty.betweennessCentrality().isEmpty)
        #expect(Textbook.singleNode.betweennessCentrality() == [0])
        #expect(Textbook.path(2).betweennessCentrality() == [0, 0])
    }

    @Test func directedCycleCountsOrderedPairs() {
        // 0 → 1 → 2 → 0: each node lies on exactly one of the 6 ordered pairs' paths.
        let cycle = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)], isDirected: true)
        #expect(cycle.betweennessCentrality(normalized: false) == [1, 1, 1])
        #expect(cycle.betweennessCentrality() == [0.5, 0.5, 0.5])
    }

    @Test func strongTiesAreShortPaths() {
        // Square 0–1–2–3–0; the route through 1 has strength 2 on both ties (length 1), through 3
        // strength 1 (length 2): every 0–2 path goes through 1.
        let square = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)], weights: [2, 2, 1, 1],
                           isDirected: false)
        let raw = square.betweennessCentrality(weighted: true, normalized: false)
        // 0–2 via 1; 1–3: via 0 (0.5 + 1 = 1.5) or via 2 (0.5 + 1 = 1.5), split evenly.
        #expect(raw == [0.5, 1, 0.5, 0])
        #expect(square.betweennessCentrality(normalized: false) == [0.5, 0.5, 0.5, 0.5])
    }

    @Test func progressIsReportedOncePerChunkInOrder() {
        let log = ProgressLog()
        _ = Textbook.path(600).betweennessCentrality(threads: 2, progress: { completed, total in
            log.record(completed, total)
        })
        let calls = log.calls
        #expect(calls.map(\.0) == Array(1...calls.count))
        #expect(calls.allSatisfy { $0.1 == calls.count })
        #expect(calls.count == ParallelChunks(count: 600).chunkCount)
    }
}

/// Collects progress calls (serialised by ``ParallelChunks``; locked anyway so a bug shows as a
/// wrong order, not a crash).
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [(Int, Int)] = []
    func record(_ completed: Int, _ total: Int) { lock.withLock { storage.append((completed, total)) } }
    var calls: [(Int, Int)] { lock.withLock { storage } }
}
