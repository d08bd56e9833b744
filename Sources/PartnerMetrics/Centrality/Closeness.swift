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
    /// thread from its own search, so they do not depend on the thread count.
    ///
    /// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted; O(n) memory per thread.
    public func distanceCentralities(weighted: Bool = false, threads: Int = ParallelChunks.defaultThreads,
                                     progress: ProgressHandler? = nil) -> DistanceCentralities {
        let n = nodeCount
        let arcs = ArcLengths(self, reversed: true, weighted: weighted)
        let closeness = SharedBuffer<Double?>(repeating: nil, count: n)
        let harmonic = SharedBuffer<Double?>(repeating: nil, count: n)
        ParallelChunks(count: n, threads: threads).run(
            makeWorker: { _ in DistanceWorker(nodeCount: n, weighted: weighted) },
            body: { worker, nodes in
                arcs.withBuffers { offsets, targets, lengths in
                    for v in nodes {
                        let sums = weighted
                            ? worker.dijkstraSums(from: Int32(v), offsets, targets, lengths)
                            : worker.breadthFirstSums(from: Int32(v), offsets, targets)
                        closeness[v] = sums.closeness(nodeCount: n)
                        harmonic[v] = n > 1 ? sums.reciprocalDistance / Double(n - 1) : nil
                    }
                }
            },
            progress: progress)
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
