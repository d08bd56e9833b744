import PartnerCore
import PartnerMetrics
import Testing
@testable import PartnerAnalysis

@Suite struct SuggestionEvaluationTests {
    @Test func aucCountsEqualScoresAsHalf() throws {
        // Positives 0.9 and 0.8, negatives 0.8 and 0.1: pairs 1 + 1 + ½ + 1 out of 4.
        let auc = try #require(SuggestionEvaluator.auc(scores: [0.9, 0.8, 0.8, 0.1], isPositive: [true, false, true, false]))
        #expect(abs(auc - 0.875) < 1e-12)
        // Perfect, reversed and all-equal rankings.
        #expect(SuggestionEvaluator.auc(scores: [3, 2, 1], isPositive: [true, false, false]) == 1)
        #expect(SuggestionEvaluator.auc(scores: [1, 2, 3], isPositive: [true, false, false]) == 0)
        #expect(SuggestionEvaluator.auc(scores: [5, 5, 5, 5], isPositive: [true, true, false, false]) == 0.5)
        #expect(SuggestionEvaluator.auc(scores: [1, 2], isPositive: [true, true]) == nil)
    }

    @Test func aucMatchesPairwiseCountOnALargerCase() throws {
        var generator = SplitMix64(seed: 7)
        let scores = (0..<300).map { _ in Double(generator.next() % 20) }
        let labels = (0..<300).map { _ in generator.next() % 3 == 0 }
        var wins = 0.0, pairs = 0.0
        for i in scores.indices where labels[i] {
            for j in scores.indices where !labels[j] {
                pairs += 1
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0
            }
        }
        let auc = try #require(SuggestionEvaluator.auc(scores: scores, isPositive: labels))
        #expect(abs(auc - wins / pairs) < 1e-12)
    }

    @Test func precisionSharesTheBoundaryTieInExpectation() throws {
        // Top 2: 0.9 (hit) then one of the two 0.8s, one of which is a hit: 1.5 / 2.
        let precision = try #require(SuggestionEvaluator.precision(at: 2, scores: [0.9, 0.8, 0.8, 0.1],
                                                                   isPositive: [true, false, true, false]))
        #expect(abs(precision - 0.75) < 1e-12)
        #expect(SuggestionEvaluator.precision(at: 10, scores: [1, 0], isPositive: [true, false]) == 0.5)
    }

    @Test func evaluationIsDeterministicAndInRange() throws {
        let karate = try ReferenceNetwork.load("karate").partnershipNetwork.snapshot()
        let first = GapAnalysis.evaluation(of: karate, seeds: 3)
        let second = GapAnalysis.evaluation(of: karate, seeds: 3)
        #expect(first == second)
        #expect(first.ties == 78)
        #expect(first.hiddenPerRound == 8)
        #expect(first.methods.map(\.name) == ["partnermap", "partnermap-complementarity"] + PairFeature.allCases.map(\.rawValue))
        #expect(first.methods.map(\.name).starts(with: ["partnermap", "partnermap-complementarity", "common-neighbors", "jaccard", "adamic-adar"]))
        #expect(first.protocols.map(\.name) == ["plain", "keep-last-tie"])
        #expect(first.result(.plain)?.methods == first.methods)
        #expect(first.protocols.allSatisfy { $0.modelChoices.values.reduce(0, +) == 3 })
        for method in first.protocols.flatMap(\.methods) {
            let auc = try #require(method.auc)
            let precision = try #require(method.precisionAt10)
            let ap = try #require(method.averagePrecision)
            #expect(auc >= 0 && auc <= 1)
            #expect(precision >= 0 && precision <= 1)
            #expect(ap > 0 && ap <= 1)
            #expect(try #require(method.aucSpread) >= 0)
        }
    }

    @Test func averagePrecisionCountsEqualScoresInExpectation() throws {
        // No ties: positives at ranks 1 and 3 → (1/1 + 2/3) / 2.
        let distinct = try #require(RankingMetrics.averagePrecision(scores: [4, 3, 2, 1], isPositive: [true, false, true, false]))
        #expect(abs(distinct - (1 + 2.0 / 3) / 2) < 1e-12)
        // One block of 4 with 2 positives: the mean of AP over the 6 orders of the positives.
        let orders: [[Bool]] = [[true, true, false, false], [true, false, true, false], [true, false, false, true],
                                [false, true, true, false], [false, true, false, true], [false, false, true, true]]
        let mean = orders.map { order -> Double in
            var hits = 0.0, sum = 0.0
            for (i, positive) in order.enumerated() where positive { hits += 1; sum += hits / Double(i + 1) }
            return sum / 2
        }.reduce(0, +) / 6
        let tied = try #require(RankingMetrics.averagePrecision(scores: [1, 1, 1, 1], isPositive: [true, false, true, false]))
        #expect(abs(tied - mean) < 1e-12)
    }

    @Test func keepingTheLastTieNeverLeavesAnOrganizationWithoutTies() throws {
        let fixture = try LinkPredictionFixture.load("quakers")
        let graph = fixture.graph
        for seed in 1...5 {
            let split = HoldoutSplit(graph: graph, fraction: 0.1, protocol: .keepLastTie, seed: UInt64(seed))
            #expect(graph.nodeCount.range.allSatisfy { graph.degree(of: $0) == 0 || split.training.degree(of: $0) > 0 })
            #expect(split.hidden.count + split.training.edgeCount == graph.edgeCount)
            let plain = HoldoutSplit(graph: graph, fraction: 0.1, protocol: .plain, seed: UInt64(seed))
            #expect(plain.hidden.count == 17)
        }
    }
}
