import PartnerCore

/// Closeness and harmonic centrality of every node, from one shortest-path search per node.
public struct DistanceCentralities: Sendable, Equatable {
    /// See ``PartnerCore/Graph/closenessCentrality(weighted:threads:progress:)``.
    public var closeness: [Double?]
    /// See ``PartnerCore/Graph/harmonicCentrality(weighted:threads:progress:)``.
    public var harmonic: [Double?]
}

extension Graph {
    /// Closeness centrality with Wasserman and Faust's correction for disconnected graphs:
    /// `C(v) = (r − 1) / Σ d(u, v) · (r − 1) / (n − 1)`, where the sum runs over the `r − 1`
    /// other nodes that can reach `v` (r counts `v` itself). In a connected graph it is Freeman's
    /// `(n − 1) / Σ d`. Equals networkx `closeness_centrality` (default `wf_improved=True`),
    /// which on a directed graph uses *incoming* distances, `d(u, v)` from `u` to `v`.
    ///
    /// Undefined (`nil`) when no other node reaches `v` — an isolate, or `n = 1`; networkx reports 0.
    ///
    /// - Parameters:
    ///   - weighted: path length is the sum of `1 / weight` (networkx `distance=1/weight`).
    ///   - threads: worker threads; the result does not depend on them.
    ///   - progress: called once per chunk of nodes.
    /// - Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification",
    ///   Social Networks 1 (1979) 215–239; S. Wasserman, K. Faust, *Social Network Analysis:
    ///   Methods and Applications*, Cambridge University Press, 1994, §5.3.
    /// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted; O(n) memory per thread.
    public func closenessCentrality(weighted: Bool = false, threads: Int = ParallelChunks.defaultThreads,
                                    progress: ProgressHandler? = nil) -> [Double?] {
        distanceCentralities(weighted: weighted, threads: threads, progress: progress).closeness
    }

    /// Harmonic centrality: `H(v) = Σ 1 / d(u, v)` over the other nodes `u` (an unreachable node
    /// adds 0), divided by `n − 1` so that values lie in [0, 1] — PartnerMap's normalisation
    /// (DESIGN §4). networkx `harmonic_centrality` returns the undivided sum; on a directed graph it
    /// too sums incoming distances, `d(u, v)` from `u` to `v`. igraph's
    /// `harmonic_centrality(mode="in", normalized=True)` is this value.
    ///
    /// Defined (0) for an isolate, unlike closeness; `nil` only when `n = 1`.
    ///
    /// - Parameters: as ``closenessCentrality(weighted:threads:progress:)``.
    /// - Reference: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285 (2000)
    ///   539–546; Y. Rochat, "Closeness centrality extended to unconnected graphs: the harmonic
    ///   centrality index", ASNA 2009.
    /// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted; O(n) memory per thread.
    public func harmonicCentrality(weighted: Bool = false, threads: Int = ParallelChunks.defaultThreads,
                                   progress: ProgressHandler? = nil) -> [Double?] {
        distanceCentralities(weighted: weighted, threads: threads, progress: progress).harmonic
    }

    /// Closeness and harmonic centrality together, from one search per node (BFS, or Dijkstra on
    /// `1 / weight` with `weighted`) along incoming arcs. Each node's values are computed by one
    /// thread from its own search, so they do not depend on the thread count. Unweighted, the
    /// searches run 64 at a time as one bit-parallel BFS (``MultiSourceBFS``).
    ///
    /// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted; O(n) memory per thread.
    public func distanceCentralities(weighted: Bool = false, threads: Int = ParallelChunks.defaultThreads,
                                     progress: ProgressHandler? = nil) -> DistanceCentralities {
        let n = nodeCount
        let arcs = ArcLengths(self, reversed: true, weighted: weighted)
        let closeness = SharedBuffer<Double?>(repeating: nil, count: n)
        let harmonic = SharedBuffer<Double?>(repeating: nil, count: n)
        @Sendable func record(_ v: Int, _ sums: DistanceSums) {
            closeness[v] = sums.closeness(nodeCount: n)
            harmonic[v] = n > 1 ? sums.reciprocalDistance / Double(n - 1) : nil
        }
        if weighted {
            ParallelChunks(count: n, threads: threads).run(
                makeWorker: { _ in DistanceWorker(nodeCount: n, weighted: true) },
                body: { worker, nodes in
                    arcs.withBuffers { offsets, targets, lengths in
                        for v in nodes { record(v, worker.dijkstraSums(from: Int32(v), offsets, targets, lengths)) }
                    }
                },
                progress: progress)
        } else {
            // 64 searches at once, one per bit (see ``MultiSourceBFS``).
            let batches = (n + MultiSourceBFS.width - 1) / MultiSourceBFS.width
            ParallelChunks(count: batches, threads: threads).run(
                makeWorker: { _ in MultiSourceBFS(nodeCount: n) },
                body: { worker, range in
                    arcs.withBuffers { offsets, targets, _ in
                        for batch in range {
                            let first = batch * MultiSourceBFS.width
                            let sources = first..<min(first + MultiSourceBFS.width, n)
                            worker.search(from: sources, offsets, targets) { v, sums in record(v, sums) }
                        }
                    }
                },
                progress: progress)
        }
        return DistanceCentralities(closeness: closeness.array, harmonic: harmonic.array)
    }
}

/// What one search from a node yields.
struct DistanceSums {
    /// Nodes reached, the start included.
    var reached: Int
    var totalDistance: Double
    var reciprocalDistance: Double

