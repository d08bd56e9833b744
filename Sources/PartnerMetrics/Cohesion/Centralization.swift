import PartnerCore

extension Cohesion {
    /// Freeman's degree centralization: Σ_v (d_max − d_v) divided by its largest possible value
    /// over graphs with the same number of nodes, reached by the star (Freeman 1979).
    ///
    /// Degrees are raw counts without self-loops; for a directed graph, in-degree + out-degree.
    /// The maximum is (n−1)(n−2) undirected and 2(n−1)(n−2) directed — R igraph's
    /// `centr_degree(mode = "all", loops = FALSE, normalized = TRUE)`. `nil` below three nodes.
    ///
    /// - Complexity: O(n).
    public static func degreeCentralization(_ graph: Graph) -> Double? {
        let n = graph.nodeCount
        guard n >= 3 else { return nil }
        let degrees = (0..<n).map { graph.isDirected ? graph.degree(of: $0) + graph.inDegree(of: $0) : graph.degree(of: $0) }
        let largest = degrees.max() ?? 0
        let spread = degrees.reduce(0) { $0 + (largest - $1) }
        let maximum = Double(n - 1) * Double(n - 2) * (graph.isDirected ? 2 : 1)
        return Double(spread) / maximum
    }

    /// Freeman's betweenness centralization: Σ_v (b_max − b_v) divided by its largest possible value,
    /// reached by the star (Freeman 1979).
    ///
    /// `betweenness` holds raw (unnormalised) betweenness, each unordered pair counted once in an
    /// undirected graph (Brandes 2001; networkx `normalized=False`). The maximum is (n−1)²(n−2)/2
    /// undirected and (n−1)²(n−2) directed — R igraph's `centr_betw(normalized = TRUE)`. `nil`
    /// below three nodes.
    ///
    /// - Complexity: O(n).
    public static func betweennessCentralization(betweenness: [Double], isDirected: Bool) -> Double? {
        let n = betweenness.count
        guard n >= 3 else { return nil }
        let largest = betweenness.max() ?? 0
        let spread = betweenness.reduce(0) { $0 + (largest - $1) }
        let maximum = Double(n - 1) * Double(n - 1) * Double(n - 2) / (isDirected ? 1 : 2)
        return spread / maximum
    }
}
