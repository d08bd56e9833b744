import Foundation
import PartnerCore

/// Betweenness estimated from sampled shortest paths, with its guarantee.
public struct ApproximateBetweenness: Sendable, Equatable {
    /// Estimated betweenness per node, normalised (or not) as ``PartnerCore/Graph/betweennessCentrality(weighted:normalized:threads:progress:)``.
    public var values: [Double]
    /// Every normalised value is within this distance of the exact one, with probability
    /// ≥ 1 − ``failureProbability``: ε · n / (n − 2) (the sampling bound ε is on the
    /// Riondato–Kornaropoulos scale, which divides by n(n − 1) instead of (n − 1)(n − 2)).
    public var errorBound: Double
    /// ε as requested.
    public var epsilon: Double
    /// δ: the probability that some value misses the bound.
    public var failureProbability: Double
    /// Upper bound on the vertex diameter (nodes on a longest shortest path) that sized the sample.
    public var vertexDiameterBound: Int
    /// Number of sampled paths: ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉, c = 0.5.
    public var samples: Int
    public var seed: UInt64
}

extension Graph {
    /// The constant of the Riondato–Kornaropoulos sample size (their experiments' c = 0.5).
    static let sampleSizeConstant = 0.5

    /// Betweenness estimated by sampling shortest paths (Riondato & Kornaropoulos 2016): draw `r`
    /// ordered pairs `(s, t)` of distinct nodes uniformly, pick one shortest `s`–`t` path uniformly
    /// among all of them, and credit `1 / r` to each node inside it. With
    /// `r = (c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))`, every node's estimate is within ε of
    /// `Σ_{s≠v≠t} σ_st(v) / σ_st / (n(n − 1))` with probability at least `1 − δ`, whatever the size
    /// of the graph; VD bounds the vertex diameter.
    ///
    /// The estimate is rescaled to the exact measure's normalisation (networkx's, divided by
    /// `(n − 1)(n − 2)`), so the bound becomes `ε · n / (n − 2)`; see ``ApproximateBetweenness/errorBound``.
    ///
    /// Unweighted, each pair is searched by a balanced bidirectional BFS that stops where the two
    /// searches meet (as KADABRA does, Borassi & Natale 2016): on small-world networks it touches a
    /// small fraction of the graph. Weighted (`1 / weight` lengths), a Dijkstra search from `s` stops
    /// once `t` is settled. VD is bounded by the two largest distances from one node of each
    /// component (undirected, unweighted), else by the largest weakly connected component's size.
    ///
    /// Sample `i` draws its pair and path from its own ``SplitMix64`` seeded by `seed` and `i`, and
    /// counts are integers: the result depends on `seed` only, never on `threads`.
    ///
    /// - Parameters:
    ///   - epsilon: additive error ε, in (0, 1).
    ///   - failureProbability: δ, in (0, 1).
    /// - Reference: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness
    ///   centrality through sampling", Data Mining and Knowledge Discovery 30 (2016) 438–475;
    ///   M. Borassi, E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random
    ///   Approximation", ESA 2016.
    /// - Complexity: O(r · m) worst case (far less with early-stopping searches), O(n + m) memory
    ///   per thread; r does not grow with n.
    public func approximateBetweenness(
        epsilon: Double, failureProbability: Double = 0.1, seed: UInt64 = 1, weighted: Bool = false,
        normalized: Bool = true, threads: Int = ParallelChunks.defaultThreads, progress: ProgressHandler? = nil
    ) -> ApproximateBetweenness {
        precondition(epsilon > 0 && epsilon < 1, "ε must lie in (0, 1)")
        precondition(failureProbability > 0 && failureProbability < 1, "δ must lie in (0, 1)")
        let n = nodeCount
        let diameter = vertexDiameterBound(weighted: weighted)
        var samples = 0
        if n > 2, diameter > 2 {
            let logTerm = log2(Double(diameter - 2)).rounded(.down) + 1
            let size = Self.sampleSizeConstant / (epsilon * epsilon) * (logTerm + log(1 / failureProbability))
            samples = Int(size.rounded(.up))
        }
        let counts = SharedBuffer(repeating: 0, count: n)
        if samples > 0 {
            let forward = ArcLengths(self, weighted: weighted)
            let backward = ArcLengths(self, reversed: true, weighted: weighted)
            ParallelChunks(count: samples, threads: threads).run(
                makeWorker: { _ in PathSampler(nodeCount: n, weighted: weighted) },
                body: { sampler, range in
                    forward.withBuffers { offsets, targets, lengths in
                        backward.withBuffers { inOffsets, inSources, inLengths in
                            let graph = SampledGraph(offsets: offsets, targets: targets, lengths: lengths,
                                                     inOffsets: inOffsets, inSources: inSources, inLengths: inLengths)
                            for sample in range {
                                var random = SplitMix64(seed: seed ^ (UInt64(sample) &* 0xD1B5_4A32_D192_ED03))
                                let s = random.next(below: n)
                                var t = random.next(below: n - 1)
                                if t >= s { t += 1 }
                                if weighted {
                                    sampler.sampleDijkstra(Int32(s), Int32(t), graph, &random)
                                } else {
                                    sampler.sampleBidirectional(Int32(s), Int32(t), graph, &random)
                                }
                            }
                        }
                    }
                },
                mergeInOrder: { sampler, _ in sampler.moveCounts(into: counts.pointer) },
                progress: progress)
        }
        // counts / r estimates Σ σ_st(v)/σ_st / (n(n − 1)) over ordered pairs.
        let orderedPairs = Double(n) * Double(max(n - 1, 0))
        let scale: Double
        if normalized {
            scale = n > 2 ? orderedPairs / (Double(n - 1) * Double(n - 2)) : 0
        } else {
            scale = orderedPairs * (isDirected ? 1 : 0.5)
        }
        let values = counts.array.map { samples > 0 ? Double($0) / Double(samples) * scale : 0 }
        return ApproximateBetweenness(
            values: values, errorBound: n > 2 ? epsilon * Double(n) / Double(n - 2) : 0, epsilon: epsilon,
            failureProbability: failureProbability, vertexDiameterBound: diameter, samples: samples, seed: seed)
    }

