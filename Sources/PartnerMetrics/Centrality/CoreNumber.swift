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
        var degree = (0..<n).map { Int32(isDirected ? self.degree(of: $0) + inDegree(of: $0) : self.degree(of: $0)) }
        let maxDegree = Int(degree.max() ?? 0)
        // bucketStart[d]: first position in `sorted` of the nodes whose current degree is d.
        var bucketStart = [Int32](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[Int(d) + 1] += 1 }
        for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
        var sorted = [Int32](repeating: 0, count: n)
        var position = [Int32](repeating: 0, count: n)
        var fill = bucketStart
        for v in 0..<n {
            position[v] = fill[Int(degree[v])]
            sorted[Int(position[v])] = Int32(v)
            fill[Int(degree[v])] += 1
        }
        // Raw buffers in the peeling loop: it runs once per arc (twice per tie).
        degree.withUnsafeMutableBufferPointer { degree in
            bucketStart.withUnsafeMutableBufferPointer { bucketStart in
                sorted.withUnsafeMutableBufferPointer { sorted in
                    position.withUnsafeMutableBufferPointer { position in
                        func peel(_ u: Int, from v: Int) {
                            guard degree[u] > degree[v] else { return }
                            // Move u to the front of its bucket, then shrink the bucket past it: u's degree drops.
                            let du = Int(degree[u]), front = Int(bucketStart[du]), w = Int(sorted[front])
                            if u != w {
                                sorted[Int(position[u])] = Int32(w)
                                position[w] = position[u]
                                sorted[front] = Int32(u)
                                position[u] = Int32(front)
                            }
                            bucketStart[du] += 1
                            degree[u] -= 1
                        }
                        func peelAll(_ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>,
                                     of v: Int) {
                            for arc in Int(offsets[v])..<Int(offsets[v + 1]) { peel(Int(targets[arc]), from: v) }
                        }
                        offsets.withUnsafeBufferPointer { offsets in
                            targets.withUnsafeBufferPointer { targets in
                                inOffsets.withUnsafeBufferPointer { inOffsets in
                                    inSources.withUnsafeBufferPointer { inSources in
                                        for i in 0..<n {
                                            let v = Int(sorted[i])
                                            peelAll(offsets, targets, of: v)
                                            if isDirected { peelAll(inOffsets, inSources, of: v) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree.map(Int.init)
    }
}
