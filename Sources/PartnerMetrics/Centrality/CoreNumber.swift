import PartnerCore

extension Graph {
    /// Core number: the largest `k` such that the node belongs to the k-core, the maximal
    /// subgraph in which every node has degree at least `k` (Seidman 1983). Computed with
    /// Batagelj and Zaversnik's bucket algorithm, which peels nodes in order of current degree.
    ///
    /// On a directed graph the degree is in-degree plus out-degree and a reciprocated pair counts
    /// twice, as in networkx `core_number` and igraph `coreness(mode="all")`.
    ///
    /// - Reference: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of
    ///   networks", arXiv cs/0310049 (2003); S. B. Seidman, "Network structure and minimum degree",
    ///   Social Networks 5 (1983) 269–287.
    /// - Complexity: O(n + m).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { isDirected ? self.degree(of: $0) + inDegree(of: $0) : self.degree(of: $0) }
        let maxDegree = degree.max() ?? 0
        // bucketStart[d]: first position in `sorted` of the nodes whose current degree is d.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[d + 1] += 1 }
        for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
        var sorted = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = bucketStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            sorted[position[v]] = v
            fill[degree[v]] += 1
        }

        func peel(_ u: Int, from v: Int) {
            guard degree[u] > degree[v] else { return }
            // Move u to the front of its bucket, then shrink the bucket past it: u's degree drops.
            let du = degree[u], front = bucketStart[du], w = sorted[front]
            if u != w {
                sorted[position[u]] = w
                position[w] = position[u]
                sorted[front] = u
                position[u] = front
            }
            bucketStart[du] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = sorted[i]
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) { peel(Int(targets[arc]), from: v) }
            if isDirected {
                for arc in Int(inOffsets[v])..<Int(inOffsets[v + 1]) { peel(Int(inSources[arc]), from: v) }
            }
        }
        return degree
    }
}
