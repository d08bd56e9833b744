import Foundation
import PartnerCore
import PartnerMetrics

/// How well rankings of non-tied pairs predict ties hidden from them: `partnermap gaps --evaluate`.
///
/// JSON (DESIGN §7, fields added, none renamed): `{"evaluation":{"holdout":0.1,"seeds":10,"ties",
/// "hiddenPerRound","methods":[{"name","auc","precisionAt10","averagePrecision",…}],"protocols":[…]}}`
/// — `methods` is the plain protocol's list, `protocols` holds both protocols.
public struct SuggestionEvaluation: Codable, Sendable, Hashable {
    /// Share of ties hidden in each round.
    public var holdout: Double
    /// Number of rounds per protocol (seeds 1…seeds); every method is scored on the same splits.
    public var seeds: Int
    public var ties: Int
    /// Ties hidden per round under the plain protocol.
    public var hiddenPerRound: Int
    /// The plain protocol's scores (as before this round).
    public var methods: [MethodScore]
    /// Both protocols.
    public var protocols: [ProtocolResult]

    public struct ProtocolResult: Codable, Sendable, Hashable {
        public var name: String
        /// Mean ties hidden per round (keeping the last tie may hide fewer).
        public var hiddenPerRound: Double
        public var methods: [MethodScore]
        /// How often each model won the inner hold-out, by name, over the rounds.
        public var modelChoices: [String: Int]
    }

    /// The scores of one method over the rounds: means and standard deviations.
    public struct MethodScore: Codable, Sendable, Hashable {
        public var name: String
        public var auc: Double?
        public var aucSpread: Double?
        public var averagePrecision: Double?
        public var averagePrecisionSpread: Double?
        public var precisionAt10: Double?
        /// Precision among as many best-ranked pairs as ties were hidden (R-precision).
        public var precisionAtHidden: Double?

        public init(name: String, auc: Double?, precisionAt10: Double?, averagePrecision: Double? = nil,
                    aucSpread: Double? = nil, averagePrecisionSpread: Double? = nil, precisionAtHidden: Double? = nil) {
            self.name = name
            self.auc = auc
            self.precisionAt10 = precisionAt10
            self.averagePrecision = averagePrecision
            self.aucSpread = aucSpread
            self.averagePrecisionSpread = averagePrecisionSpread
            self.precisionAtHidden = precisionAtHidden
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(auc.finite, forKey: .auc)
            try container.encode(aucSpread.finite, forKey: .aucSpread)
            try container.encode(averagePrecision.finite, forKey: .averagePrecision)
            try container.encode(averagePrecisionSpread.finite, forKey: .averagePrecisionSpread)
            try container.encode(precisionAt10.finite, forKey: .precisionAt10)
            try container.encode(precisionAtHidden.finite, forKey: .precisionAtHidden)
        }
    }

    /// The result of one protocol by name.
    public func result(_ holdoutProtocol: HoldoutProtocol) -> ProtocolResult? {
        protocols.first { $0.name == holdoutProtocol.rawValue }
    }
}

/// The rankings compared: the model, the model with the complementarity bonus, and every feature alone.
public enum EvaluatedMethod {
    /// The learned predictor (``LinkModel``), what ranks suggestions before complementarity.
    public static let model = "partnermap"
    /// The suggestion score: the model × (1 + complementarity) — favours ties the network needs, so by
    /// design ranks already-likely ties a little lower.
    public static let suggestionScore = "partnermap-complementarity"
    /// Names in report order.
    public static var names: [String] { [model, suggestionScore] + PairFeature.allCases.map(\.rawValue) }
}

/// Hides a share of the ties, scores every pair not tied in what is left, and measures how high the
/// hidden ties rank (Lü & Zhou 2011), under both ``HoldoutProtocol``s, `seeds` rounds each. All methods
/// are scored on the same splits (paired). The model is trained afresh on each round's kept ties only
/// (``LinkModelTrainer``), by the same protocol: the hidden ties are never seen.
///
/// - AUC, exact over all pairs (Mann–Whitney); average precision and precision@k in expectation over
///   the orders of equal scores (``RankingMetrics``).
///
/// - Complexity: O(seeds · (training + n² log n)); memory O(methods · n²) doubles.
public struct SuggestionEvaluator: Sendable {
    public var holdout: Double
    public var seeds: Int
    public var precisionCutoff = 10
    public var suggester: PartnerSuggester
    public var protocols: [HoldoutProtocol] = HoldoutProtocol.allCases

    public init(holdout: Double = 0.1, seeds: Int = 10, suggester: PartnerSuggester = PartnerSuggester()) {
        self.holdout = holdout
        self.seeds = seeds
        self.suggester = suggester
    }

