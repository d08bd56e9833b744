/// An immutable graph in compressed-sparse-row form: the only structure algorithms read.
///
/// Nodes are `0..<nodeCount`. The out-neighbours of `v` are `targets[offsets[v]..<offsets[v+1]]`,
/// sorted ascending, with `weights` (when present) parallel to `targets`. An undirected edge is
/// stored as two arcs. Directed graphs also keep the reverse index (`inOffsets`, `inSources`,
/// `inWeights`). Indices are `Int32`, as in igraph and petgraph, to halve the memory the hot loops
/// stream through.
///
/// The graph is simple: self-loops are dropped and parallel edges merged (keeping the largest weight).
public struct Graph: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    /// `nodeCount + 1` offsets into ``targets``.
    public let offsets: [Int32]
    public let targets: [Int32]
    public let weights: [Double]?
    /// Reverse (in-arc) index; for undirected graphs the same arrays as the forward index.
    public let inOffsets: [Int32]
    public let inSources: [Int32]
    public let inWeights: [Double]?

    /// Builds the index from an edge list.
    ///
    /// - Parameters:
    ///   - edges: pairs of node indices in `0..<nodeCount`.
    ///   - weights: one per edge, or `nil` for an unweighted graph.
    /// - Complexity: O(n + m), by two counting-sort passes.
    public init(nodeCount: Int, edges: [(Int32, Int32)], weights: [Double]? = nil, isDirected: Bool) {
        precondition(weights.map { $0.count == edges.count } ?? true, "one weight per edge")
        self.nodeCount = nodeCount
        self.isDirected = isDirected
        var arcs: [(Int32, Int32, Double)] = []
        arcs.reserveCapacity(isDirected ? edges.count : 2 * edges.count)
        for (i, (u, v)) in edges.enumerated() where u != v {
            precondition(u >= 0 && v >= 0 && Int(u) < nodeCount && Int(v) < nodeCount, "node out of range")
            let w = weights?[i] ?? 1
            arcs.append((u, v, w))
            if !isDirected { arcs.append((v, u, w)) }
        }
        let forward = Self.compress(nodeCount: nodeCount, arcs: arcs, keepWeights: weights != nil)
        offsets = forward.offsets
        targets = forward.targets
        self.weights = forward.weights
        if isDirected {
            let reverse = Self.compress(nodeCount: nodeCount, arcs: arcs.map { ($0.1, $0.0, $0.2) },
                                        keepWeights: weights != nil)
            inOffsets = reverse.offsets
            inSources = reverse.targets
            inWeights = reverse.weights
        } else {
            inOffsets = forward.offsets
            inSources = forward.targets
            inWeights = forward.weights
        }
    }

    /// Number of edges (undirected) or arcs (directed).
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

    /// Out-neighbours of `v` (all neighbours when undirected), ascending.
    @inlinable
    public func neighbors(of v: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[v])..<Int(offsets[v + 1])]
    }

    /// In-neighbours of `v` (all neighbours when undirected), ascending.
    @inlinable
    public func inNeighbors(of v: Int) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[v])..<Int(inOffsets[v + 1])]
    }

    /// Out-degree of `v` (degree when undirected).
    @inlinable
    public func degree(of v: Int) -> Int { Int(offsets[v + 1] - offsets[v]) }

    /// In-degree of `v` (degree when undirected).
    @inlinable
    public func inDegree(of v: Int) -> Int { Int(inOffsets[v + 1] - inOffsets[v]) }

    /// Whether the arc `u → v` exists (the edge, when undirected). O(log deg u).
    public func hasEdge(_ u: Int, _ v: Int) -> Bool {
        var low = Int(offsets[u]), high = Int(offsets[u + 1])
        let target = Int32(v)
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low < Int(offsets[u + 1]) && targets[low] == target
    }

    /// Weight of arc `u → v`: 1 in an unweighted graph, `nil` when there is no such arc.
    public func weight(_ u: Int, _ v: Int) -> Double? {
        var low = Int(offsets[u]), high = Int(offsets[u + 1])
        let target = Int32(v)
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < target { low = mid + 1 } else { high = mid }
        }
        guard low < Int(offsets[u + 1]), targets[low] == target else { return nil }
        return weights?[low] ?? 1
    }

    /// Sorts arcs by (source, target) with two stable counting sorts, then merges parallel arcs.
    private static func compress(nodeCount: Int, arcs: [(Int32, Int32, Double)], keepWeights: Bool)
        -> (offsets: [Int32], targets: [Int32], weights: [Double]?)
    {
        func bucketOrder(_ key: (Int) -> Int32, _ order: [Int]) -> [Int] {
            var counts = [Int](repeating: 0, count: nodeCount + 1)
            for i in order { counts[Int(key(i)) + 1] += 1 }
            for v in 0..<nodeCount { counts[v + 1] += counts[v] }
            var sorted = [Int](repeating: 0, count: order.count)
            for i in order {
                let k = Int(key(i))
                sorted[counts[k]] = i
                counts[k] += 1
            }
            return sorted
        }
        let byTarget = bucketOrder({ arcs[$0].1 }, Array(arcs.indices))
        let order = bucketOrder({ arcs[$0].0 }, byTarget)

        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(arcs.count)
        if keepWeights { weights.reserveCapacity(arcs.count) }
        var previous: (Int32, Int32) = (-1, -1)
        for i in order {
            let (u, v, w) = arcs[i]
            if (u, v) == previous {
                if keepWeights { weights[weights.count - 1] = max(weights[weights.count - 1], w) }
                continue
            }
            previous = (u, v)
            offsets[Int(u) + 1] += 1
            targets.append(v)
            if keepWeights { weights.append(w) }
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        return (offsets, targets, keepWeights ? weights : nil)
    }
}
