import Foundation
import PartnerCore
import Testing
@testable import PartnerMetrics

@Suite struct LinkPredictionTests {
    @Test(arguments: StructureFixture.names)
    func everyNonTieEqualsNetworkx(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let reference = fixture.linkPrediction
        let predictor = LinkPredictor(graph: fixture.graph())
        var visited: [[Int32]] = []
        var bulk: [LinkScores] = []
        predictor.forEachNonTie { u, v, scores in
            visited.append([u, v])
            bulk.append(scores)
        }
        #expect(visited == reference.pairs)
        for (i, pair) in reference.pairs.enumerated() where i < bulk.count {
            let single = predictor.scores(Int(pair[0]), Int(pair[1]))
            #expect(single == bulk[i], "bulk and per-pair scores of \(pair) differ")
            #expect(single.commonNeighbors == reference.commonNeighbors[i])
            #expect(single.preferentialAttachment == reference.preferentialAttachment[i])
            #expect(close(single.jaccard, reference.jaccard[i]), "Jaccard \(pair)")
            #expect(close(single.adamicAdar, reference.adamicAdar[i]), "Adamic–Adar \(pair)")
            #expect(close(single.resourceAllocation, reference.resourceAllocation[i]), "RA \(pair)")
        }
    }

    @Test(arguments: StructureFixture.names)
    func sharingANeighborVisitsExactlyThePairsWithCommonNeighbours(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let predictor = LinkPredictor(graph: fixture.graph())
        var all: [[Int32]] = [], sharing: [[Int32]] = []
        predictor.forEachNonTie { u, v, scores in if scores.commonNeighbors > 0 { all.append([u, v]) } }
        predictor.forEachNonTie(sharingANeighbor: true) { u, v, _ in sharing.append([u, v]) }
        #expect(!sharing.isEmpty)
        #expect(sharing == all)
    }

    @Test func starLeavesShareOnlyTheCentre() {
        // Star with centre 0 and leaves 1…4: every leaf pair shares exactly the centre (degree 4).
        let star = Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], isDirected: false)
        let predictor = LinkPredictor(graph: star)
        let scores = predictor.scores(1, 2)
        #expect(scores.commonNeighbors == 1)
        #expect(predictor.commonNeighbors(3, 4) == [0])
        #expect(abs(scores.jaccard - 1) < 1e-15)
        #expect(abs(scores.adamicAdar - 1 / log(4.0)) < 1e-15)
        #expect(abs(scores.resourceAllocation - 0.25) < 1e-15)
        #expect(scores.preferentialAttachment == 1)
        var count = 0
        predictor.forEachNonTie { _, _, _ in count += 1 }
        #expect(count == 6)  // C(4, 2) leaf pairs; the centre is tied to everyone
    }

    @Test func isolatesAndTwoComponentsScoreZero() {
        // Two edges 0–1 and 2–3 plus isolate 4: no pair shares a neighbour.
        let graph = Graph(nodeCount: 5, edges: [(0, 1), (2, 3)], isDirected: false)
        let predictor = LinkPredictor(graph: graph)
        let isolatePair = predictor.scores(4, 0)
        #expect(isolatePair == LinkScores(commonNeighbors: 0, jaccard: 0, adamicAdar: 0,
                                          resourceAllocation: 0, preferentialAttachment: 0))
        #expect(predictor.scores(0, 2).preferentialAttachment == 1)
        var pairs = 0
        predictor.forEachNonTie { _, _, _ in pairs += 1 }
        #expect(pairs == 10 - 2)
        var sharing = 0
        predictor.forEachNonTie(sharingANeighbor: true) { _, _, _ in sharing += 1 }
        #expect(sharing == 0)
    }

    @Test func completeGraphAndSingleNodeHaveNoNonTies() {
        let complete = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)], isDirected: false)
        var count = 0
        LinkPredictor(graph: complete).forEachNonTie { _, _, _ in count += 1 }
        LinkPredictor(graph: Graph(nodeCount: 1, edges: [], isDirected: false)).forEachNonTie { _, _, _ in count += 1 }
        LinkPredictor(graph: Graph(nodeCount: 0, edges: [], isDirected: false)).forEachNonTie { _, _, _ in count += 1 }
        #expect(count == 0)
    }

    @Test func directedTiesAreReadWithoutDirection() {
        // 0 → 1 and 2 → 1: as an undirected graph 0 and 2 share neighbour 1.
        let graph = Graph(nodeCount: 3, edges: [(0, 1), (2, 1)], isDirected: true)
        #expect(LinkPredictor(graph: graph).commonNeighbors(0, 2) == [1])
    }
}
