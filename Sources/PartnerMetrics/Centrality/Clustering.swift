import PartnerCore

extension Graph {
    /// Local clustering coefficient: the fraction of pairs of a node's partners that are partners
    /// themselves, `2·T(v) / (k(k − 1))` for `T(v)` triangles through `v` and degree `k`
    /// (Watts & Strogatz 1998), unweighted.
    ///
    /// On a directed graph, Fagiolo's generalisation used by networkx `clustering`:
    /// `T(v) / (2·(k_tot(k_tot − 1) − 2·k↔))`, where `T(v)` counts directed triangles through
    /// `v` (each of the eight arc orientations separately), `k_tot` is in- plus out-degree and
    /// `k↔` the number of reciprocated partners.
    ///
    /// Undefined (`nil`) when the denominator is 0 — fewer than two partners; networkx reports 0.
    ///
    /// - Reference: D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world' networks",
    ///   Nature 393 (1998) 440–442; G. Fagiolo, "Clustering in complex directed networks",
    ///   Physical Review E 76 (2007) 026107.
    /// - Complexity: undirected, that of ``Cohesion/triangles(_:)``; directed, O(Σ_v k(v)²) — for each
    ///   node, a scan of its partners' partners.
    public func clusteringCoefficients() -> [Double?] {
        if isDirected { return directedClustering() }
        let triangles = Cohesion.triangles(self)
        return (0..<nodeCount).map { v in
            let k = degree(of: v)
            guard k > 1 else { return nil }
            return Double(2 * triangles[v]) / Double(k * (k - 1))
        }
    }

    private func directedClustering() -> [Double?] {
        let n = nodeCount
        var isPredecessor = [Int32](repeating: -1, count: n)
        var isSuccessor = [Int32](repeating: -1, count: n)
        return (0..<n).map { v -> Double? in
            let predecessors = inNeighbors(of: v), successors = neighbors(of: v)
            for u in predecessors { isPredecessor[Int(u)] = Int32(v) }
            for u in successors { isSuccessor[Int(u)] = Int32(v) }
            // For each partner j (twice when reciprocated), count j's in- and out-partners that
            // are also v's in- or out-partners.
            var triangles = 0
            for j in [predecessors, successors].joined() {
                for k in [inNeighbors(of: Int(j)), neighbors(of: Int(j))].joined() {
                    if isPredecessor[Int(k)] == Int32(v) { triangles += 1 }
                    if isSuccessor[Int(k)] == Int32(v) { triangles += 1 }
                }
            }
            let total = predecessors.count + successors.count
            let reciprocated = successors.lazy.filter { isPredecessor[Int($0)] == Int32(v) }.count
            let possible = total * (total - 1) - 2 * reciprocated
            guard possible > 0 else { return nil }
            return Double(triangles) / Double(2 * possible)
        }
    }
}
