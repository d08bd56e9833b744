import PartnerCore

/// Diameter and average shortest-path length of one component.
public struct ComponentDistances: Sendable, Equatable {
    /// Nodes in the component.
    public let size: Int
    /// Longest shortest path, in ties (0 for a single node).
    public let diameter: Int
    /// Mean shortest-path length over the ordered pairs of distinct nodes; `nil` for a single node.
    public let averagePathLength: Double?
}

extension Cohesion {
    /// Diameter and average shortest-path length (in ties, unweighted) of every component, in the
    /// order of `components`.
    ///
    /// Distances are those of networkx `diameter` and `average_shortest_path_length` on each
    /// component's subgraph. For a directed graph, pass ``Components/stronglyConnected(_:)``: every
    /// node of a strongly connected component reaches every other, and shortest paths between them
    /// never leave it, so one breadth-first search per node over the whole graph, counting only
    /// nodes of its own component, gives the subgraph's distances.
    ///
    /// The breadth-first searches run on `threads` threads (``ParallelChunks``), each with its own
    /// scratch buffers and integer partial sums, so the result does not depend on the thread count.
    ///
    /// - Complexity: O(n·m), one breadth-first search per node, with reused scratch buffers.
    ///
    /// With `sources`, only searches from those nodes run (a sample, on networks too large for all
    /// pairs): a component's average path length is then the mean over its sampled sources, an
    /// unbiased estimate, and its diameter the largest eccentricity among them, a lower bound. A
    /// component without a sampled source gets diameter 0 and no average.
    public static func componentDistances(_ graph: Graph, components: Components, sources: [Int]? = nil,
                                          threads: Int = ParallelChunks.defaultThreads) -> [ComponentDistances] {
        let n = graph.nodeCount
        precondition(components.membership.count == n, "components of another graph")
        let k = components.count
        let diameter = SharedBuffer(repeating: 0, count: k)
        let total = SharedBuffer(repeating: 0, count: k)
        // Searches per component: every node, or the sampled ones.
        var searched = components.sizes
        if let sources {
            searched = [Int](repeating: 0, count: k)
            for source in sources { searched[Int(components.membership[source])] += 1 }
        }
        let sampled = sources
        ParallelChunks(count: sources?.count ?? n, threads: threads).run(
            makeWorker: { _ in ComponentDistanceWorker(nodeCount: n, componentCount: k) },
            body: { worker, items in
                // Raw buffers: array slices per neighbour list cost a retain and release each,
                // which was 40 % of the time.
                graph.offsets.withUnsafeBufferPointer { offsets in
                    graph.targets.withUnsafeBufferPointer { targets in
                        components.membership.withUnsafeBufferPointer { membership in
                            for item in items {
                                let source = sampled?[item] ?? item
                                guard components.sizes[Int(membership[source])] > 1 else { continue }
                                worker.search(from: source, offsets, targets, membership)
                            }
                        }
                    }
                }
            },
            mergeInOrder: { worker, _ in
                for c in 0..<k {
                    diameter[c] = max(diameter[c], worker.diameter[c])
                    total[c] += worker.total[c]
                    worker.diameter[c] = 0
                    worker.total[c] = 0
                }
            })
        return components.sizes.indices.map { c in
            let size = components.sizes[c]
            return ComponentDistances(
                size: size, diameter: diameter[c],
                averagePathLength: size > 1 && searched[c] > 0
                    ? Double(total[c]) / (Double(searched[c]) * Double(size - 1)) : nil)
        }
    }
}

/// One thread's scratch space for ``Cohesion/componentDistances(_:components:threads:)``.
private struct ComponentDistanceWorker {
    var distance: [Int32]
    var queue: [Int32]
    /// Partial results of the current chunk, per component.
    var diameter: [Int]
    var total: [Int]

    init(nodeCount: Int, componentCount: Int) {
        distance = [Int32](repeating: -1, count: nodeCount)
        queue = [Int32](repeating: 0, count: nodeCount)
        diameter = [Int](repeating: 0, count: componentCount)
        total = [Int](repeating: 0, count: componentCount)
    }

    /// Breadth-first search from `source` along the CSR arrays, counting only nodes of its component.
    mutating func search(from source: Int, _ offsets: UnsafeBufferPointer<Int32>,
                         _ targets: UnsafeBufferPointer<Int32>, _ membership: UnsafeBufferPointer<Int32>) {
        let component = membership[source]
        var farthest: Int32 = 0, sum = 0
        distance.withUnsafeMutableBufferPointer { distance in
            queue.withUnsafeMutableBufferPointer { queue in
                distance[source] = 0
                queue[0] = Int32(source)
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(queue[head])
                    head += 1
                    let next = distance[v] + 1
                    for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(targets[arc])
                        guard distance[w] < 0, membership[w] == component else { continue }
                        distance[w] = next
                        queue[tail] = Int32(w)
                        tail += 1
                        farthest = next
                        sum += Int(next)
                    }
                }
                for i in 0..<tail { distance[Int(queue[i])] = -1 }
            }
        }
        diameter[Int(component)] = max(diameter[Int(component)], Int(farthest))
        total[Int(component)] += sum
    }
}
