import PartnerCore

extension Graph {
    /// Degree centrality: the number of ties of each node divided by `n − 1`, the most it could
    /// have (Freeman 1979). For a directed graph the degree is in-degree plus out-degree, as in
    /// networkx `degree_centrality`, so values can reach 2.
    ///
    /// Undefined (`nil`) for every node when `n < 2`; networkx reports 1 for a single node.
    ///
    /// - Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
    ///   Social Networks 1 (1979) 215–239.
    /// - Complexity: O(n).
    public func degreeCentrality() -> [Double?] {
        normalizedByOthers { isDirected ? degree(of: $0) + inDegree(of: $0) : degree(of: $0) }
    }

    /// In-degree divided by `n − 1` (networkx `in_degree_centrality`); the degree centrality when
    /// the graph is undirected. `nil` when `n < 2`.
    ///
    /// - Complexity: O(n).
    public func inDegreeCentrality() -> [Double?] { normalizedByOthers { inDegree(of: $0) } }

    /// Out-degree divided by `n − 1` (networkx `out_degree_centrality`); the degree centrality
    /// when the graph is undirected. `nil` when `n < 2`.
    ///
    /// - Complexity: O(n).
    public func outDegreeCentrality() -> [Double?] { normalizedByOthers { degree(of: $0) } }

    /// Strength: the sum of the weights of a node's ties (Barrat et al. 2004), incoming plus
    /// outgoing when directed — networkx `G.degree(weight=…)`. Equals the degree in an
    /// unweighted graph.
    ///
    /// - Reference: A. Barrat, M. Barthélemy, R. Pastor-Satorras, A. Vespignani, "The architecture
    ///   of complex weighted networks", PNAS 101 (2004) 3747–3752.
    /// - Complexity: O(n + m).
    public func strength() -> [Double] {
        func sums(_ offsets: [Int32], _ weights: [Double]?) -> [Double] {
            (0..<nodeCount).map { v in
                let arcs = Int(offsets[v])..<Int(offsets[v + 1])
                guard let weights else { return Double(arcs.count) }
                return arcs.reduce(0) { $0 + weights[$1] }
            }
        }
        let out = sums(offsets, weights)
        guard isDirected else { return out }
        return zip(out, sums(inOffsets, inWeights)).map { $0 + $1 }
    }

    private func normalizedByOthers(_ count: (Int) -> Int) -> [Double?] {
        guard nodeCount > 1 else { return Array(repeating: nil, count: nodeCount) }
        let others = Double(nodeCount - 1)
        return (0..<nodeCount).map { Double(count($0)) / others }
    }
}
