import PartnerCore

extension Graph {
    /// Eigenvector centrality: the principal eigenvector `x` of the adjacency matrix,
    /// `λ·x(v) = Σ_u a(u, v)·x(u)`, scaled to unit Euclidean length (Bonacich 1987). A node is
    /// central when its partners are. On a directed graph `x(v)` sums over *incoming* arcs (the
    /// left eigenvector), as in networkx and igraph.
    ///
    /// Computed as networkx `eigenvector_centrality` does: power iteration on `A + I` (the shift
    /// keeps bipartite graphs from oscillating) from the uniform vector, normalising each step to
    /// unit length and stopping when the L1 change is below `n · tolerance`. On a disconnected
    /// graph the iteration concentrates on the component with the largest eigenvalue (others tend
    /// to 0); an edgeless graph gives the uniform vector.
    ///
    /// - Parameters:
    ///   - weighted: use arc weights as the entries of `A` (otherwise 1).
    ///   - maxIterations: iterations before giving up (an iteration is cheap, and directed or
    ///     weighted networks with close leading eigenvalues can need over a thousand).
    ///   - tolerance: per-node L1 change that counts as converged (networkx's `tol`; its default
    ///     is 1e-6, ours 1e-12, so values are accurate far below what a report shows).
    /// - Throws: ``MetricError/didNotConverge(measure:iterations:tolerance:)`` when the change
    ///   is still above tolerance after `maxIterations` steps.
    /// - Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
    ///   Sociology 92 (1987) 1170–1182.
    /// - Complexity: O((n + m)·k) for k iterations, which grows as the ratio of the two largest
    ///   eigenvalues of `A + I` approaches 1.
    public func eigenvectorCentrality(weighted: Bool = false, maxIterations: Int = 10_000,
                                      tolerance: Double = 1e-12) throws(MetricError) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let arcWeights = weighted ? inWeights : nil
        var x = [Double](repeating: 1 / Double(n), count: n)
        var previous = x
        for _ in 0..<maxIterations {
            swap(&x, &previous)
            var squares = 0.0
            inOffsets.withUnsafeBufferPointer { offsets in
                inSources.withUnsafeBufferPointer { sources in
                    for v in 0..<n {
                        var sum = previous[v]
                        for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                            sum += previous[Int(sources[arc])] * (arcWeights?[arc] ?? 1)
                        }
                        x[v] = sum
                        squares += sum * sum
                    }
                }
            }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for v in 0..<n {
                x[v] /= norm
                change += abs(x[v] - previous[v])
            }
            if change < Double(n) * tolerance { return x }
        }
        throw .didNotConverge(measure: "eigenvector centrality", iterations: maxIterations,
                              tolerance: tolerance)
    }
}
