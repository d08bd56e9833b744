import PartnerCore
import PartnerMetrics

/// How ties are hidden to test a link predictor.
public enum HoldoutProtocol: String, CaseIterable, Sendable, Codable {
    /// Hide a random share of the ties; an organization may lose all of them and become a "newcomer".
    case plain
    /// Hide a random share, but never an organization's last tie: every organization keeps at least one
    /// (the protocol of the independent check in issue 21; newcomers are a different question).
    case keepLastTie = "keep-last-tie"
}

/// One random division of a graph's ties into those kept and those hidden.
public struct HoldoutSplit: Sendable {
    /// The graph of the kept ties (same organizations).
    public var training: Graph
    /// The hidden ties, each as (smaller, larger) index.
    public var hidden: [(Int32, Int32)]
    /// ``PairKey`` of every hidden tie.
    public var hiddenKeys: Set<UInt64>

    /// Shuffles the ties with ``PartnerMetrics/SplitMix64`` (`seed`) and hides the first
    /// round(`fraction`·m) of them (at least one), skipping under ``HoldoutProtocol/keepLastTie`` any
    /// tie whose loss would leave one end without ties (so fewer may be hidden on a sparse network).
    public init(graph: Graph, fraction: Double, protocol holdoutProtocol: HoldoutProtocol, seed: UInt64) {
        let full = graph.undirectedView()
        var edges = full.edgeList
        let target = edges.isEmpty ? 0 : max(1, Int((fraction * Double(edges.count)).rounded()))
        var generator = SplitMix64(seed: seed)
        generator.shuffle(&edges)
        var degree = (0..<full.nodeCount).map { full.degree(of: $0) }
        var kept: [(Int32, Int32)] = [], hidden: [(Int32, Int32)] = []
        kept.reserveCapacity(edges.count)
        for (u, v) in edges {
            let canHide = hidden.count < target
                && (holdoutProtocol == .plain || (degree[Int(u)] > 1 && degree[Int(v)] > 1))
            if canHide {
                hidden.append((u, v))
                degree[Int(u)] -= 1
                degree[Int(v)] -= 1
            } else {
                kept.append((u, v))
            }
        }
        training = Graph(nodeCount: full.nodeCount, edges: kept, isDirected: false)
        self.hidden = hidden
        hiddenKeys = Set(hidden.map { PairKey.make($0.0, $0.1) })
    }
}

/// A pair of node indices as one integer key, order-free.
enum PairKey {
    static func make(_ u: Int32, _ v: Int32) -> UInt64 {
        let (a, b) = u < v ? (u, v) : (v, u)
        return UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))
    }
    static func make(_ u: Int, _ v: Int) -> UInt64 { make(Int32(u), Int32(v)) }

    /// A well-mixed hash of the pair (SplitMix64's finaliser), for deterministic sampling.
    static func hash(_ key: UInt64, salt: UInt64) -> UInt64 {
        var generator = SplitMix64(seed: key ^ (salt &* 0x9E37_79B9_7F4A_7C15))
        return generator.next()
    }
}

extension Graph {
    /// Each undirected edge once, as (u, v) with u < v, ascending.
    var edgeList: [(Int32, Int32)] {
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for v in neighbors(of: u) where Int(v) > u { edges.append((Int32(u), v)) }
        }
        return edges
    }
}
