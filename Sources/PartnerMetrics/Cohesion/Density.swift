import PartnerCore

/// Whole-network cohesion measures: density, distances, transitivity, centralization
/// (Wasserman & Faust 1994, ch. 4–5). Components and cut points are in ``Components`` and
/// ``Biconnectivity``.
public enum Cohesion {
    /// Share of possible ties that exist: m / (n(n−1)/2) undirected, m / (n(n−1)) directed, as
    /// networkx `density`; `nil` below two nodes (no possible tie).
    ///
    /// - Complexity: O(1).
    public static func density(_ graph: Graph) -> Double? {
        let n = Double(graph.nodeCount)
        guard graph.nodeCount >= 2 else { return nil }
        let possible = graph.isDirected ? n * (n - 1) : n * (n - 1) / 2
        return Double(graph.edgeCount) / possible
    }
}
