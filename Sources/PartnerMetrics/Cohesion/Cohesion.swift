import PartnerCore

/// Whole-network cohesion measures: distances, transitivity, centralization (Wasserman & Faust
/// 1994, ch. 4–5). Components and cut points are ``Components`` and ``Biconnectivity``.
public enum Cohesion {
    /// Share of possible ties that exist: m / (n(n−1)/2) undirected, m / (n(n−1)) directed, as
    /// networkx `density`; `nil` below two nodes. The same as PartnerCore's
    /// ``PartnerCore/Graph/density``, here beside the other cohesion measures.
    ///
    /// - Complexity: O(1).
    public static func density(_ graph: Graph) -> Double? { graph.density }
}
