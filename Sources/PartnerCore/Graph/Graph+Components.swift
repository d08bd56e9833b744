extension Graph {
    /// Connected components by breadth-first search: weakly connected (arcs followed both ways)
    /// when the graph is directed.
    ///
    /// With `groups`, an edge is followed only between nodes of the same group, which gives in one
    /// pass the components of every group's induced subgraph (the components of each region).
    ///
    /// - Parameter groups: one group number per node, or `nil` to follow every edge.
    /// - Returns: the number of components and, per node, its component number (`0..<count`,
    ///   numbered in order of their smallest node).
    /// - Complexity: O(n + m), one queue reused for every component.
    public func connectedComponents(groups: [Int32]? = nil) -> (count: Int, membership: [Int32]) {
        precondition(groups.map { $0.count == nodeCount } ?? true, "one group per node")
        var membership = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32](repeating: 0, count: nodeCount)
        var count: Int32 = 0
        for start in 0..<nodeCount where membership[start] < 0 {
            membership[start] = count
            queue[0] = Int32(start)
            var head = 0, tail = 1
            while head < tail {
                let u = Int(queue[head])
                head += 1
                let group = groups?[u]
                func visit(_ v: Int32) {
                    let w = Int(v)
                    guard membership[w] < 0, group == nil || groups?[w] == group else { return }
                    membership[w] = count
                    queue[tail] = v
                    tail += 1
                }
                for v in neighbors(of: u) { visit(v) }
                if isDirected { for v in inNeighbors(of: u) { visit(v) } }
            }
            count += 1
        }
        return (Int(count), membership)
    }

    /// Nodes with no tie at all (no in- or out-arc when directed).
    public var isolateCount: Int {
        (0..<nodeCount).lazy.filter { degree(of: $0) == 0 && inDegree(of: $0) == 0 }.count
    }

    /// Ties present over ties possible: m / (n(n−1)/2) undirected, m / (n(n−1)) directed;
    /// `nil` (undefined) below two nodes. As networkx `density`.
    public var density: Double? {
        guard nodeCount >= 2 else { return nil }
        let possible = Double(nodeCount) * Double(nodeCount - 1) / (isDirected ? 1 : 2)
        return Double(edgeCount) / possible
    }
}