    /// An upper bound on the number of nodes on any shortest path.
    ///
    /// Undirected and unweighted: in each component, a BFS from its first node gives the two largest
    /// distances `e₁ ≥ e₂`, and every distance there is at most `e₁ + e₂` (through that node), so
    /// VD ≤ e₁ + e₂ + 1. Otherwise a shortest path has at most as many nodes as the largest weakly
    /// connected component (Riondato & Kornaropoulos 2016, §5.1).
    ///
    /// - Complexity: O(n + m).
    func vertexDiameterBound(weighted: Bool) -> Int {
        let n = nodeCount
        var hops = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var bound = 0
        for start in 0..<n where hops[start] < 0 {
            hops[start] = 0
            queue[0] = Int32(start)
            var head = 0, tail = 1
            var first: Int32 = 0, second: Int32 = 0
            while head < tail {
                let u = Int(queue[head])
                head += 1
                let next = hops[u] + 1
                func visit(_ w: Int32) {
                    guard hops[Int(w)] < 0 else { return }
                    hops[Int(w)] = next
                    queue[tail] = w
                    tail += 1
                    if next >= first { (first, second) = (next, first) } else if next > second { second = next }
                }
                for w in neighbors(of: u) { visit(w) }
                if isDirected { for w in inNeighbors(of: u) { visit(w) } }
            }
            let component = isDirected || weighted ? tail : min(tail, Int(first + second) + 1)
            bound = max(bound, component)
        }
        return bound
    }
}

/// The arrays a path sampler reads: out-arcs and in-arcs (the same for an undirected graph).
struct SampledGraph {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
    let lengths: UnsafeBufferPointer<Double>
    let inOffsets: UnsafeBufferPointer<Int32>
    let inSources: UnsafeBufferPointer<Int32>
    let inLengths: UnsafeBufferPointer<Double>
}

