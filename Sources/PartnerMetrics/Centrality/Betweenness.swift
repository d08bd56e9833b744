import PartnerCore

extension Graph {
    /// Betweenness centrality: for each node `v`, the sum over ordered pairs `s ≠ v ≠ t` of the
    /// fraction of shortest `s`–`t` paths that pass through `v` (Freeman 1977), computed with
    /// Brandes' accumulation of pair dependencies.
    ///
    /// Normalised as networkx `betweenness_centrality(normalized=True)`: divided by
    /// `(n − 1)(n − 2)`, the number of ordered pairs not involving `v` — for an undirected graph
    /// that is the unordered-pair sum times `2 / ((n − 1)(n − 2))`. Not normalised, undirected
    /// sums count each unordered pair once (halved). Graphs with `n ≤ 2` give zeros.
    ///
    /// With `weighted`, a path's length is the sum of `1 / weight` over its arcs (a strong tie is a
    /// short one), searched with Dijkstra's algorithm; shortest paths tie only when their
    /// floating-point lengths are equal, as in networkx. Otherwise paths are counted in hops (BFS).
    ///
    /// The single-source passes run on `threads` threads, each with preallocated scratch buffers
    /// and its own partial sums, folded into the total in a fixed chunk order: the result is
    /// bitwise identical for any thread count.
    ///
    /// - Parameters:
    ///   - weighted: use `1 / weight` as arc length (a graph without weights has lengths 1).
    ///   - normalized: divide as described above.
    ///   - threads: worker threads; defaults to the core count.
    ///   - progress: called once per chunk of sources.
    /// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
    ///   Mathematical Sociology 25 (2001) 163–177; L. C. Freeman, "A set of measures of centrality
    ///   based on betweenness", Sociometry 40 (1977) 35–41.
    /// - Complexity: O(n·m) time unweighted, O(n·m·log n) weighted; O(n + m) memory per thread
    ///   unweighted (the successor lists), O(n) weighted.
    public func betweennessCentrality(
        weighted: Bool = false, normalized: Bool = true,
        threads: Int = ParallelChunks.defaultThreads, progress: ProgressHandler? = nil
    ) -> [Double] {
        let n = nodeCount
        let arcs = ArcLengths(self, weighted: weighted)
        let total = SharedBuffer(repeating: 0.0, count: n)
        ParallelChunks(count: n, threads: threads).run(
            makeWorker: { _ in BrandesWorker(nodeCount: n, arcCount: arcs.targets.count, weighted: weighted) },
            body: { worker, sources in
                arcs.withBuffers { offsets, targets, lengths in
                    for source in sources {
                        if weighted {
                            worker.accumulateDijkstra(from: Int32(source), offsets, targets, lengths)
                        } else {
                            worker.accumulateBFS(from: Int32(source), offsets, targets)
                        }
                    }
                }
            },
            mergeInOrder: { worker, _ in worker.moveSums(into: total.pointer) },
            progress: progress)

        var result = total.array
        let scale: Double
        if normalized {
            scale = n > 2 ? 1 / (Double(n - 1) * Double(n - 2)) : 1
        } else {
            scale = isDirected ? 1 : 0.5
        }
        if scale != 1 {
            for v in result.indices { result[v] *= scale }
        }
        return result
    }
}

/// One worker's scratch space for Brandes' algorithm, allocated once and reused for every source.
///
/// The accumulation phase walks nodes in reverse order of distance and *pulls* from successors:
/// `δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w)` over `w` with `d(w) = d(v) + len(v, w)`. Storing
/// `(1 + δ(w)) / σ(w)` per node makes that one addition per shortest-path arc.
///
/// Unweighted, the BFS records each node's shortest-path successors as it finds them, in one
/// array laid out in BFS order, so accumulation reads only those arcs (at most half of all arcs:
/// an edge joins adjacent levels in one direction or none) and never re-tests distances. The hop
/// count and σ of a node share a cache line, since the BFS reads both for the same node.
final class BrandesWorker {
    private let nodeCount: Int
    private var search: SearchBuffers
    /// Hop count (−1 when unreached) and σ of each node, for the BFS.
    private let level: UnsafeMutablePointer<LevelAndPaths>
    /// σ: number of shortest paths from the source, for Dijkstra.
    private let sigma: UnsafeMutablePointer<Double>
    /// (1 + δ) / σ of nodes already accumulated.
    private let coefficient: UnsafeMutablePointer<Double>
    /// Shortest-path successors of the reached nodes, node after node in BFS order.
    private let successors: UnsafeMutablePointer<Int32>
    /// `successorEnd[i]`: end in ``successors`` of the successors of the `i`-th reached node.
    private let successorEnd: UnsafeMutablePointer<Int32>
    /// Dependencies summed over the sources of the current chunk.
    private let partial: UnsafeMutablePointer<Double>

