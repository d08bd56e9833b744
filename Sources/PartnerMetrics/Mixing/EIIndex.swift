import PartnerCore

/// Krackhardt and Stern's E-I index: (E − I) / (E + I), where E counts ties that cross group
/// boundaries and I ties that stay inside (Krackhardt & Stern 1988).
///
/// It runs from −1 (all ties internal: a closed sector) to +1 (all ties external: a sector that
/// only works with others). Computed
/// - for the network: E = ties between members of different groups, I = ties within groups;
/// - for each group g: E = ties with exactly one end in g, I = ties with both ends in g (each
///   counted once);
/// - for each node: E = its ties to members of other groups, I = to members of its own group.
/// A directed graph counts arcs (a node's in- and out-arcs both). `nil` where there is no tie.
public struct EIIndex: Sendable, Equatable {
    public let network: Double?
    /// One value per group.
    public let groups: [Double?]
    /// One value per node.
    public let nodes: [Double?]
    /// Ties between groups and within groups, network-wide.
    public let externalTies: Int
    public let internalTies: Int

    /// - Complexity: O(n + m).
    public init(graph: Graph, groups: [Int32], groupCount: Int? = nil) {
        let k = Mixing.checkedGroupCount(graph: graph, groups: groups, groupCount: groupCount)
        var groupExternal = [Int](repeating: 0, count: k), groupInternal = [Int](repeating: 0, count: k)
        var nodeExternal = [Int](repeating: 0, count: graph.nodeCount)
        var nodeInternal = [Int](repeating: 0, count: graph.nodeCount)
        var external = 0, internalCount = 0
        for u in 0..<graph.nodeCount {
            let a = Int(groups[u])
            for v in graph.neighbors(of: u) {
                let b = Int(groups[Int(v)])
                if a == b { nodeInternal[u] += 1 } else { nodeExternal[u] += 1 }
                // Each tie once: every arc of a directed graph, the u < v arc of an undirected one.
                guard graph.isDirected || Int(v) > u else { continue }
                if graph.isDirected {
                    if a == b { nodeInternal[Int(v)] += 1 } else { nodeExternal[Int(v)] += 1 }
                }
                if a == b {
                    internalCount += 1
                    groupInternal[a] += 1
                } else {
                    external += 1
                    groupExternal[a] += 1
                    groupExternal[b] += 1
                }
            }
        }
        network = Self.index(external: external, internal: internalCount)
        self.groups = (0..<k).map { Self.index(external: groupExternal[$0], internal: groupInternal[$0]) }
        nodes = (0..<graph.nodeCount).map { Self.index(external: nodeExternal[$0], internal: nodeInternal[$0]) }
        externalTies = external
        internalTies = internalCount
    }

    /// (E − I) / (E + I), `nil` when E + I = 0.
    public static func index(external: Int, internal internalCount: Int) -> Double? {
        let total = external + internalCount
        return total == 0 ? nil : Double(external - internalCount) / Double(total)
    }
}
