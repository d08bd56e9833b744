import PartnerCore

/// Burt's structural-hole measures of every node: constraint, effective size and efficiency
/// (Burt 1992, *Structural Holes*, ch. 2; Borgatti 1997 for the effective-size formula).
///
/// With the mutual weight a_ij + a_ji of each pair (``PartnerCore/Graph/mutualWeightGraph(countingArcs:)``;
/// 1 per arc when unweighted), p_ij = mutual(i, j) / Σ_k mutual(i, k) is the share of i's
/// relations invested in j, and m_jq = mutual(j, q) / max_k mutual(j, k). Over i's contacts N(i):
/// - constraint c(i) = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq p_qj)²: high when i's contacts are tied
///   to each other (few structural holes), 1 for a single contact;
/// - effective size e(i) = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq): the number of contacts minus their
///   redundancy (n − 2t/n unweighted, t = ties among the n contacts);
/// - efficiency = e(i) / |N(i)|.
/// Equal to networkx `constraint` and `effective_size` (directed graphs read through in- and
/// out-contacts); `nil` for a node without contacts (networkx: NaN). Where networkx 3.6 strays from
/// its own definition we follow the definition: its all-nodes shortcut divides m_jq by q's largest
/// mutual weight instead of j's (weighted or directed effective size), and its node-by-node path
/// gives NaN to a node with only incoming arcs (`Scripts/reference/structure.py` checks the rest).
public struct StructuralHoles: Sendable, Equatable {
    public let constraint: [Double?]
    public let effectiveSize: [Double?]
    public let efficiency: [Double?]

    /// - Parameter weighted: use tie strengths (a graph without weights counts 1 per arc).
    /// - Complexity: O(Σ_j deg(j)²) time — for each node, one pass over its contacts' contacts —
    ///   and O(n) scratch memory.
    public init(graph: Graph, weighted: Bool = false) {
        let mutual = graph.mutualWeightGraph(countingArcs: !weighted)
        let n = mutual.nodeCount
        let weights = mutual.weights ?? []
        var total = [Double](repeating: 0, count: n)
        var largest = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for arc in Int(mutual.offsets[v])..<Int(mutual.offsets[v + 1]) {
                total[v] += weights[arc]
                largest[v] = max(largest[v], weights[arc])
            }
        }
        var constraint = [Double?](repeating: nil, count: n)
        var effectiveSize = [Double?](repeating: nil, count: n)
        var efficiency = [Double?](repeating: nil, count: n)
        // share[q] = p_iq for the current i, 0 outside N(i).
        var share = [Double](repeating: 0, count: n)
        for i in 0..<n where mutual.degree(of: i) > 0 {
            let contacts = Int(mutual.offsets[i])..<Int(mutual.offsets[i + 1])
            for arc in contacts { share[Int(mutual.targets[arc])] = weights[arc] / total[i] }
            var c = 0.0, e = 0.0
            for arc in contacts {
                let j = Int(mutual.targets[arc])
                var indirect = 0.0, redundancy = 0.0
                for jArc in Int(mutual.offsets[j])..<Int(mutual.offsets[j + 1]) {
                    let q = Int(mutual.targets[jArc])
                    let pIQ = share[q]
                    guard pIQ > 0 else { continue }
                    indirect += pIQ * weights[jArc] / total[q]        // p_iq · p_qj
                    redundancy += pIQ * weights[jArc] / largest[j]    // p_iq · m_jq
                }
                let local = share[j] + indirect
                c += local * local
                e += 1 - redundancy
            }
            for arc in contacts { share[Int(mutual.targets[arc])] = 0 }
            constraint[i] = c
            effectiveSize[i] = e
            efficiency[i] = e / Double(contacts.count)
        }
        self.constraint = constraint
        self.effectiveSize = effectiveSize
        self.efficiency = efficiency
    }
}