    /// Wasserman–Faust closeness, with networkx's order of operations.
    func closeness(nodeCount n: Int) -> Double? {
        guard totalDistance > 0, n > 1 else { return nil }
        let others = Double(reached - 1)
        return others / totalDistance * (others / Double(n - 1))
    }
}

/// One worker's scratch space for distance searches, allocated once and reused for every node.
final class DistanceWorker {
    private var search: SearchBuffers

    init(nodeCount n: Int, weighted: Bool) {
        search = SearchBuffers(nodeCount: n, weighted: weighted)
    }

    func breadthFirstSums(from start: Int32, _ offsets: UnsafeBufferPointer<Int32>,
                          _ targets: UnsafeBufferPointer<Int32>) -> DistanceSums {
        let hops = search.hops, order = search.order
        hops[Int(start)] = 0
        order[0] = start
        var head = 0, tail = 1
        var total = 0
        var reciprocal = 0.0
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            var found = 0
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                if hops[w] < 0 {
                    hops[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                    found += 1
                }
            }
            if found > 0 {
                total += found * Int(next)
                reciprocal += Double(found) / Double(next)
            }
        }
        search.clearHops(reached: tail)
        return DistanceSums(reached: tail, totalDistance: Double(total), reciprocalDistance: reciprocal)
    }

    func dijkstraSums(from start: Int32, _ offsets: UnsafeBufferPointer<Int32>,
                      _ targets: UnsafeBufferPointer<Int32>, _ lengths: UnsafeBufferPointer<Double>)
        -> DistanceSums
    {
        let distance = search.distance, order = search.order
        distance[Int(start)] = 0
        search.heap.insert(start, keys: distance)
        var settled = 0
        var total = 0.0
        var reciprocal = 0.0
        while !search.heap.isEmpty {
            let v = Int(search.heap.popMin(keys: distance))
            order[settled] = Int32(v)
            settled += 1
            let base = distance[v]
            if base > 0 {
                total += base
                reciprocal += 1 / base
            }
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                let through = base + lengths[arc]
                let known = distance[w]
                guard through < known else { continue }
                distance[w] = through
                if known == .infinity {
                    search.heap.insert(Int32(w), keys: distance)
                } else {
                    search.heap.decreased(Int32(w), keys: distance)
                }
            }
        }
        search.clearDistances(reached: settled)
        return DistanceSums(reached: settled, totalDistance: total, reciprocalDistance: reciprocal)
    }
}

/// 64 breadth-first searches at once, one per bit of a word (the multi-source BFS of Then et al.,
/// "The more the merrier: efficient multi-source graph traversal", PVLDB 8 (2014) 449–460).
///
/// Each node holds three 64-bit masks: the searches that have reached it (`seen`), those for which
/// it is on the current frontier (`frontier`), and those reaching it next (`next`). A level scans
/// each frontier node's arcs once for all its searches together, so on small-world networks, whose
/// searches overlap almost entirely, one pass over the arcs per level serves 64 sources. Distances
/// are integers, so each source's sums are exact and independent of which word it shares.
final class MultiSourceBFS {
    static let width = 64
    private let nodeCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>

    init(nodeCount n: Int) {
        nodeCount = n
        seen = .allocate(capacity: max(1, n))
        frontier = .allocate(capacity: max(1, n))
        next = .allocate(capacity: max(1, n))
        for buffer in [seen, frontier, next] { buffer.initialize(repeating: 0, count: max(1, n)) }
    }

    deinit {
        for buffer in [seen, frontier, next] { buffer.deallocate() }
    }

    /// Searches from every node of `sources` (at most 64) and hands each its ``DistanceSums``.
    func search(from sources: Range<Int>, _ offsets: UnsafeBufferPointer<Int32>,
                _ targets: UnsafeBufferPointer<Int32>, _ report: (Int, DistanceSums) -> Void) {
        let n = nodeCount
        var reached = [Int](repeating: 1, count: Self.width)
        var total = [Int](repeating: 0, count: Self.width)
        var reciprocal = [Double](repeating: 0, count: Self.width)
        var foundAtLevel = [Int](repeating: 0, count: Self.width)
        for (bit, source) in sources.enumerated() {
            seen[source] |= 1 << UInt64(bit)
            frontier[source] |= 1 << UInt64(bit)
        }
        var level = 0
        var active = true
        while active {
            level += 1
            for v in 0..<n where frontier[v] != 0 {
                let mask = frontier[v]
                for arc in Int(offsets[v])..<Int(offsets[v + 1]) { next[Int(targets[arc])] |= mask }
            }
            active = false
            for w in 0..<n {
                let fresh = next[w] & ~seen[w]
                frontier[w] = fresh
                next[w] = 0
                guard fresh != 0 else { continue }
                seen[w] |= fresh
                active = true
                var bits = fresh
                while bits != 0 {
                    foundAtLevel[bits.trailingZeroBitCount] += 1
                    bits &= bits - 1
                }
            }
            for bit in 0..<sources.count where foundAtLevel[bit] > 0 {
                let found = foundAtLevel[bit]
                reached[bit] += found
                total[bit] += found * level
                reciprocal[bit] += Double(found) / Double(level)
                foundAtLevel[bit] = 0
            }
        }
        for w in 0..<n { seen[w] = 0 }
        for (bit, source) in sources.enumerated() {
            report(source, DistanceSums(reached: reached[bit], totalDistance: Double(total[bit]),
                                        reciprocalDistance: reciprocal[bit]))
        }
    }
}
