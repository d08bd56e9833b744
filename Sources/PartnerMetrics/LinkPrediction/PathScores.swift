import PartnerCore

/// Scores of a pair from the walks of length two and three between them, one source at a time.
///
/// For a pair (u, v) not tied, with A the adjacency matrix and k the degrees:
/// - truncated Katz (Katz 1953; Liben-Nowell & Kleinberg 2007): Σ_{ℓ=1…3} β^ℓ (A^ℓ)_uv
///   = β²·|Γu ∩ Γv| + β³·(A³)_uv, with β = ``katzAttenuation`` (0.05): longer walks count less;
/// - local-path resource allocation (Lü, Jin & Zhou 2009, with the degree penalty of Kovács et al.
///   2019): Σ 1/(k_a·k_b) over the paths u – a – b – v — it ranks the pairs that share no partner, to
///   which the neighbourhood indices all give 0;
/// - distance: the shortest-path length (breadth-first search), `nil` when v cannot be reached.
///
/// For a pair not tied, every three-step walk u – a – b – v is a path (a = v or b = u would need the
/// tie u – v), so (A³)_uv counts paths.
///
/// - Complexity: O(Σ_{a∈Γu} Σ_{b∈Γa} k_b + n + m) per source; O(n) scratch memory, reused.
public struct PathScores: Sendable {
    public static let katzAttenuation = 0.05
    public let graph: Graph
    private let inverseDegree: [Double]

    /// - Parameter graph: read as undirected.
    public init(graph: Graph) {
        let undirected = graph.undirectedView()
        self.graph = undirected
        inverseDegree = (0..<undirected.nodeCount).map {
            let k = undirected.degree(of: $0)
            return k == 0 ? 0 : 1 / Double(k)
        }
    }

    /// Per-source buffers: two- and three-step walk counts, the local-path sum and the distances.
    public struct Row {
        public fileprivate(set) var twoStepWalks: [Int32]
        public fileprivate(set) var threeStepWalks: [Double]
        public fileprivate(set) var localPath: [Double]
        /// Breadth-first distance from the source; `Int32.max` when not reached.
        public fileprivate(set) var distance: [Int32]
        /// Organizations reached by a walk of two or three steps.
        public fileprivate(set) var touched: [Int32] = []
        fileprivate var reached: [Int32] = []

        public init(nodeCount: Int) {
            twoStepWalks = [Int32](repeating: 0, count: nodeCount)
            threeStepWalks = [Double](repeating: 0, count: nodeCount)
            localPath = [Double](repeating: 0, count: nodeCount)
            distance = [Int32](repeating: .max, count: nodeCount)
        }
    }

    /// Fills `row` for source u (clearing the previous source's values).
    public func compute(from u: Int, into row: inout Row) {
        for x in row.touched {
            row.twoStepWalks[Int(x)] = 0
            row.threeStepWalks[Int(x)] = 0
            row.localPath[Int(x)] = 0
        }
        row.touched.removeAll(keepingCapacity: true)
        for x in row.reached { row.distance[Int(x)] = .max }
        row.reached.removeAll(keepingCapacity: true)

        let graph = self.graph
        for a in graph.neighbors(of: u) {
            let weightA = inverseDegree[Int(a)]
            for b in graph.neighbors(of: Int(a)) where Int(b) != u {
                let bi = Int(b)
                if row.twoStepWalks[bi] == 0 && row.threeStepWalks[bi] == 0 { row.touched.append(b) }
                row.twoStepWalks[bi] += 1
                let weightAB = weightA * inverseDegree[bi]
                for v in graph.neighbors(of: bi) where Int(v) != u {
                    let vi = Int(v)
                    if row.twoStepWalks[vi] == 0 && row.threeStepWalks[vi] == 0 { row.touched.append(v) }
                    row.threeStepWalks[vi] += 1
                    row.localPath[vi] += weightAB
                }
            }
        }
        // Breadth-first distances.
        row.distance[u] = 0
        row.reached.append(Int32(u))
        var head = 0
        while head < row.reached.count {
            let x = Int(row.reached[head])
            head += 1
            let next = row.distance[x] + 1
            for y in graph.neighbors(of: x) where row.distance[Int(y)] == .max {
                row.distance[Int(y)] = next
                row.reached.append(y)
            }
        }
    }

    /// Truncated Katz of (u, v) not tied, from `row` computed for u.
    @inline(__always)
    public static func katz(_ row: Row, _ v: Int) -> Double {
        let beta = katzAttenuation
        return beta * beta * Double(row.twoStepWalks[v]) + beta * beta * beta * row.threeStepWalks[v]
    }
}
