import PartnerCore

/// Ties counted by the groups (sectors) of their ends, beside what a random network of the same
/// density would give.
///
/// `observed[a][b]` is the number of ties between a member of group a and a member of group b:
/// symmetric for an undirected graph, with ties inside group a on the diagonal; arcs a → b for a
/// directed graph. `expected[a][b]` is the number of possible ties times the density: nₐ·n_b·density
/// for a ≠ b, and nₐ(nₐ−1)/2·density on the diagonal (nₐ(nₐ−1)·density when directed) — the
/// count a uniformly random graph with the same number of ties would have on average.
/// `ratio` is observed / expected, `nil` where nothing is expected (an empty group pair, a network
/// without ties). A ratio below 1 marks a sector pair that collaborates less than chance.
public struct MixingMatrix: Sendable, Equatable {
    /// Number of members of each group.
    public let groupSizes: [Int]
    public let observed: [[Int]]
    public let expected: [[Double]]
    public let ratio: [[Double?]]

    public var groupCount: Int { groupSizes.count }

    /// - Parameters:
    ///   - groups: the group of each node, in `0..<groupCount` (e.g. ``PartnerCore/Snapshot/sectorPartition``).
    ///   - groupCount: number of groups; by default the largest group number + 1.
    /// - Complexity: O(n + m + k²) for k groups.
    public init(graph: Graph, groups: [Int32], groupCount: Int? = nil) {
        let k = Mixing.checkedGroupCount(graph: graph, groups: groups, groupCount: groupCount)
        var sizes = [Int](repeating: 0, count: k)
        for g in groups { sizes[Int(g)] += 1 }
        var observed = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for u in 0..<graph.nodeCount {
            let a = Int(groups[u])
            for v in graph.neighbors(of: u) where graph.isDirected || Int(v) > u {
                let b = Int(groups[Int(v)])
                observed[a][b] += 1
                if !graph.isDirected && a != b { observed[b][a] += 1 }
            }
        }
        let density = graph.density ?? 0
        var expected = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var ratio = [[Double?]](repeating: [Double?](repeating: nil, count: k), count: k)
        for a in 0..<k {
            for b in 0..<k {
                let na = Double(sizes[a]), nb = Double(sizes[b])
                let pairs = a != b ? na * nb : (graph.isDirected ? na * (na - 1) : na * (na - 1) / 2)
                expected[a][b] = pairs * density
                if expected[a][b] > 0 { ratio[a][b] = Double(observed[a][b]) / expected[a][b] }
            }
        }
        self.groupSizes = sizes
        self.observed = observed
        self.expected = expected
        self.ratio = ratio
    }
}

/// Group-mixing measures: ``MixingMatrix``, ``EIIndex`` and attribute assortativity.
public enum Mixing {
    /// Newman's attribute assortativity coefficient of a categorical node attribute (Newman 2003):
    /// r = (Σᵢ eᵢᵢ − Σᵢ aᵢbᵢ) / (1 − Σᵢ aᵢbᵢ), where e is the fraction of tie ends joining group i to
    /// group j (each undirected tie counted in both directions, each arc once), aᵢ its row sums and
    /// bᵢ its column sums. 1 when every tie stays within a group, 0 for random mixing, negative when
    /// ties prefer other groups. Equal to networkx `attribute_assortativity_coefficient`; `nil`
    /// without ties or when all tie ends are in one group (networkx gives NaN).
    ///
    /// - Complexity: O(n + m + k²) for k groups.
    public static func attributeAssortativity(graph: Graph, groups: [Int32], groupCount: Int? = nil) -> Double? {
        let k = checkedGroupCount(graph: graph, groups: groups, groupCount: groupCount)
        var e = [Double](repeating: 0, count: k * k)
        var total = 0.0
        for u in 0..<graph.nodeCount {
            let a = Int(groups[u])
            for v in graph.neighbors(of: u) {
                // An undirected tie is stored as two arcs: both directions are counted, as networkx does.
                e[a * k + Int(groups[Int(v)])] += 1
                total += 1
            }
        }
        guard total > 0 else { return nil }
        var trace = 0.0, expected = 0.0
        for i in 0..<k {
            var row = 0.0, column = 0.0
            for j in 0..<k {
                row += e[i * k + j] / total
                column += e[j * k + i] / total
            }
            trace += e[i * k + i] / total
            expected += row * column
        }
        guard expected < 1 else { return nil }
        return (trace - expected) / (1 - expected)
    }

    /// Checks the group vector (a programmer error if wrong: it comes from the snapshot) and returns
    /// the number of groups.
    static func checkedGroupCount(graph: Graph, groups: [Int32], groupCount: Int?) -> Int {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let k = groupCount ?? Int((groups.max() ?? -1) + 1)
        precondition(groups.allSatisfy { $0 >= 0 && Int($0) < k }, "groups must be in 0..<groupCount")
        return k
    }
}