/// One worker's scratch space for sampling shortest paths, allocated once and reused per sample;
/// each search marks only the nodes it reaches and clears only those.
final class PathSampler {
    private let nodeCount: Int
    /// Hops from s (forward) and to t (backward), −1 when not reached.
    private let forwardHops: UnsafeMutablePointer<Int32>
    private let backwardHops: UnsafeMutablePointer<Int32>
    /// Shortest paths from s / to t.
    private let forwardPaths: UnsafeMutablePointer<Double>
    private let backwardPaths: UnsafeMutablePointer<Double>
    /// Nodes reached by each search, in order; each search's frontier is a suffix.
    private let forwardOrder: UnsafeMutablePointer<Int32>
    private let backwardOrder: UnsafeMutablePointer<Int32>
    /// Nodes where the searches met (shortest paths cross each exactly once).
    private let meeting: UnsafeMutablePointer<Int32>
    /// Dijkstra's buffers (weighted only); σ goes in `forwardPaths`.
    private var search: SearchBuffers
    /// How many sampled paths passed through each node inside them, this chunk.
    private let counts: UnsafeMutablePointer<Int>

    init(nodeCount n: Int, weighted: Bool) {
        nodeCount = n
        forwardHops = .allocate(capacity: n)
        forwardHops.initialize(repeating: -1, count: n)
        backwardHops = .allocate(capacity: n)
        backwardHops.initialize(repeating: -1, count: n)
        forwardPaths = .allocate(capacity: n)
        forwardPaths.initialize(repeating: 0, count: n)
        backwardPaths = .allocate(capacity: n)
        backwardPaths.initialize(repeating: 0, count: n)
        forwardOrder = .allocate(capacity: n)
        backwardOrder = .allocate(capacity: n)
        meeting = .allocate(capacity: n)
        search = SearchBuffers(nodeCount: weighted ? n : 0, weighted: weighted)
        counts = .allocate(capacity: n)
        counts.initialize(repeating: 0, count: n)
    }

    deinit {
        forwardHops.deallocate()
        backwardHops.deallocate()
        forwardOrder.deallocate()
        backwardOrder.deallocate()
        meeting.deallocate()
        forwardPaths.deallocate()
        backwardPaths.deallocate()
        counts.deallocate()
    }

    /// Adds this chunk's counts to `total` and clears them for the next chunk.
    func moveCounts(into total: UnsafeMutableBufferPointer<Int>) {
        for v in 0..<nodeCount {
            total[v] += counts[v]
            counts[v] = 0
        }
    }

    /// One unweighted sample: balanced bidirectional BFS between `s` and `t`, one shortest path
    /// drawn uniformly, its inner nodes counted.
    ///
    /// Each round expands the whole frontier of the side whose frontier has fewer arcs. When it
    /// reaches nodes the other side has reached, the searches have met: every shortest path crosses
    /// exactly one of those nodes `x` (they all lie at the same depth), through `σ_s(x) · σ_t(x)` paths.
    func sampleBidirectional(_ s: Int32, _ t: Int32, _ g: SampledGraph, _ random: inout SplitMix64) {
        forwardHops[Int(s)] = 0
        forwardPaths[Int(s)] = 1
        forwardOrder[0] = s
        backwardHops[Int(t)] = 0
        backwardPaths[Int(t)] = 1
        backwardOrder[0] = t
        // Frontiers: order[start..<end]; `arcs` counts their arcs, the cost of expanding them.
        var forwardStart = 0, forwardEnd = 1, backwardStart = 0, backwardEnd = 1
        var forwardArcs = Int(g.offsets[Int(s) + 1] - g.offsets[Int(s)])
        var backwardArcs = Int(g.inOffsets[Int(t) + 1] - g.inOffsets[Int(t)])
        var met = 0
        while met == 0, forwardStart < forwardEnd, backwardStart < backwardEnd {
            if forwardArcs <= backwardArcs {
                (forwardStart, forwardEnd, forwardArcs, met) = expand(
                    g.offsets, g.targets, forwardStart, forwardEnd,
                    hops: forwardHops, paths: forwardPaths, order: forwardOrder, other: backwardHops)
            } else {
                (backwardStart, backwardEnd, backwardArcs, met) = expand(
                    g.inOffsets, g.inSources, backwardStart, backwardEnd,
                    hops: backwardHops, paths: backwardPaths, order: backwardOrder, other: forwardHops)
            }
        }
        if met > 0 {
            var total = 0.0
            for i in 0..<met { total += forwardPaths[Int(meeting[i])] * backwardPaths[Int(meeting[i])] }
            var pick = random.nextUnit() * total
            var x = meeting[met - 1]
            for i in 0..<met {
                let node = meeting[i]
                pick -= forwardPaths[Int(node)] * backwardPaths[Int(node)]
                if pick < 0 { x = node; break }
            }
            if x != s && x != t { counts[Int(x)] += 1 }
            walk(from: x, g.inOffsets, g.inSources, hops: forwardHops, paths: forwardPaths, &random)
            walk(from: x, g.offsets, g.targets, hops: backwardHops, paths: backwardPaths, &random)
        }
        for i in 0..<forwardEnd { forwardHops[Int(forwardOrder[i])] = -1 }
        for i in 0..<backwardEnd { backwardHops[Int(backwardOrder[i])] = -1 }
    }

