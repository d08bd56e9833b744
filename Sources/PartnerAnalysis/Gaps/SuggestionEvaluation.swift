import PartnerCore
import PartnerMetrics

/// How well a ranking of non-tied pairs predicts ties hidden from it: `partnermap gaps --evaluate`.
///
/// JSON: `{"evaluation":{"holdout":0.1,"seeds":10,"methods":[{"name","auc","precisionAt10"},…]}}`.
public struct SuggestionEvaluation: Codable, Sendable, Hashable {
    /// Share of ties hidden in each round.
    public var holdout: Double
    /// Number of rounds (seeds 1…seeds), each hiding a different random set of ties.
    public var seeds: Int
    /// Ties of the evaluated graph and the number hidden per round.
    public var ties: Int
    public var hiddenPerRound: Int
    /// One entry per ranking method, in the order of ``EvaluatedMethod``.
    public var methods: [MethodScore]

    /// Mean scores of one method over the rounds.
    public struct MethodScore: Codable, Sendable, Hashable {
        public var name: String
        /// Mean AUC; `nil` when no round had both a hidden tie and a true non-tie.
        public var auc: Double?
        /// Mean precision among the ten best-ranked pairs; `nil` when no round had a pair to rank.
        public var precisionAt10: Double?

        public init(name: String, auc: Double?, precisionAt10: Double?) {
            self.name = name
            self.auc = auc
            self.precisionAt10 = precisionAt10
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(auc.finite, forKey: .auc)
            try container.encode(precisionAt10.finite, forKey: .precisionAt10)
        }
    }
}

/// The rankings compared by ``SuggestionEvaluator``.
///
/// `partnermap` is the likelihood half of the suggestion score, ``PartnerProximity`` — the part that
/// claims to predict ties. `partnermap-complementarity` is the full suggestion ranking of
/// ``PartnerSuggester``, which also favours ties the network *needs* (between unlinked sectors, around
/// single points of failure); those are by design not the ties most likely to exist already, so it
/// ranks held-out ties a little lower. Both are reported so the trade-off stays visible.
public enum EvaluatedMethod: String, CaseIterable, Sendable {
    /// ``PartnerProximity`` alone.
    case partnermap
    /// The suggestion score of ``PartnerSuggester``, complementarity included.
    case partnermapComplementarity = "partnermap-complementarity"
    /// Σ 1/log k_w over shared partners (Adamic & Adar 2003).
    case adamicAdar = "adamic-adar"
    /// |Γu ∩ Γv| / |Γu ∪ Γv| (Jaccard; Liben-Nowell & Kleinberg 2007).
    case jaccard
}

/// Hides a share of the ties at random, scores every pair not tied in what is left, and measures how
/// high the hidden ties rank (Lü & Zhou 2011, "Link prediction in complex networks: a survey").
///
/// - AUC: the probability that a hidden tie scores higher than a pair tied in neither graph, ties in
///   score counting ½ — the Mann–Whitney U statistic, computed exactly over all pairs from the ranks
///   of the pooled scores (not by sampling).
/// - Precision@10: the share of hidden ties among the ten best-scored pairs, in expectation over a
///   random order of equal scores (so the result does not depend on how equal scores are ordered).
///
/// Rounds use seeds 1…K of ``PartnerMetrics/SplitMix64`` (each round shuffles the ties and hides the
/// first 10%): the same data gives the same figures.
///
/// - Complexity: O(K·(n² log n + Σ three-step paths + context)), dominated by scoring all n² pairs.
public struct SuggestionEvaluator: Sendable {
    public var holdout: Double
    public var seeds: Int
    public var precisionCutoff = 10
    public var suggester: PartnerSuggester

    public init(holdout: Double = 0.1, seeds: Int = 10, suggester: PartnerSuggester = PartnerSuggester()) {
        self.holdout = holdout
        self.seeds = seeds
        self.suggester = suggester
    }

