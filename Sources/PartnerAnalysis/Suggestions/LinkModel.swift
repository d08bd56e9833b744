import Foundation
import PartnerCore
import PartnerMetrics

/// The learned link predictor: a model over the ranked pair features, chosen by inner hold-out.
public struct LinkModel: Sendable {
    /// What scores the pairs.
    public enum Fit: Sendable {
        case gradientBoostedTrees(GradientBoostedTrees)
        case logisticRegression(LogisticRegression)
        /// One feature alone (its within-graph rank): the fallback.
        case single(PairFeature)
    }

    public var fit: Fit
    /// Mean AUC + average precision of each contender on the inner validation folds (by name), the
    /// evidence for the choice; empty when there were too few ties to hold any out.
    public var validation: [String: Double]

    /// "gradient-boosted-trees", "logistic-regression" or the feature's name.
    public var name: String {
        switch fit {
        case .gradientBoostedTrees: "gradient-boosted-trees"
        case .logisticRegression: "logistic-regression"
        case .single(let feature): feature.rawValue
        }
    }

    /// A score in (0, 1), higher for likelier ties: σ(F) for the models, the rank for a single feature.
    @inline(__always)
    public func score(_ ranked: PairFeatureValues) -> Double {
        switch fit {
        case .gradientBoostedTrees(let trees): 1 / (1 + exp(-trees.score(ranked)))
        case .logisticRegression(let model): 1 / (1 + exp(-model.score(ranked)))
        case .single(let feature): ranked[feature.index]
        }
    }

    /// Rooted PageRank alone: used when the network has too few ties to hold any out.
    public static let fallback = LinkModel(fit: .single(.rootedPageRank), validation: [:])
}

/// Trains a ``LinkModel`` on a network's own ties (Ghasemian et al. 2020's stacking, in a small form):
///
/// 1. hide ``holdout`` of the ties (``HoldoutSplit``, the same protocol as the question asked), in
///    `rounds` seeded inner splits; the pairs not tied in an inner graph, scored by ``PairScorer`` on
///    that graph, are the samples — the hidden ties positive, the rest negative (all positives, a
///    seeded reservoir of negatives);
/// 2. fit gradient-boosted trees and logistic regression on some inner rounds and measure them, and
///    every single feature, on the others (two folds, AUC + average precision);
/// 3. refit the best contender on all samples. A single feature may win: that is the fallback, decided
///    by the inner hold-out like the rest — the ties being predicted are never looked at.
public struct LinkModelTrainer: Sendable {
    public var holdout = 0.1
    public var holdoutProtocol: HoldoutProtocol
    public var candidates: CandidatePairs
    public var maxNegatives = 4_000
    public var trees = GradientBoostedTrees.Options()

    public init(holdoutProtocol: HoldoutProtocol = .keepLastTie, candidates: CandidatePairs = .all) {
        self.holdoutProtocol = holdoutProtocol
        self.candidates = candidates
    }

    struct Samples {
        var x: [PairFeatureValues] = []
        var raw: [PairFeatureValues] = []
        var y: [Bool] = []
        var fold: [Int] = []
    }

