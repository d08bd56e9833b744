import PartnerCore
import PartnerMetrics
import Testing
@testable import PartnerAnalysis

@Suite struct PartnerSuggestionsTests {
    /// Path 0 – 1 – 2 – 3 plus the tie 1 – 4, and 5 without ties. Degrees: 1, 3, 2, 1, 1, 0.
    let graph = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (1, 4)], isDirected: false)

    @Test func pathScoresCountWalksAndDistances() {
        let paths = PathScores(graph: graph)
        var row = PathScores.Row(nodeCount: 6)
        paths.compute(from: 0, into: &row)
        // (0, 3): path 0 – 1 – 2 – 3, weight 1/(3·2); no shared partner; distance 3.
        #expect(abs(row.localPath[3] - 1.0 / 6) < 1e-15)
        #expect(row.twoStepWalks[3] == 0 && row.threeStepWalks[3] == 1)
        #expect(row.distance[3] == 3 && row.distance[2] == 2 && row.distance[5] == .max)
        // (0, 2): one shared partner, no three-step walk: Katz = β².
        #expect(abs(PathScores.katz(row, 2) - 0.05 * 0.05) < 1e-15)
        // Reusing the row for another source clears the previous one.
        paths.compute(from: 3, into: &row)
        #expect(row.localPath[3] == 0 && abs(row.localPath[0] - 1.0 / 6) < 1e-15 && row.distance[4] == 3)
    }

    @Test func rootedPageRankIsAProbabilityAndReversible() {
        let pageRank = RootedPageRank(graph: graph, tolerance: 1e-13)
        var scratch = RootedPageRank.Scratch(nodeCount: 6)
        pageRank.compute(from: 0, into: &scratch)
        let fromZero = scratch.estimate
        #expect(abs(fromZero.reduce(0, +) - 1) < 1e-10)
        #expect(fromZero[5] == 0)
        pageRank.compute(from: 3, into: &scratch)
        // π_0(3)/deg 3 = π_3(0)/deg 0 on an undirected graph, so one push gives the symmetric score.
        #expect(abs(fromZero[3] / 1 - scratch.estimate[0] / 1) < 1e-10)
        pageRank.compute(from: 1, into: &scratch)
        let fromOne = scratch.estimate
        pageRank.compute(from: 2, into: &scratch)
        #expect(abs(fromOne[2] / 2 - scratch.estimate[1] / 3) < 1e-10)
        // An organization without ties keeps all of its walk.
        pageRank.compute(from: 5, into: &scratch)
        #expect(abs(scratch.estimate[5] - 1) < 1e-10)
    }

    @Test func nearbyCandidatesAreTheAllPairsWithAProximity() {
        let extractor = PairFeatureExtractor(graph: graph, sectorOf: [0, 0, 0, 1, 1, 2], communityOf: [0, 0, 0, 0, 0, 1],
                                             regionOf: [0, 0, 0, 0, 0, 0], pageRankTolerance: 1e-12)
        var all: [[Int]] = [], near: [[Int]] = []
        extractor.forEachPair(.all) { u, v, f in
            if f[PairFeature.rootedPageRank.index] > 0 || f[PairFeature.localPath.index] > 0 { all.append([u, v]) }
        }
        extractor.forEachPair(.nearby) { u, v, _ in near.append([u, v]) }
        #expect(near == all)
        #expect(!near.contains { $0.contains(5) })
    }

    @Test func complementarityAddsTheDocumentedWeights() throws {
        // Sectors: 0, 1, 2 health; 3, 4 housing; 5 education. Ties health–housing exist (2 – 3, 1 – 4).
        let network = makeNetwork(
            [("0", "health", "r"), ("1", "health", "r"), ("2", "health", "r"), ("3", "housing", "r"),
             ("4", "housing", "r"), ("5", "education", "r")],
            ties: [("0", "1"), ("1", "2"), ("2", "3"), ("1", "4")])
        let snapshot = network.snapshot()
        let model = RegionModel(snapshot: snapshot, brokerLimit: 5)
        let suggester = PartnerSuggester()
        let i = { (id: String) in Int(snapshot.index(of: id) ?? -1) }
        let mixing = model.context.mixing
        let health = try #require(mixing.sectors.firstIndex(of: Sector("health")))
        let housing = try #require(mixing.sectors.firstIndex(of: Sector("housing")))
        #expect(mixing.observed[health][housing] == 2)
        #expect(abs(mixing.expected[health][housing] - 1.6) < 1e-12)
        // Without 1, organizations 0 and 4 are cut off from the largest part {2, 3}: second route.
        let bonus03 = suggester.complementarity(i("0"), i("3"), sharedPartners: [], context: model.context)
        let community = try #require(model.context.communityOf)
        let expected03 = 0.25 + 0.5 + (community[i("0")] != community[i("3")] ? 0.25 : 0)
        #expect(abs(bonus03 - expected03) < 1e-15)
        // 5 has no tie: no route through it reaches the network, so no second-route bonus with 0.
        let bonus05 = suggester.complementarity(i("0"), i("5"), sharedPartners: [], context: model.context)
        #expect(abs(bonus05 - (0.25 + 0.75 + (community[i("0")] != community[i("5")] ? 0.25 : 0))) < 1e-15)
        let top = suggester.suggestions(snapshot: snapshot, scorer: model.scorer, model: model.model,
                                        context: model.context, regionName: "r", top: 20) { _, _ in true }
        // Organizations without ties are left to the isolated organizations' section.
        #expect(!top.isEmpty && !top.contains { $0.source == "5" || $0.target == "5" })
        let suggestion = try #require(top.first { [$0.source, $0.target] == ["0", "3"] })
        #expect(abs(suggestion.score - suggestion.proximity * (1 + suggestion.complementarity)) < 1e-15)
        #expect(suggestion.reasons.first == "no shared partner yet, but Org 0's partner Org 1 works with Org 2, a partner of Org 3")
        #expect(suggestion.reasons.contains("would give Org 0 (and 1 other organization) a second route to the network besides Org 1"))
    }

    typealias Scored = PartnerSuggester.Scored

    @Test func theTopFiveHoldEachOrganizationAtMostTwice() {
        // Hub 0 is in the six best pairs; 7 – 8 and 9 – 10 come next.
        let ranked: [Scored] = (1...6).map { (Double(100 - $0), 0.5, 0, 0, Int32($0)) }
            + [(50, 0.5, 0, 7, 8), (49, 0.5, 0, 9, 10), (48, 0.5, 0, 11, 12)]
        let chosen = PartnerSuggester().arrange(ranked, forced: nil, top: 8)
        #expect(chosen.map { [$0.u, $0.v] } == [[0, 1], [0, 2], [7, 8], [9, 10], [11, 12], [0, 3], [0, 4], [0, 5]])
    }

    @Test func theBestSecondRouteComesThirdAtTheLatest() {
        let ranked: [Scored] = [(10, 0.5, 0, 0, 1), (9, 0.5, 0, 2, 3), (8, 0.5, 0, 4, 5), (1, 0.5, 0, 6, 7)]
        let forced: Scored = (1, 0.5, 0, 6, 7)
        let chosen = PartnerSuggester().arrange(ranked, forced: forced, top: 4)
        #expect(chosen.map { [$0.u, $0.v] } == [[0, 1], [2, 3], [6, 7], [4, 5]])
        // Already among the first two: left where it is.
        let early = PartnerSuggester().arrange(ranked, forced: ranked[1], top: 3)
        #expect(early.map { [$0.u, $0.v] } == [[0, 1], [2, 3], [4, 5]])
    }
}