    /// Evaluates the methods on `graph` (read as undirected).
    ///
    /// - Parameter makeContext: the complementarity context of a training graph (its mixing,
    ///   communities and separators, recomputed from the training ties only).
    public func evaluate(graph: Graph, makeContext: (Graph) -> SuggestionContext) -> SuggestionEvaluation {
        let full = graph.undirectedView()
        var edges: [(Int32, Int32)] = []
        for u in 0..<full.nodeCount {
            for v in full.neighbors(of: u) where Int(v) > u { edges.append((Int32(u), v)) }
        }
        let hiddenCount = edges.isEmpty ? 0 : max(1, Int((holdout * Double(edges.count)).rounded()))
        let methods = EvaluatedMethod.allCases
        var aucSums = [Double](repeating: 0, count: methods.count), aucRounds = 0
        var precisionSums = [Double](repeating: 0, count: methods.count), precisionRounds = 0

        for seed in 1...max(1, seeds) {
            var generator = SplitMix64(seed: UInt64(seed))
            var shuffled = edges
            generator.shuffle(&shuffled)
            let training = Graph(nodeCount: full.nodeCount, edges: Array(shuffled[hiddenCount...]), isDirected: false)
            let proximity = PartnerProximity(graph: training)
            let context = makeContext(training)

            var labels: [Bool] = []
            var scores = methods.map { _ in [Double]() }
            var row = [Double](repeating: 0, count: full.nodeCount)
            var touched: [Int32] = []
            var currentRow = -1
            proximity.predictor.forEachNonTie { u, v, linkScores in
                let ui = Int(u), vi = Int(v)
                if currentRow != ui {
                    for x in touched { row[Int(x)] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    proximity.threeStepRow(from: ui, into: &row, touched: &touched)
                    currentRow = ui
                }
                let closeness = proximity.proximity(resourceAllocation: linkScores.resourceAllocation,
                                                    threeStep: row[vi], ui, vi)
                let shared = linkScores.commonNeighbors == 1 ? proximity.predictor.commonNeighbors(ui, vi) : []
                let bonus = suggester.complementarity(ui, vi, sharedPartners: shared, context: context)
                labels.append(full.hasEdge(ui, vi))
                for (m, method) in methods.enumerated() {
                    switch method {
                    case .partnermap: scores[m].append(closeness)
                    case .partnermapComplementarity: scores[m].append(closeness * (1 + bonus))
                    case .adamicAdar: scores[m].append(linkScores.adamicAdar)
                    case .jaccard: scores[m].append(linkScores.jaccard)
                    }
                }
            }
            var roundHadAUC = false, roundHadPrecision = false
            for m in methods.indices {
                if let auc = Self.auc(scores: scores[m], isPositive: labels) {
                    aucSums[m] += auc
                    roundHadAUC = true
                }
                if let precision = Self.precision(at: precisionCutoff, scores: scores[m], isPositive: labels) {
                    precisionSums[m] += precision
                    roundHadPrecision = true
                }
            }
            if roundHadAUC { aucRounds += 1 }
            if roundHadPrecision { precisionRounds += 1 }
        }
        return SuggestionEvaluation(
            holdout: holdout, seeds: max(1, seeds), ties: edges.count, hiddenPerRound: hiddenCount,
            methods: methods.indices.map { m in
                .init(name: methods[m].rawValue,
                      auc: aucRounds == 0 ? nil : aucSums[m] / Double(aucRounds),
                      precisionAt10: precisionRounds == 0 ? nil : precisionSums[m] / Double(precisionRounds))
            })
    }

    /// The area under the ROC curve of `scores` for the labels `isPositive`: the probability that a
    /// positive scores higher than a negative, equal scores counting ½. Computed exactly from the
    /// average ranks of the pooled scores (Mann–Whitney U / (n₊·n₋)); `nil` without positives or
    /// negatives.
    ///
    /// - Complexity: O(N log N).
    public static func auc(scores: [Double], isPositive: [Bool]) -> Double? {
        precondition(scores.count == isPositive.count, "one label per score")
        let positives = isPositive.lazy.filter { $0 }.count
        let negatives = scores.count - positives
        guard positives > 0, negatives > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var positiveRankSum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            // Ranks start..end (1-based start+1 … end+1) share their average.
            let averageRank = Double(start + end + 2) / 2
            for i in start...end where isPositive[order[i]] { positiveRankSum += averageRank }
            start = end + 1
        }
        let u = positiveRankSum - Double(positives) * Double(positives + 1) / 2
        return u / (Double(positives) * Double(negatives))
    }

    /// The expected share of positives among the `k` best scores when equal scores are ordered at
    /// random; `nil` when there is nothing to rank. With fewer than `k` pairs, the share among all.
    ///
    /// - Complexity: O(N log N).
    public static func precision(at k: Int, scores: [Double], isPositive: [Bool]) -> Double? {
        precondition(scores.count == isPositive.count, "one label per score")
        guard !scores.isEmpty, k > 0 else { return nil }
        let cutoff = min(k, scores.count)
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let boundary = scores[order[cutoff - 1]]
        var hits = 0.0, taken = 0
        var tiedCount = 0, tiedPositives = 0
        for i in order {
            if scores[i] > boundary {
                taken += 1
                if isPositive[i] { hits += 1 }
            } else if scores[i] == boundary {
                tiedCount += 1
                if isPositive[i] { tiedPositives += 1 }
            } else {
                break
            }
        }
        hits += Double(cutoff - taken) * Double(tiedPositives) / Double(tiedCount)
        return hits / Double(cutoff)
    }
}
