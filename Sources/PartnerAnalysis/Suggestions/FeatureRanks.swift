import Foundation
import PartnerMetrics

/// Features "ranked within the graph" (Ghasemian et al. 2020): each raw value replaced by its mid-rank
/// r among the pairs of the same graph, reported on a log scale of the upper tail,
/// z = −log(1 − r) / log(2·S) in [0, 1] for a sample of S pairs: likely ties sit in the top percent of
/// every proximity feature, and the models need resolution there (a linear rank cut into 32 bins would
/// put the whole top 3% into one bin).
///
/// A model trained on the pairs of an inner hold-out graph (fewer ties) is applied to the pairs of the
/// graph itself; raw counts shift between the two (a sparser graph has fewer common neighbours), ranks
/// do not. Ranks come from a reservoir sample of the graph's candidate pairs (exact below the sample
/// size), so memory stays bounded on large regions.
public struct FeatureRanks: Sendable {
    /// Per feature, the sorted sample of raw values.
    private var sorted: [[Double]]

    /// The most pairs kept per feature.
    public static let sampleSize = 8192

    /// Ranks from `sample` raw feature vectors (any order).
    public init(sample: [PairFeatureValues]) {
        sorted = (0..<PairFeature.count).map { f in sample.map { $0[f] }.sorted() }
    }

    /// The log-tail rank of each value: r = (#below + #at-most) / 2 / S, then −log(1 − r) / log(2S)
    /// (r < 1 − 1/(2S) for a value inside the sample; a value above every sampled one gives 1).
    public func transform(_ raw: PairFeatureValues) -> PairFeatureValues {
        var ranked = PairFeatureValues()
        for f in 0..<PairFeature.count {
            let values = sorted[f]
            guard !values.isEmpty else { ranked[f] = 0; continue }
            let x = raw[f]
            let below = Self.partition(values) { $0 < x }
            let atMost = Self.partition(values) { $0 <= x }
            let scale = Double(2 * values.count)
            let tail = max(1 / scale, 1 - Double(below + atMost) / scale)
            ranked[f] = -log(tail) / log(scale)
        }
        return ranked
    }

    /// The index of the first element for which `isBefore` is false (values sorted).
    @inline(__always)
    private static func partition(_ values: [Double], _ isBefore: (Double) -> Bool) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(values[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Ranks of the candidate pairs of `extractor` (all sources; a reservoir of ``sampleSize`` pairs,
    /// seeded, when there are more).
    public init(extractor: PairFeatureExtractor, candidates: CandidatePairs) {
        var reservoir: [PairFeatureValues] = []
        reservoir.reserveCapacity(Self.sampleSize)
        var seen = 0
        var generator = SplitMix64(seed: 0x5EED)
        let n = extractor.graph.nodeCount
        // Above a few hundred organizations a spread of sources is enough for the distribution.
        let stride = max(1, n / 400)
        let sources = Swift.stride(from: 0, to: n, by: stride).map { $0 }
        extractor.forEachPair(candidates, sources: sources) { _, _, features in
            seen += 1
            if reservoir.count < Self.sampleSize {
                reservoir.append(features)
            } else {
                let slot = generator.next(below: seen)
                if slot < Self.sampleSize { reservoir[slot] = features }
            }
        }
        self.init(sample: reservoir)
    }
}
