/// Seeded random graph models, for benchmarks and for comparing PartnerMap with other libraries on
/// the very same graphs (`Benchmarks/`, `Scripts/compare-peers`).
///
/// Every model draws from ``SplitMix64`` only, so a model, its size and a seed give the same edge
/// list on every platform and Swift version. Edges are `(u, v)` with `u < v`, sorted, no repeats.
public enum RandomGraphs {
    /// Barabási–Albert preferential attachment: start from `m` nodes without ties; each new node
    /// ties to `m` distinct earlier nodes, each chosen with probability proportional to its degree
    /// (uniform among the first `m` for the first new node), as networkx `barabasi_albert_graph`.
    ///
    /// - Reference: A.-L. Barabási, R. Albert, "Emergence of scaling in random networks",
    ///   Science 286 (1999) 509–512.
    /// - Complexity: O(n·m) expected time.
    public static func barabasiAlbert(nodes n: Int, attachments m: Int, seed: UInt64) -> [(Int32, Int32)] {
        precondition(m >= 1 && m < n, "need 1 ≤ m < n")
        var random = SplitMix64(seed: seed)
        // Each node appears once per tie end: drawing from it is drawing by degree.
        var ends: [Int32] = []
        ends.reserveCapacity(2 * n * m)
        var edges: [(Int32, Int32)] = []
        edges.reserveCapacity(n * m)
        var chosen = [Int32](repeating: -1, count: n)  // chosen[t] == source: t already drawn
        var targets = [Int32](0..<Int32(m))
        for source in Int32(m)..<Int32(n) {
            for t in targets {
                edges.append((t, source))
                ends.append(t)
                ends.append(source)
            }
            targets.removeAll(keepingCapacity: true)
            while targets.count < m {
                let t = ends[random.next(below: ends.count)]
                guard chosen[Int(t)] != source else { continue }
                chosen[Int(t)] = source
                targets.append(t)
            }
        }
        return sortedEdges(edges)
    }

    /// Watts–Strogatz small world: a ring where each node ties to its `k / 2` nearest neighbours on
    /// each side, then each tie `(u, u + j)` is rewired with probability `p` to `(u, w)`, `w` uniform
    /// among the nodes `u` is not yet tied to (networkx `watts_strogatz_graph`).
    ///
    /// - Reference: D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world' networks",
    ///   Nature 393 (1998) 440–442.
    /// - Complexity: O(n·k) expected time.
    public static func wattsStrogatz(nodes n: Int, neighbors k: Int, rewiring p: Double, seed: UInt64)
        -> [(Int32, Int32)]
    {
        precondition(k >= 2 && k % 2 == 0 && k < n, "need an even k with 2 ≤ k < n")
        var random = SplitMix64(seed: seed)
        var present = Set<UInt64>()
        func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
        var degree = [Int](repeating: k, count: n)
        for u in 0..<n {
            for j in 1...(k / 2) { present.insert(key(u, (u + j) % n)) }
        }
        for j in 1...(k / 2) {
            for u in 0..<n {
                let v = (u + j) % n
                guard random.nextUnit() < p, degree[u] < n - 1 else { continue }
                var w = random.next(below: n)
                while w == u || present.contains(key(u, w)) { w = random.next(below: n) }
                present.remove(key(u, v))
                present.insert(key(u, w))
                degree[v] -= 1
                degree[w] += 1
            }
        }
        return sortedEdges(present.map { (Int32(truncatingIfNeeded: $0 >> 32), Int32(truncatingIfNeeded: $0)) })
    }

    /// Stochastic block model: `blocks` groups of `blockSize` nodes (node `v` in group
    /// `v / blockSize`); each pair ties with probability `inside` within a group, `between` across.
    ///
    /// - Reference: P. W. Holland, K. B. Laskey, S. Leinhardt, "Stochastic blockmodels: first
    ///   steps", Social Networks 5 (1983) 109–137.
    /// - Complexity: O(n²).
    public static func blockModel(blocks: Int, blockSize: Int, inside: Double, between: Double, seed: UInt64)
        -> [(Int32, Int32)]
    {
        var random = SplitMix64(seed: seed)
        let n = blocks * blockSize
        var edges: [(Int32, Int32)] = []
        for u in 0..<n {
            for v in (u + 1)..<n {
                let p = u / blockSize == v / blockSize ? inside : between
                if random.nextUnit() < p { edges.append((Int32(u), Int32(v))) }
            }
        }
        return edges
    }

    private static func sortedEdges(_ edges: [(Int32, Int32)]) -> [(Int32, Int32)] {
        edges.map { ($0.0 < $0.1 ? $0.0 : $0.1, $0.0 < $0.1 ? $0.1 : $0.0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }
}