    /// Expands the frontier `order[start..<end]` of one search by one level, counting paths, and
    /// records in ``meeting`` the new nodes the other search has reached.
    ///
    /// - Returns: the new frontier's bounds, its arc count and the number of meeting nodes.
    private func expand(
        _ offsets: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>, _ start: Int, _ end: Int,
        hops: UnsafeMutablePointer<Int32>, paths: UnsafeMutablePointer<Double>,
        order: UnsafeMutablePointer<Int32>, other: UnsafeMutablePointer<Int32>
    ) -> (Int, Int, Int, Int) {
        var tail = end, arcs = 0, met = 0
        let next = hops[Int(order[start])] + 1
        for index in start..<end {
            let v = Int(order[index])
            let through = paths[v]
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                let known = hops[w]
                if known < 0 {
                    hops[w] = next
                    paths[w] = through
                    order[tail] = Int32(w)
                    tail += 1
                    arcs += Int(offsets[w + 1] - offsets[w])
                    if other[w] >= 0 {
                        meeting[met] = Int32(w)
                        met += 1
                    }
                } else if known == next {
                    paths[w] += through
                }
            }
        }
        return (end, tail, arcs, met)
    }

    /// Walks from `x` back to the search's start along arcs to nodes one hop closer, each chosen
    /// with probability σ(u) / σ(w), counting the nodes passed other than the start.
    private func walk(from x: Int32, _ offsets: UnsafeBufferPointer<Int32>,
                      _ targets: UnsafeBufferPointer<Int32>, hops: UnsafeMutablePointer<Int32>,
                      paths: UnsafeMutablePointer<Double>, _ random: inout SplitMix64) {
        var w = Int(x)
        while hops[w] > 1 {
            let closer = hops[w] - 1
            var pick = random.nextUnit() * paths[w]
            var chosen = -1
            for arc in Int(offsets[w])..<Int(offsets[w + 1]) {
                let u = Int(targets[arc])
                guard hops[u] == closer else { continue }
                chosen = u
                pick -= paths[u]
                if pick < 0 { break }
            }
            w = chosen
            counts[w] += 1
        }
    }

    /// One weighted sample: Dijkstra from `s` until `t` is settled, then a walk back from `t`
    /// along arcs on shortest paths, each chosen with probability σ(u) / σ(w).
    func sampleDijkstra(_ s: Int32, _ t: Int32, _ g: SampledGraph, _ random: inout SplitMix64) {
        let distance = search.distance, sigma = forwardPaths
        let (settled, queued) = search.countShortestPaths(from: s, until: t, sigma: sigma,
                                                          g.offsets, g.targets, g.lengths)
        let reached = search.order[settled - 1] == t
        if reached {
            // Predecessors of w: settled u with d(u) + len(u, w) = d(w) — the exact kernel's test.
            var w = Int(t)
            while w != Int(s) {
                var pick = random.nextUnit() * sigma[w]
                var chosen = -1
                for arc in Int(g.inOffsets[w])..<Int(g.inOffsets[w + 1]) {
                    let u = Int(g.inSources[arc])
                    guard distance[u] + g.inLengths[arc] == distance[w], distance[u] < distance[w] else { continue }
                    chosen = u
                    pick -= sigma[u]
                    if pick < 0 { break }
                }
                w = chosen
                if w != Int(s) { counts[w] += 1 }
            }
        }
        search.clearDistances(reached: settled + queued)
    }
}