    /// - Complexity: `rounds` × (one ``PairScorer`` pass) + the fits, O(trees · depth · N · F).
    public func train(graph: Graph, attributes: PairAttributes, seed: UInt64) -> LinkModel {
        let ties = graph.undirectedView().edgeCount
        let hiddenPerRound = Int((holdout * Double(ties)).rounded())
        guard hiddenPerRound >= 1 else { return .fallback }
        let rounds = min(5, max(2, (100 + hiddenPerRound - 1) / hiddenPerRound))
        var samples = Samples()
        for round in 0..<rounds {
            collect(into: &samples, graph: graph, attributes: attributes, seed: seed &* 1_000 &+ UInt64(round) &+ 7,
                    fold: round % 2)
        }
        let positives = samples.y.lazy.filter { $0 }.count
        guard positives >= 4, positives < samples.y.count else { return .fallback }

        var validation: [String: Double] = [:]
        func validate(_ name: String, _ fit: (Samples) -> LinkModel.Fit) {
            var total = 0.0, folds = 0
            for held in 0..<2 {
                let train = samples.subset { $0 != held }, test = samples.subset { $0 == held }
                let model = LinkModel(fit: fit(train), validation: [:])
                let scores = test.x.map { model.score($0) }
                guard let auc = RankingMetrics.auc(scores: scores, isPositive: test.y),
                      let ap = RankingMetrics.averagePrecision(scores: scores, isPositive: test.y) else { continue }
                total += auc + ap
                folds += 1
            }
            if folds > 0 { validation[name] = total / Double(folds) }
        }
        // Single features first: the best one is the trees' starting point and the fallback.
        for feature in PairFeature.allCases { validate(feature.rawValue) { _ in .single(feature) } }
        let bestFeature = PairFeature.allCases.max { a, b in
            (validation[a.rawValue] ?? -.infinity) < (validation[b.rawValue] ?? -.infinity)
        } ?? .rootedPageRank
        let contenders: [(name: String, fit: (Samples) -> LinkModel.Fit)] = [
            ("gradient-boosted-trees", { s in .gradientBoostedTrees(GradientBoostedTrees(
                x: s.x, y: s.y, weights: Self.balancedWeights(s.y), options: trees)) }),
            ("logistic-regression", { s in .logisticRegression(LogisticRegression(
                x: s.x, y: s.y, weights: Self.balancedWeights(s.y))) }),
            (bestFeature.rawValue, { _ in .single(bestFeature) }),
        ]
        for contender in contenders.prefix(2) { validate(contender.name, contender.fit) }
        // The best mean (AUC + AP); equal values keep the earlier contender (trees, regression, feature).
        var best = contenders[0]
        var bestValue = validation[best.name] ?? -.infinity
        for contender in contenders.dropFirst() where (validation[contender.name] ?? -.infinity) > bestValue + 1e-12 {
            best = contender
            bestValue = validation[contender.name] ?? -.infinity
        }
        return LinkModel(fit: best.fit(samples), validation: validation)
    }

    /// Samples of one inner split of `graph`.
    func collect(into samples: inout Samples, graph: Graph, attributes: PairAttributes, seed: UInt64, fold: Int) {
        let split = HoldoutSplit(graph: graph, fraction: holdout, protocol: holdoutProtocol, seed: seed)
        let scorer = PairScorer(graph: split.training, attributes: attributes, candidates: candidates)
        var negatives: [(PairFeatureValues, PairFeatureValues)] = []
        var seen = 0
        var generator = SplitMix64(seed: seed ^ 0xA5A5)
        scorer.forEachPair { u, v, raw, ranked in
            if split.hiddenKeys.contains(PairKey.make(u, v)) {
                samples.x.append(ranked); samples.raw.append(raw); samples.y.append(true); samples.fold.append(fold)
                return
            }
            seen += 1
            if negatives.count < maxNegatives {
                negatives.append((ranked, raw))
            } else {
                let slot = generator.next(below: seen)
                if slot < maxNegatives { negatives[slot] = (ranked, raw) }
            }
        }
        for (ranked, raw) in negatives {
            samples.x.append(ranked); samples.raw.append(raw); samples.y.append(false); samples.fold.append(fold)
        }
    }

    /// Weights giving the positives and the negatives the same total (each total = N/2).
    static func balancedWeights(_ y: [Bool]) -> [Double] {
        let positives = Double(y.lazy.filter { $0 }.count), negatives = Double(y.count) - positives
        let n = Double(y.count)
        return y.map { $0 ? n / (2 * max(positives, 1)) : n / (2 * max(negatives, 1)) }
    }
}

extension LinkModelTrainer.Samples {
    func subset(_ keep: (Int) -> Bool) -> Self {
        var result = Self()
        for i in y.indices where keep(fold[i]) {
            result.x.append(x[i]); result.raw.append(raw[i]); result.y.append(y[i]); result.fold.append(fold[i])
        }
        return result
    }
}