    /// Evaluates the methods on `graph` (read as undirected).
    ///
    /// - Parameter makeContext: the complementarity context of a training graph (its mixing,
    ///   communities and separators, recomputed from the training ties only).
    public func evaluate(graph: Graph, attributes: PairAttributes,
                         makeContext: (Graph) -> SuggestionContext) -> SuggestionEvaluation {
        let full = graph.undirectedView()
        let names = EvaluatedMethod.names
        var results: [SuggestionEvaluation.ProtocolResult] = []
        var plainHidden = 0
        for holdoutProtocol in protocols {
            var perRound: [[(auc: Double?, ap: Double?, p10: Double?, pr: Double?)]] = names.map { _ in [] }
            var choices: [String: Int] = [:]
            var hiddenTotal = 0
            for seed in 1...max(1, seeds) {
                let split = HoldoutSplit(graph: full, fraction: holdout, protocol: holdoutProtocol, seed: UInt64(seed))
                hiddenTotal += split.hidden.count
                if holdoutProtocol == .plain, seed == 1 { plainHidden = split.hidden.count }
                let trainer = LinkModelTrainer(holdoutProtocol: holdoutProtocol, candidates: .all)
                let model = trainer.train(graph: split.training, attributes: attributes, seed: UInt64(seed))
                choices[model.name, default: 0] += 1
                let context = makeContext(split.training)
                let scorer = PairScorer(graph: split.training, attributes: attributes, candidates: .all)
                var labels: [Bool] = []
                var scores = names.map { _ in [Double]() }
                scorer.forEachScoredPair(model) { u, v, raw, score in
                    labels.append(split.hiddenKeys.contains(PairKey.make(u, v)))
                    let shared = raw[PairFeature.commonNeighbors.index] == 1
                        ? scorer.extractor.commonNeighbors(u, v) : []
                    let bonus = suggester.complementarity(u, v, sharedPartners: shared, context: context)
                    scores[0].append(score)
                    scores[1].append(score * (1 + bonus))
                    for f in 0..<PairFeature.count { scores[f + 2].append(raw[f]) }
                }
                let hidden = labels.lazy.filter { $0 }.count
                for m in names.indices {
                    perRound[m].append((RankingMetrics.auc(scores: scores[m], isPositive: labels),
                                        RankingMetrics.averagePrecision(scores: scores[m], isPositive: labels),
                                        RankingMetrics.precision(at: precisionCutoff, scores: scores[m], isPositive: labels),
                                        hidden > 0 ? RankingMetrics.precision(at: hidden, scores: scores[m], isPositive: labels) : nil))
                }
            }
            let methods = names.indices.map { m in
                let rounds = perRound[m]
                let auc = Self.meanAndSpread(rounds.compactMap(\.auc))
                let ap = Self.meanAndSpread(rounds.compactMap(\.ap))
                return SuggestionEvaluation.MethodScore(
                    name: names[m], auc: auc?.mean, precisionAt10: Self.meanAndSpread(rounds.compactMap(\.p10))?.mean,
                    averagePrecision: ap?.mean, aucSpread: auc?.spread, averagePrecisionSpread: ap?.spread,
                    precisionAtHidden: Self.meanAndSpread(rounds.compactMap(\.pr))?.mean)
            }
            results.append(.init(name: holdoutProtocol.rawValue,
                                 hiddenPerRound: Double(hiddenTotal) / Double(max(1, seeds)),
                                 methods: methods, modelChoices: choices))
        }
        return SuggestionEvaluation(
            holdout: holdout, seeds: max(1, seeds), ties: full.edgeCount, hiddenPerRound: plainHidden,
            methods: results.first { $0.name == HoldoutProtocol.plain.rawValue }?.methods ?? results.first?.methods ?? [],
            protocols: results)
    }

    /// Mean and sample standard deviation (0 for one value); `nil` for none.
    static func meanAndSpread(_ values: [Double]) -> (mean: Double, spread: Double)? {
        guard !values.isEmpty else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        guard values.count > 1 else { return (mean, 0) }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, variance.squareRoot())
    }

    /// Kept for callers of the previous API: ``RankingMetrics/auc(scores:isPositive:)``.
    public static func auc(scores: [Double], isPositive: [Bool]) -> Double? {
        RankingMetrics.auc(scores: scores, isPositive: isPositive)
    }

    /// ``RankingMetrics/precision(at:scores:isPositive:)``.
    public static func precision(at k: Int, scores: [Double], isPositive: [Bool]) -> Double? {
        RankingMetrics.precision(at: k, scores: scores, isPositive: isPositive)
    }
}
