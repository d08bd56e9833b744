/// Measures of how high the true ties rank among scored pairs (Lü & Zhou 2011, "Link prediction in
/// complex networks: a survey"; Ghasemian et al. 2020 report AUC and precision too).
public enum RankingMetrics {
    /// The area under the ROC curve: the probability that a positive scores higher than a negative,
    /// equal scores counting ½ — Mann–Whitney U / (n₊·n₋), exact from the average ranks of the pooled
    /// scores; `nil` without positives or negatives.
    ///
    /// - Complexity: O(N log N).
    public static func auc<S: BinaryFloatingPoint>(scores: [S], isPositive: [Bool]) -> Double? {
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
            let averageRank = Double(start + end + 2) / 2
            for i in start...end where isPositive[order[i]] { positiveRankSum += averageRank }
            start = end + 1
        }
        let u = positiveRankSum - Double(positives) * Double(positives + 1) / 2
        return u / (Double(positives) * Double(negatives))
    }

    /// Average precision: the mean, over the positives, of the precision among the pairs ranked at or
    /// above it; a block of equal scores counts in expectation over its random orders (each position of
    /// the block holds a positive with probability p/t), so the value does not depend on how equal
    /// scores are sorted. `nil` without positives.
    ///
    /// - Complexity: O(N log N).
    public static func averagePrecision<S: BinaryFloatingPoint>(scores: [S], isPositive: [Bool]) -> Double? {
        precondition(scores.count == isPositive.count, "one label per score")
        let positives = isPositive.lazy.filter { $0 }.count
        guard positives > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var above = 0.0, abovePositives = 0.0, sum = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let t = Double(end - start + 1)
            let p = Double((start...end).lazy.filter { isPositive[order[$0]] }.count)
            if p > 0 {
                // Position j (1…t) of the block: a positive there with probability p/t, and the expected
                // positives above it within the block are (j − 1)(p − 1)/(t − 1).
                for j in 1...Int(t) {
                    let within = t > 1 ? Double(j - 1) * (p - 1) / (t - 1) : 0
                    sum += (p / t) * (abovePositives + 1 + within) / (above + Double(j))
                }
            }
            above += t
            abovePositives += p
            start = end + 1
        }
        return sum / Double(positives)
    }

    /// The expected share of positives among the `k` best scores when equal scores are ordered at
    /// random; `nil` when there is nothing to rank. With fewer than `k` pairs, the share among all.
    ///
    /// - Complexity: O(N log N).
    public static func precision<S: BinaryFloatingPoint>(at k: Int, scores: [S], isPositive: [Bool]) -> Double? {
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
