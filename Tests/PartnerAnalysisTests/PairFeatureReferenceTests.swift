import Foundation
import PartnerCore
import PartnerMetrics
import Testing
@testable import PartnerAnalysis

/// The pair features and the AUC of the simple indices equal an independent computation with networkx,
/// numpy and scikit-learn (`Scripts/reference/linkprediction.py` → `reference-<name>.json`).
@Suite struct PairFeatureReferenceTests {
    struct Reference: Decodable {
        let hidden: [[Int32]]
        let pairs: [[Int]]
        let features: [String: [Double]]
        let auc: [String: Double]
    }

    @Test(arguments: ["karate", "dolphins", "emon-texas"])
    func featuresAndAUCEqualNetworkx(_ name: String) throws {
        let fixture = try LinkPredictionFixture.load(name)
        let url = LinkPredictionFixture.directory.appendingPathComponent("reference-\(name).json")
        let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
        let hidden = Set(reference.hidden.map { PairKey.make($0[0], $0[1]) })
        let kept = fixture.edges.filter { !hidden.contains(PairKey.make($0[0], $0[1])) }.map { ($0[0], $0[1]) }
        let training = Graph(nodeCount: fixture.nodes.count, edges: kept, isDirected: false)
        let n = training.nodeCount
        let extractor = PairFeatureExtractor(graph: training, sectorOf: .init(repeating: 0, count: n),
                                             communityOf: .init(repeating: 0, count: n),
                                             regionOf: .init(repeating: 0, count: n), pageRankTolerance: 1e-13)
        var pairs: [[Int]] = []
        var values: [PairFeatureValues] = []
        extractor.forEachPair(.all) { u, v, f in pairs.append([u, v]); values.append(f) }
        #expect(pairs == reference.pairs)
        let columns: [(String, PairFeature, Double)] = [
            ("katz", .katz, 1e-12), ("localPath", .localPath, 1e-12), ("rootedPageRank", .rootedPageRank, 1e-9),
            ("inverseDistance", .inverseDistance, 1e-12), ("adamicAdar", .adamicAdar, 1e-12),
            ("resourceAllocation", .resourceAllocation, 1e-12), ("jaccard", .jaccard, 1e-12),
        ]
        let labels = pairs.map { hidden.contains(PairKey.make($0[0], $0[1])) }
        for (key, feature, tolerance) in columns {
            let expected = try #require(reference.features[key])
            let ours = values.map { $0[feature.index] }
            let worst = zip(ours, expected).map { abs($0 - $1) }.max() ?? 0
            #expect(worst < tolerance, "\(name) \(key): largest difference \(worst)")
            if let auc = reference.auc[key] {
                let mine = try #require(RankingMetrics.auc(scores: ours, isPositive: labels))
                // Rooted PageRank scores that are equal in exact arithmetic (symmetric organizations) come out of
                // two different iterations 1e-12 apart, in either order: their pairs may rank either way.
                let aucTolerance = feature == .rootedPageRank ? 1e-3 : 1e-9
                #expect(abs(mine - auc) < aucTolerance, "\(name) \(key) AUC \(mine) vs sklearn \(auc)")
            }
        }
    }
}
