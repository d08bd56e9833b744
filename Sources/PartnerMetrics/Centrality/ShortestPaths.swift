import PartnerCore

/// Which arcs a single-source search follows and how long they are.
///
/// Shortest-path measures on a weighted network read a tie's strength as closeness of the two
/// organizations, so an arc's length is `1 / weight` (Newman 2001; Opsahl et al. 2010) — what
/// networkx computes when given `distance = 1/weight`. Lengths are computed once per measure,
/// not per source.
struct ArcLengths: Sendable {
    let offsets: [Int32]
    let targets: [Int32]
    /// `1 / weight` per arc, parallel to `targets`; `nil` for hop counts.
    let lengths: [Double]?

    /// - Parameters:
    ///   - reversed: follow arcs backwards (in-arcs), for measures defined on distances *to* a node.
    ///   - weighted: use `1 / weight` as length; a graph without weights has lengths 1.
    init(_ graph: Graph, reversed: Bool = false, weighted: Bool) {
        let useIn = reversed && graph.isDirected
        offsets = useIn ? graph.inOffsets : graph.offsets
        targets = useIn ? graph.inSources : graph.targets
        if weighted {
            let weights = useIn ? graph.inWeights : graph.weights
            lengths = weights.map { $0.map { 1 / $0 } } ?? Array(repeating: 1, count: targets.count)
        } else {
            lengths = nil
        }
    }

    /// Calls `body` with unsafe views of the arrays, valid only inside `body`.
    func withBuffers<R>(
        _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>) -> R
    ) -> R {
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                (lengths ?? []).withUnsafeBufferPointer { lengths in
                    body(offsets, targets, lengths)
                }
            }
        }
    }
}

/// The scratch buffers of one worker's single-source searches (BFS or Dijkstra), allocated once
/// and reused for every source: a search marks only the nodes it reaches and clears only those.
struct SearchBuffers: ~Copyable {
    /// Hop distance from the source (BFS), −1 when not reached.
    let hops: UnsafeMutablePointer<Int32>
    /// Length of the shortest path from the source (Dijkstra), +∞ when not reached.
    let distance: UnsafeMutablePointer<Double>
    /// Nodes in the order they were reached (BFS queue) or settled (Dijkstra).
    let order: UnsafeMutablePointer<Int32>
    /// Dijkstra's queue (empty capacity for BFS-only workers).
    var heap: NodeHeap

    init(nodeCount n: Int, weighted: Bool) {
        hops = .allocate(capacity: n)
        hops.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: n)
        distance.initialize(repeating: .infinity, count: n)
        order = .allocate(capacity: n)
        order.initialize(repeating: 0, count: n)
        heap = NodeHeap(capacity: weighted ? n : 0)
    }

    deinit {
        hops.deallocate()
        distance.deallocate()
        order.deallocate()
    }

    /// Forgets the BFS marks of the first `reached` nodes of `order`.
    func clearHops(reached: Int) {
        for index in 0..<reached { hops[Int(order[index])] = -1 }
    }

    /// Dijkstra's search from `source` that also counts shortest paths: fills ``distance`` and `σ`
    /// (`sigma`) and lists settled nodes in ``order``. Shortest paths tie only when their
    /// floating-point lengths are equal, as in networkx.
    ///
    /// - Parameter target: stop once this node is settled (−1: search everything reachable).
    /// - Returns: the nodes settled, then those still queued when the search stopped early: the
    ///   queue is emptied into ``order`` after the settled ones, so that
    ///   ``clearDistances(reached:)`` with their sum forgets every node the search touched.
    mutating func countShortestPaths(
        from source: Int32, until target: Int32 = -1, sigma: UnsafeMutablePointer<Double>,
        _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>,
        _ lengths: UnsafeBufferPointer<Double>
    ) -> (settled: Int, queued: Int) {
        distance[Int(source)] = 0
        sigma[Int(source)] = 1
        heap.insert(source, keys: distance)
        var settled = 0
        while !heap.isEmpty {
            let v = Int(heap.popMin(keys: distance))
            order[settled] = Int32(v)
            settled += 1
            if v == Int(target) { break }
            let base = distance[v]
            let paths = sigma[v]
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                let through = base + lengths[arc]
                let known = distance[w]
                if through < known {
                    // Unreached (+∞) or reached by a longer path; settled nodes are never longer.
                    distance[w] = through
                    sigma[w] = paths
                    if known == .infinity {
                        heap.insert(Int32(w), keys: distance)
                    } else {
                        heap.decreased(Int32(w), keys: distance)
                    }
                } else if through == known, heap.contains(Int32(w)) {
                    sigma[w] += paths
                }
            }
        }
        var queued = 0
        while !heap.isEmpty {
            order[settled + queued] = heap.popMin(keys: distance)
            queued += 1
        }
        return (settled, queued)
    }

    /// Forgets the Dijkstra distances of the first `reached` nodes of `order`.
    func clearDistances(reached: Int) {
        for index in 0..<reached { distance[Int(order[index])] = .infinity }
    }
}

