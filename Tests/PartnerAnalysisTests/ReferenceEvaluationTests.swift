import PartnerCore
import Testing
@testable import PartnerAnalysis

/// The held-out evaluation on a real network, 10 seeds as `partnermap gaps --evaluate` runs it. The
/// README's table (Tests/Fixtures/linkprediction, tune vs report networks) comes from the same code over
/// more networks; here a tune network pins the figures so a change to the model shows.
@Suite struct ReferenceEvaluationTests {
    @Test func karateClub() throws {
        let snapshot = try ReferenceNetwork.load("karate").partnershipNetwork.snapshot()
        let evaluation = GapAnalysis.evaluation(of: snapshot, seeds: 10)
        let keep = try #require(evaluation.result(.keepLastTie))
        let methods = Dictionary(uniqueKeysWithValues: keep.methods.map { ($0.name, $0) })
        let model = try #require(methods["partnermap"]?.auc)
        let rootedPageRank = try #require(methods["rooted-pagerank"]?.auc)
        let adamicAdar = try #require(methods["adamic-adar"]?.auc)
        // Rooted PageRank is the strongest single index on karate; the model is above Adamic–Adar.
        #expect(rootedPageRank > adamicAdar)
        #expect(model > adamicAdar)
        // Complementarity costs ranking quality by design (it favours ties the network lacks).
        let withComplementarity = try #require(methods["partnermap-complementarity"]?.auc)
        #expect(withComplementarity < model)
    }
}
