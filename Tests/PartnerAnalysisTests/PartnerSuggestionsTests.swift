import PartnerCore
import PartnerMetrics
import Testing
@testable import PartnerAnalysis

@Suite struct PartnerSuggestionsTests {
    /// Path 0 – 1 – 2 – 3 plus the tie 1 – 4, and 5 without ties. Degrees: 1, 3, 2, 1, 1, 0.
    let graph = Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (2, 3), (1, 4)], isDirected: false)

    @Test func proximityIsResourceAllocationPlusThreeStepsPlusActivity() {
        let proximity = PartnerProximity(graph: graph)
        // (0, 2): one shared partner, 1 (degree 3) → RA 1/3; no three-step path; PA 1·2 / 3².
        let ra02 = proximity.predictor.scores(0, 2).resourceAllocation
        #expect(abs(ra02 - 1.0 / 3) < 1e-15)
        #expect(abs(proximity.proximity(resourceAllocation: ra02, threeStep: 0, 0, 2) - (1.0 / 3 + 0.01 * 2 / 9)) < 1e-15)
        // (0, 3): path 0 – 1 – 2 – 3, weight 1/(3·2); no shared partner.
        let threeStep = proximity.threeStep(0, 3)
        #expect(abs(threeStep.sum - 1.0 / 6) < 1e-15)
        #expect(threeStep.strongestPath.map { [$0.0, $0.1] } == [1, 2])
        var row = [Double](repeating: 0, count: 6)
        var touched: [Int32] = []
        proximity.threeStepRow(from: 0, into: &row, touched: &touched)
        #expect(abs(row[3] - 1.0 / 6) < 1e-15)
        #expect(abs(proximity.proximity(resourceAllocation: 0, threeStep: row[3], 0, 3) - (0.1 / 6 + 0.01 / 9)) < 1e-15)
    }

    @Test func organizationsWithoutTiesGetTheMeanProximityOfTheOthers() {
        let proximity = PartnerProximity(graph: graph)
        #expect(proximity.isImputed(5))
        // Imputed proximity of 5 to 1 = mean over the connected 0, 2, 3, 4 of proximity(w, 1).
        var expected = 0.0
        var row = [Double](repeating: 0, count: 6)
        var touched: [Int32] = []
        for w in [0, 2, 3, 4] {
            for x in touched { row[Int(x)] = 0 }
            touched.removeAll()
            proximity.threeStepRow(from: w, into: &row, touched: &touched)
            expected += proximity.proximity(resourceAllocation: proximity.predictor.scores(w, 1).resourceAllocation,
                                            threeStep: row[1], w, 1)
        }
        expected /= 4
        #expect(abs(proximity.proximity(resourceAllocation: 0, threeStep: 0, 5, 1) - expected) < 1e-15)
        #expect(proximity.proximity(resourceAllocation: 0, threeStep: 0, 5, 5) == 0)
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
        // 0 and 3: different sectors, health–housing already tied at its expected rate or more?
        // observed 2, expected 3·2·(4/15) = 1.6 → not under-connected.
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
        // 5 (education, no ties) and 1: first tie between education and health.
        let bonus51 = suggester.complementarity(i("5"), i("1"), sharedPartners: [], context: model.context)
        #expect(bonus51 >= 0.25 + 0.75)
        let top = suggester.suggestions(snapshot: snapshot, proximity: model.proximity, context: model.context,
                                        regionName: "r", top: 20) { _, _ in true }
        let suggestion = try #require(top.first { [$0.source, $0.target] == ["0", "3"] })
        #expect(abs(suggestion.score - suggestion.proximity * (1 + suggestion.complementarity)) < 1e-15)
        #expect(suggestion.reasons.first == "no shared partner yet, but Org 0's partner Org 1 works with Org 2, a partner of Org 3")
        #expect(suggestion.reasons.contains("would give Org 0 (and 1 other organization) a second route to the network besides Org 1"))
        let newcomer = try #require(top.first { $0.source == "1" && $0.target == "5" })
        #expect(newcomer.reasons.first == "Org 5 has no partner yet; Org 1 is among the best-connected organizations (3 partners)")
        #expect(newcomer.reasons.contains("would be the first tie between education and health in r"))
        // Sorted best first, ties by ids.
        #expect(zip(top, top.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
