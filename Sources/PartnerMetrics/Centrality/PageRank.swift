import PartnerCore

extension Graph {
    /// PageRank: the stationary distribution of a random walk that follows an out-arc with
    /// probability `damping` (chosen in proportion to arc weight when `weighted`) and otherwise
    /// jumps to a node chosen uniformly; from a node without out-arcs (dangling) it always jumps
    /// uniformly (Page et al. 1999). Values sum to 1. An undirected tie is an arc each way.
    ///
    /// Computed as networkx `pagerank` (uniform personalization and dangling distribution) by power
    /// iteration from the uniform vector, stopping when the L1 change is below `n · tolerance`.
    ///
    /// - Parameters:
    ///   - damping: probability of following an arc (0.85 by convention).
    ///   - weighted: walk along arcs in proportion to their weights.
    ///   - maxIterations: iterations before giving up.
    ///   - tolerance: per-node L1 change that counts as converged (networkx's `tol`; DESIGN §4
    ///     asks for 1e-12).
    /// - Throws: ``MetricError/didNotConverge(measure:iterations:tolerance:)`` when the change
    ///   is still above tolerance after `maxIterations` steps.
    /// - Reference: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
    ///   bringing order to the Web", Stanford InfoLab technical report 1999-66 (1999).
    /// - Complexity: O((n + m)·k) for k iterations; k ≈ log(tolerance) / log(damping).
    public func pageRank(damping: Double = 0.85, weighted: Bool = false, maxIterations: Int = 1_000,
                         tolerance: Double = 1e-12) throws(MetricError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let arcWeights = weighted ? inWeights : nil
        let outWeight: [Double] = weighted && weights != nil
            ? (0..<n).map { v in (Int(offsets[v])..<Int(offsets[v + 1])).reduce(0) { $0 + (weights?[$1] ?? 1) } }
            : (0..<n).map { Double(degree(of: $0)) }
        let dangling = (0..<n).filter { outWeight[$0] == 0 }
        let uniform = 1 / Double(n)

        var x = [Double](repeating: uniform, count: n)
        var share = [Double](repeating: 0, count: n)  // x(u) / outWeight(u): what u passes per unit weight
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for v in dangling { danglingMass += x[v] }
            for u in 0..<n where outWeight[u] > 0 { share[u] = x[u] / outWeight[u] }
            let teleport = damping * danglingMass * uniform + (1 - damping) * uniform
            let change = x.withUnsafeMutableBufferPointer { x in
                share.withUnsafeBufferPointer { share in
                    Self.pull(into: x, from: share, offsets: inOffsets, sources: inSources,
                              weights: arcWeights, scale: damping, plus: teleport)
                }
            }
            if change < Double(n) * tolerance { return x }
        }
        throw .didNotConverge(measure: "PageRank", iterations: maxIterations, tolerance: tolerance)
    }

    /// One step of power iteration along in-arcs: `x(v) ← scale · Σ_{u→v} share(u)·w(u, v) + plus`
    /// for every node, returning the L1 change: the hot loop of PageRank.
    static func pull(into x: UnsafeMutableBufferPointer<Double>, from share: UnsafeBufferPointer<Double>,
                     offsets: [Int32], sources: [Int32], weights: [Double]?, scale: Double, plus: Double)
        -> Double
    {
        offsets.withUnsafeBufferPointer { offsets in
            sources.withUnsafeBufferPointer { sources in
                (weights ?? []).withUnsafeBufferPointer { weights in
                    var change = 0.0
                    for v in 0..<x.count {
                        var inflow = 0.0
                        let arcs = Int(offsets[v])..<Int(offsets[v + 1])
                        if weights.isEmpty {
                            for arc in arcs { inflow += share[Int(sources[arc])] }
                        } else {
                            for arc in arcs { inflow += share[Int(sources[arc])] * weights[arc] }
                        }
                        let next = scale * inflow + plus
                        change += abs(next - x[v])
                        x[v] = next
                    }
                    return change
                }
            }
        }
    }
}