/// A binary min-heap of node indices keyed by a caller-owned distance array, with decrease-key:
/// the priority queue of Dijkstra's algorithm. Storage is allocated once per worker and reused for
/// every source (igraph's `igraph_2wheap_t` plays the same part).
struct NodeHeap: ~Copyable {
    private let heap: UnsafeMutablePointer<Int32>
    /// Position of each node in `heap`, or −1 when it is not in the heap.
    private let position: UnsafeMutablePointer<Int32>
    private(set) var count = 0

    init(capacity: Int) {
        heap = .allocate(capacity: max(1, capacity))
        position = .allocate(capacity: max(1, capacity))
        position.initialize(repeating: -1, count: max(1, capacity))
    }

    deinit {
        heap.deallocate()
        position.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    func contains(_ node: Int32) -> Bool { position[Int(node)] >= 0 }

    mutating func insert(_ node: Int32, keys: UnsafeMutablePointer<Double>) {
        heap[count] = node
        position[Int(node)] = Int32(count)
        count += 1
        siftUp(count - 1, keys: keys)
    }

    /// Restores order after `keys[node]` decreased.
    mutating func decreased(_ node: Int32, keys: UnsafeMutablePointer<Double>) {
        siftUp(Int(position[Int(node)]), keys: keys)
    }

    /// Removes and returns the node with the smallest key.
    mutating func popMin(keys: UnsafeMutablePointer<Double>) -> Int32 {
        let top = heap[0]
        position[Int(top)] = -1
        count -= 1
        if count > 0 {
            heap[0] = heap[count]
            position[Int(heap[0])] = 0
            siftDown(0, keys: keys)
        }
        return top
    }

    private mutating func siftUp(_ start: Int, keys: UnsafeMutablePointer<Double>) {
        var i = start
        let node = heap[i]
        let key = keys[Int(node)]
        while i > 0 {
            let parent = (i - 1) / 2
            let other = heap[parent]
            guard key < keys[Int(other)] else { break }
            heap[i] = other
            position[Int(other)] = Int32(i)
            i = parent
        }
        heap[i] = node
        position[Int(node)] = Int32(i)
    }

    private mutating func siftDown(_ start: Int, keys: UnsafeMutablePointer<Double>) {
        var i = start
        let node = heap[i]
        let key = keys[Int(node)]
        while true {
            var child = 2 * i + 1
            guard child < count else { break }
            if child + 1 < count, keys[Int(heap[child + 1])] < keys[Int(heap[child])] { child += 1 }
            let other = heap[child]
            guard keys[Int(other)] < key else { break }
            heap[i] = other
            position[Int(other)] = Int32(i)
            i = child
        }
        heap[i] = node
        position[Int(node)] = Int32(i)
    }
}