    struct LevelAndPaths {
        var hops: Int32
        var paths: Double
    }

    init(nodeCount n: Int, arcCount: Int, weighted: Bool) {
        nodeCount = n
        search = SearchBuffers(nodeCount: n, weighted: weighted)
        level = .allocate(capacity: n)
        level.initialize(repeating: LevelAndPaths(hops: -1, paths: 0), count: n)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        coefficient = .allocate(capacity: n)
        coefficient.initialize(repeating: 0, count: n)
        successors = .allocate(capacity: weighted ? 1 : max(1, arcCount))
        successorEnd = .allocate(capacity: max(1, n))
        partial = .allocate(capacity: n)
        partial.initialize(repeating: 0, count: n)
    }

    deinit {
        level.deallocate()
        successors.deallocate()
        successorEnd.deallocate()
        for pointer in [sigma, coefficient, partial] { pointer.deallocate() }
    }

    /// Adds this chunk's dependencies to `total` and clears them for the next chunk.
    func moveSums(into total: UnsafeMutableBufferPointer<Double>) {
        for v in 0..<nodeCount {
            total[v] += partial[v]
            partial[v] = 0
        }
    }

    /// One source of unweighted Brandes: BFS counting shortest paths and recording successors,
    /// then accumulation.
    func accumulateBFS(from source: Int32,
                       _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>) {
        let order = search.order
        level[Int(source)] = LevelAndPaths(hops: 0, paths: 1)
        order[0] = source
        var head = 0, tail = 1, found = Int32(0)
        while head < tail {
            let v = Int(order[head])
            let next = level[v].hops + 1
            let paths = level[v].paths
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = targets[arc]
                let hops = level[Int(w)].hops
                if hops < 0 {
                    level[Int(w)] = LevelAndPaths(hops: next, paths: paths)
                    order[tail] = w
                    tail += 1
                } else if hops == next {
                    level[Int(w)].paths += paths
                } else {
                    continue
                }
                successors[Int(found)] = w
                found += 1
            }
            successorEnd[head] = found
            head += 1
        }

        // order[0] is the source: its own dependency is not counted, and nothing pulls from it.
        for index in stride(from: tail - 1, to: 0, by: -1) {
            let v = Int(order[index])
            var sum = 0.0
            for arc in Int(successorEnd[index - 1])..<Int(successorEnd[index]) {
                sum += coefficient[Int(successors[arc])]
            }
            let paths = level[v].paths
            let delta = paths * sum
            coefficient[v] = (1 + delta) / paths
            partial[v] += delta
        }
        for index in 0..<tail { level[Int(order[index])].hops = -1 }
    }

    /// One source of weighted Brandes: Dijkstra counting shortest paths, then accumulation.
    func accumulateDijkstra(from source: Int32,
                            _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>,
                            _ lengths: UnsafeBufferPointer<Double>) {
        let distance = search.distance, order = search.order
        let settled = search.countShortestPaths(from: source, sigma: sigma, offsets, targets, lengths).settled

        for index in stride(from: settled - 1, to: 0, by: -1) {
            let v = Int(order[index])
            let base = distance[v]
            var sum = 0.0
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                if base + lengths[arc] == distance[w] { sum += coefficient[w] }
            }
            let delta = sigma[v] * sum
            coefficient[v] = (1 + delta) / sigma[v]
            partial[v] += delta
        }
        search.clearDistances(reached: settled)
    }}
