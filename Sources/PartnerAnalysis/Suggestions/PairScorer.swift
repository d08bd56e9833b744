import PartnerCore
import PartnerMetrics

/// What the scorer knows of each organization besides its ties.
public struct PairAttributes: Sendable {
    public var sectorOf: [Int32]
    public var regionOf: [Int32]

    public init(sectorOf: [Int32], regionOf: [Int32]) {
        self.sectorOf = sectorOf
        self.regionOf = regionOf
    }
}

/// The one loop that scores pairs not tied — used to train the model (on inner hold-out graphs), to
/// rank suggestions and to evaluate (``SuggestionEvaluator``), so all three read the same features.
///
/// Builds, for one graph: its Louvain communities (seeded), the ``PartnerMetrics/PairFeatureExtractor``
/// and the within-graph ``FeatureRanks``.
public struct PairScorer: Sendable {
    public let extractor: PairFeatureExtractor
    public let ranks: FeatureRanks
    public let candidates: CandidatePairs

    /// - Complexity: one Louvain run and one sampled pass over the candidate pairs (see
    ///   ``FeatureRanks/init(extractor:candidates:)``).
    public init(graph: Graph, attributes: PairAttributes, candidates: CandidatePairs) {
        let undirected = graph.undirectedView()
        let communities = Communities.louvain(undirected).membership
        extractor = PairFeatureExtractor(graph: undirected, sectorOf: attributes.sectorOf,
                                         communityOf: communities, regionOf: attributes.regionOf)
        ranks = FeatureRanks(extractor: extractor, candidates: candidates)
        self.candidates = candidates
    }

    /// The graph scored (undirected).
    public var graph: Graph { extractor.graph }

    /// Calls `body(u, v, raw, ranked)` for every candidate pair u < v not tied, u then v ascending.
    public func forEachPair(_ body: (_ u: Int, _ v: Int, _ raw: PairFeatureValues,
                                     _ ranked: PairFeatureValues) throws -> Void) rethrows {
        try extractor.forEachPair(candidates) { u, v, raw in
            try body(u, v, raw, ranks.transform(raw))
        }
    }

    /// The same pairs with `model`'s score of each.
    public func forEachScoredPair(_ model: LinkModel, _ body: (_ u: Int, _ v: Int, _ raw: PairFeatureValues,
                                                               _ score: Double) throws -> Void) rethrows {
        try forEachPair { u, v, raw, ranked in try body(u, v, raw, model.score(ranked)) }
    }
}
