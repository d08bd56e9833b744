import Foundation
import PartnerMetrics

/// Gradient-boosted regression trees on the logistic loss (Friedman 2001), with second-order leaf
/// values and split gains (Chen & Guestrin 2016, XGBoost): G²/(H + λ) over gradients G and hessians H.
///
/// Boosting starts from a logistic regression on all features, F₀(x) = b + w·x
/// (``LogisticRegression``), so the trees learn a correction to it and the score stays continuous:
/// piecewise-constant trees alone leave large blocks of equal scores among the many pairs without a
/// common partner, which costs AUC.
///
/// Inputs are the within-graph ranks of ``FeatureRanks`` in [0, 1], so every feature is cut into
/// ``bins`` equal-width bins once, and a split is searched over bin boundaries from per-node
/// histograms — O(N·F) per tree level. Deterministic: no sampling, ties in gain broken by the lowest
/// feature then the lowest bin.
public struct GradientBoostedTrees: Sendable, Hashable {
    public struct Options: Sendable, Hashable {
        public var trees = 30
        public var depth = 2
        public var learningRate = 0.1
        public var l2 = 1.0
        /// The least hessian a leaf may hold (XGBoost's min_child_weight).
        public var minimumLeafWeight = 5.0
        public init() {}
    }

    public static let bins = 48

    /// A node of a tree: a split (`feature`, `bin`: go left when bin ≤ `bin`) or a leaf (`feature` −1).
    struct Node: Sendable, Hashable {
        var feature: Int32
        var bin: Int32
        var left: Int32
        var right: Int32
        var value: Double
    }

    private var trees: [[Node]]
    private var start: LogisticRegression

    /// The raw score F(x) (log-odds) of ranked features.
    public func score(_ x: PairFeatureValues) -> Double {
        var total = start.score(x)
        for tree in trees {
            var i = 0
            while tree[i].feature >= 0 {
                let node = tree[i]
                i = Int(Self.bin(x[Int(node.feature)]) <= Int(node.bin) ? node.left : node.right)
            }
            total += tree[i].value
        }
        return total
    }

    @inline(__always)
    static func bin(_ value: Double) -> Int { min(bins - 1, max(0, Int(value * Double(bins)))) }

    /// Fits on samples `x` (ranked features) with labels `y` and weights `w`.
    public init(x: [PairFeatureValues], y: [Bool], weights w: [Double], options: Options = Options()) {
        let n = x.count, features = PairFeature.count
        var binned = [UInt8](repeating: 0, count: n * features)
        for i in 0..<n { for f in 0..<features { binned[i * features + f] = UInt8(Self.bin(x[i][f])) } }
        let start = LogisticRegression(x: x, y: y, weights: w)
        self.start = start
        var f = x.map { start.score($0) }
        var g = [Double](repeating: 0, count: n), h = [Double](repeating: 0, count: n)
        trees = []
        for _ in 0..<options.trees {
            for i in 0..<n {
                let p = 1 / (1 + exp(-f[i]))
                g[i] = w[i] * (p - (y[i] ? 1 : 0))
                h[i] = w[i] * max(p * (1 - p), 1e-12)
            }
            var tree: [Node] = []
            Self.grow(&tree, samples: Array(0..<n), depth: options.depth, binned: binned, features: features,
                      g: g, h: h, options: options)
            for i in 0..<n {
                var node = 0
                while tree[node].feature >= 0 {
                    let b = Int(binned[i * features + Int(tree[node].feature)])
                    node = Int(b <= Int(tree[node].bin) ? tree[node].left : tree[node].right)
                }
                f[i] += tree[node].value
            }
            trees.append(tree)
        }
    }

    /// Appends the subtree of `samples` to `tree`, returning its root's position.
    @discardableResult
    private static func grow(_ tree: inout [Node], samples: [Int], depth: Int, binned: [UInt8], features: Int,
                             g: [Double], h: [Double], options: Options) -> Int32 {
        let gSum = samples.reduce(0.0) { $0 + g[$1] }, hSum = samples.reduce(0.0) { $0 + h[$1] }
        let position = Int32(tree.count)
        tree.append(Node(feature: -1, bin: 0, left: 0, right: 0,
                         value: -options.learningRate * gSum / (hSum + options.l2)))
        guard depth > 0, samples.count >= 2 else { return position }
        let parentScore = gSum * gSum / (hSum + options.l2)
        var best = (gain: 1e-9, feature: -1, bin: -1)
        var gHist = [Double](repeating: 0, count: bins), hHist = [Double](repeating: 0, count: bins)
        for feature in 0..<features {
            for b in 0..<bins { gHist[b] = 0; hHist[b] = 0 }
            for i in samples {
                let b = Int(binned[i * features + feature])
                gHist[b] += g[i]
                hHist[b] += h[i]
            }
            var gLeft = 0.0, hLeft = 0.0
            for b in 0..<(bins - 1) {
                gLeft += gHist[b]
                hLeft += hHist[b]
                let gRight = gSum - gLeft, hRight = hSum - hLeft
                guard hLeft >= options.minimumLeafWeight, hRight >= options.minimumLeafWeight else { continue }
                let gain = gLeft * gLeft / (hLeft + options.l2) + gRight * gRight / (hRight + options.l2) - parentScore
                if gain > best.gain { best = (gain, feature, b) }
            }
        }
        guard best.feature >= 0 else { return position }
        var left: [Int] = [], right: [Int] = []
        for i in samples {
            if Int(binned[i * features + best.feature]) <= best.bin { left.append(i) } else { right.append(i) }
        }
        let l = grow(&tree, samples: left, depth: depth - 1, binned: binned, features: features, g: g, h: h, options: options)
        let r = grow(&tree, samples: right, depth: depth - 1, binned: binned, features: features, g: g, h: h, options: options)
        tree[Int(position)] = Node(feature: Int32(best.feature), bin: Int32(best.bin), left: l, right: r, value: 0)
        return position
    }
}
