import PartnerCore

/// Rooted (personalized) PageRank: the probability that a random walk from `source`, which at each
/// step follows a random tie with probability `damping` and jumps back to `source` otherwise, is at
/// each organization (Page, Brin, Motwani & Winograd 1999; as a link predictor Liben-Nowell &
/// Kleinberg 2007, "rooted PageRank").
///
/// π_s = (1 − d)·e_s + d·π_s·P, P the walk's transition matrix (1/deg u on each tie of u); equal to
/// networkx's `pagerank(G, alpha=d, personalization={s: 1})` (a walk at an organization with no tie
/// jumps back to the source, networkx's default for dangling nodes).
///
/// Computed by forward push (Andersen, Chung & Lang 2006): a residual starts as 1 at the source; a
/// push at v keeps (1 − d)·r_v as its estimate and spreads d·r_v evenly over its ties; pushes stop when
/// every residual is below `tolerance`·deg v. The estimate then underestimates π_s by at most
/// `tolerance`·2m in total (L1), and only organizations near the source are ever touched — the cost
/// is local, not n per source.
///
/// On an undirected graph π_u(v)/deg v = π_v(u)/deg u (reversibility), so the symmetric pair score
/// π_u(v) + π_v(u) is read from one push: ``pairScore(_:from:to:)``.
///
/// - Complexity: O(Σ over pushes of deg v) per source, at most O(log(1/tolerance)/(1 − d) · m).
public struct RootedPageRank: Sendable {
    public let graph: Graph
    public let damping: Double
    public let tolerance: Double

    /// - Parameter graph: read as undirected (``PartnerCore/Graph/undirectedView()``).
    public init(graph: Graph, damping: Double = 0.85, tolerance: Double = 1e-6) {
        precondition(damping > 0 && damping < 1, "damping in (0, 1)")
        self.graph = graph.undirectedView()
        self.damping = damping
        self.tolerance = tolerance
    }

    /// Scratch buffers reused across sources: the estimate, the residual and the queue.
    public struct Scratch {
        public fileprivate(set) var estimate: [Double]
        fileprivate var residual: [Double]
        fileprivate var queued: [Bool]
        fileprivate var queue: [Int32] = []
        /// Organizations whose estimate is non-zero, in the order first reached.
        public fileprivate(set) var touched: [Int32] = []

        public init(nodeCount: Int) {
            estimate = [Double](repeating: 0, count: nodeCount)
            residual = [Double](repeating: 0, count: nodeCount)
            queued = [Bool](repeating: false, count: nodeCount)
        }
    }

    /// Fills `scratch.estimate` with π_source (zero outside `scratch.touched`); clears the previous source.
    public func compute(from source: Int, into scratch: inout Scratch) {
        for v in scratch.touched {
            scratch.estimate[Int(v)] = 0
            scratch.residual[Int(v)] = 0
        }
        scratch.touched.removeAll(keepingCapacity: true)
        scratch.queue.removeAll(keepingCapacity: true)
        let offsets = graph.offsets, targets = graph.targets
        var seen = [Int32]()
        func touch(_ v: Int) {
            if scratch.estimate[v] == 0 && scratch.residual[v] == 0 { seen.append(Int32(v)) }
        }
        touch(source)
        scratch.residual[source] = 1
        scratch.queue.append(Int32(source))
        scratch.queued[source] = true
        var head = 0
        while head < scratch.queue.count {
            let v = Int(scratch.queue[head])
            head += 1
            scratch.queued[v] = false
            let r = scratch.residual[v]
            let degree = Int(offsets[v + 1] - offsets[v])
            scratch.residual[v] = 0
            scratch.estimate[v] += (1 - damping) * r
            if degree == 0 {
                // A walk with nowhere to go starts again at the source.
                touch(source)
                scratch.residual[source] += damping * r
                if !scratch.queued[source], scratch.residual[source] > tolerance {
                    scratch.queue.append(Int32(source)); scratch.queued[source] = true
                }
                continue
            }
            let share = damping * r / Double(degree)
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                touch(w)
                scratch.residual[w] += share
                let threshold = tolerance * Double(offsets[w + 1] - offsets[w])
                if !scratch.queued[w], scratch.residual[w] > threshold {
                    scratch.queue.append(Int32(w)); scratch.queued[w] = true
                }
            }
            if head > 4096, head * 2 > scratch.queue.count {
                scratch.queue.removeFirst(head)
                head = 0
            }
        }
        scratch.touched = seen
    }

    /// π_u(v) + π_v(u) from the push of `u` held in `scratch` (0 when v has no tie).
    @inline(__always)
    public func pairScore(_ scratch: Scratch, from u: Int, to v: Int) -> Double {
        let forward = scratch.estimate[v]
        let degreeV = graph.degree(of: v)
        guard degreeV > 0 else { return forward }
        return forward * (1 + Double(graph.degree(of: u)) / Double(degreeV))
    }
}
