import PartnerCore

/// A division of the nodes into communities.
public struct CommunityPartition: Sendable, Equatable {
    /// Community of each node; communities are numbered by their smallest node.
    public let membership: [Int32]
    /// Number of nodes in each community.
    public let sizes: [Int]
    /// Newman modularity of the partition on the graph it was found on; `nil` without ties.
    public let modularity: Double?

    public var count: Int { sizes.count }

    /// The members of each community, ascending.
    public func members() -> [[Int32]] {
        var members = [[Int32]](repeating: [], count: sizes.count)
        for (node, community) in membership.enumerated() { members[Int(community)].append(Int32(node)) }
        return members
    }

    init(renumbering labels: [Int32], modularity: Double?) {
        let components = Components(labels: labels)
        self.membership = components.membership
        self.sizes = components.sizes
        self.modularity = modularity
    }
}

/// Community detection and the quality of a partition.
public enum Communities {
    /// Newman's modularity of a partition (Newman & Girvan 2004; Newman 2006):
    /// Q = Σ_c [ L_c / m − γ (K_c / 2m)² ] for an undirected graph, where m is the total tie weight,
    /// L_c the weight of ties inside community c and K_c the total weighted degree of its members;
    /// for a directed graph Q = Σ_c [ L_c / m − γ K_c^out K_c^in / m² ] (Leicht & Newman 2008).
    /// Equal to networkx `modularity`; `nil` for a graph without ties (networkx divides by zero).
    ///
    /// - Parameters:
    ///   - membership: the community of each node, any `Int32` labels; nodes with equal labels share
    ///     a community.
    ///   - weighted: use tie strengths (a graph without weights counts 1 per tie).
    ///   - resolution: γ; above 1 favours smaller communities.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public static func modularity(of membership: [Int32], in graph: Graph, weighted: Bool = false,
                                  resolution: Double = 1) -> Double? {
        precondition(membership.count == graph.nodeCount, "one community per node")
        let labels = Components(labels: compacted(membership)).membership
        let k = Int((labels.max() ?? -1) + 1)
        var inside = [Double](repeating: 0, count: k)
        var outStrength = [Double](repeating: 0, count: k)
        var inStrength = [Double](repeating: 0, count: k)
        var total = 0.0
        for u in 0..<graph.nodeCount {
            let cu = Int(labels[u])
            for arc in Int(graph.offsets[u])..<Int(graph.offsets[u + 1]) {
                let v = Int(graph.targets[arc])
                let w = weighted ? graph.weights?[arc] ?? 1 : 1
                outStrength[cu] += w
                inStrength[Int(labels[v])] += w
                total += w
                if Int(labels[v]) == cu { inside[cu] += w }
            }
        }
        // Undirected ties are stored as two arcs: total = 2m, inside = 2 L_c, strengths = K_c.
        guard total > 0 else { return nil }
        let m = graph.isDirected ? total : total / 2
        let norm = graph.isDirected ? 1 / (m * m) : 1 / (total * total)
        var q = 0.0
        for c in 0..<k {
            let internalWeight = graph.isDirected ? inside[c] : inside[c] / 2
            q += internalWeight / m - resolution * outStrength[c] * inStrength[c] * norm
        }
        return q
    }

    /// Maps arbitrary labels onto `0..<n` (first appearance order) so ``Components/init(labels:)``
    /// can renumber them.
    static func compacted(_ labels: [Int32]) -> [Int32] {
        if labels.allSatisfy({ $0 >= 0 && Int($0) < labels.count }) { return labels }
        var next: Int32 = 0
        var seen: [Int32: Int32] = [:]
        return labels.map { label in
            if let known = seen[label] { return known }
            seen[label] = next
            next += 1
            return next - 1
        }
    }
}
