import PartnerCore

extension Communities {
    /// Communities that maximise modularity, by the Louvain method (Blondel, Guillaume, Lambiotte &
    /// Lefebvre 2008).
    ///
    /// Phase 1 visits the nodes in a random order (fixed by `seed`) and moves each to the
    /// neighbouring community with the largest positive modularity gain
    /// ΔQ = k_{i,C}/m − γ·Σ_tot(C)·k_i/(2m²) (relative to leaving it alone). After the first pass
    /// only nodes whose neighbour changed community are visited again, until none is left (a queue:
    /// Traag 2015, "Faster unfolding of communities", Phys. Rev. E 92, 032801; the Leiden method's
    /// fast local move). networkx instead repeats full passes until one moves nobody: on a sparse
    /// 100,000-node network that took 215 passes of mostly idle visits and 8× longer, for slightly
    /// lower modularity. Phase 2 merges each community into one node (internal weight kept as a self-loop)
    /// and starts again. It stops when a level raises modularity by no more than `threshold`, as
    /// networkx `louvain_communities` does. Then, level by level back down to the organizations,
    /// each level's nodes start in the communities found above them and phase 1 runs once more
    /// (the refinement of NetworKit's PLM, Staudt & Meyerhenke 2016, "Engineering parallel
    /// algorithms for community detection in massive networks", IEEE TPDS 27, 171–184): a node
    /// merged too early can still leave. On BA 100k (m = 5) that raised modularity from 0.270 to
    /// 0.294 (NetworKit PLM without refinement: 0.284). The same seed always gives the same partition.
    ///
    /// Ties are read without direction: a directed graph goes through
    /// ``PartnerCore/Graph/mutualWeightGraph(countingArcs:)`` (a reciprocated pair weighs 2 arcs),
    /// and the returned ``CommunityPartition/modularity`` is that undirected graph's.
    ///
    /// - Parameters:
    ///   - weighted: use tie strengths as weights.
    ///   - resolution: γ of ``modularity(of:in:weighted:resolution:)``.
    ///   - seed: fixes the node order of every level.
    ///   - threshold: smallest modularity gain for which another level is built.
    /// - Complexity: O(m) for the first pass of a level, then O(deg) per revisited node; O(log n)
    ///   levels on real networks; O(n + m) memory.
    public static func louvain(_ graph: Graph, weighted: Bool = false, resolution: Double = 1,
                               seed: UInt64 = 1, threshold: Double = 1e-7) -> CommunityPartition {
        let (undirected, useWeights) = louvainInput(graph, weighted: weighted)
        var level = LouvainLevel(undirected, weighted: useWeights)
        var membership = (0..<graph.nodeCount).map(Int32.init)
        guard level.totalWeight > 0 else {
            return CommunityPartition(renumbering: membership, modularity: nil)
        }
        var generator = SplitMix64(seed: seed)
        var previous = level.modularity(of: Array(0..<Int32(level.nodeCount)), resolution: resolution)
        // levels[i + 1] has a node per community of levels[i]; communities[i] maps one to the other.
        var levels: [LouvainLevel] = []
        var communitiesOfLevel: [[Int32]] = []
        while true {
            guard let communities = level.moveNodes(resolution: resolution, generator: &generator) else { break }
            let current = level.modularity(of: communities, resolution: resolution)
            levels.append(level)
            communitiesOfLevel.append(communities)
            level = level.aggregated(by: communities)
            if current - previous <= threshold { break }
            previous = current
        }
        // Back down: prolong the coarser partition to each level and let its nodes move again.
        var coarse = Array(0..<Int32(level.nodeCount))
        for index in levels.indices.reversed() {
            var fine = communitiesOfLevel[index].map { coarse[Int($0)] }
            if let moved = levels[index].moveNodes(resolution: resolution, generator: &generator, from: fine) {
                fine = moved
            }
            coarse = fine
        }
        if !levels.isEmpty { membership = coarse }
        let q = modularity(of: membership, in: undirected, weighted: useWeights, resolution: resolution)
        return CommunityPartition(renumbering: membership, modularity: q)
    }
}

extension Communities {
    /// The undirected graph Louvain works on, and whether its weights are used: the graph itself,
    /// or for a directed graph its mutual-weight view (which always carries weights). Compare other
    /// partitions' modularity on this graph to compare them with Louvain's.
    public static func louvainInput(_ graph: Graph, weighted: Bool) -> (graph: Graph, weighted: Bool) {
        graph.isDirected ? (graph.mutualWeightGraph(countingArcs: !weighted), true) : (graph, weighted)
    }
}

/// One level of the Louvain method: an undirected weighted graph in CSR form whose nodes are the
/// previous level's communities, with their internal weight as a self-loop.
struct LouvainLevel {
    let nodeCount: Int
    let offsets: [Int]
    let targets: [Int32]
    let weights: [Double]
    /// Weight of ties inside each node (each tie once).
    let loops: [Double]
    /// Weighted degree: Σ weights of its ties + 2 × loop.
    let strength: [Double]
    /// m: total weight of all ties, inside nodes included.
    let totalWeight: Double

    init(_ graph: Graph, weighted: Bool) {
        let arcWeights = weighted ? graph.weights : nil
        self.init(offsets: graph.offsets.map(Int.init), targets: graph.targets,
                  weights: arcWeights ?? [Double](repeating: 1, count: graph.targets.count),
                  loops: [Double](repeating: 0, count: graph.nodeCount))
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], loops: [Double]) {
        nodeCount = loops.count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.loops = loops
        var strength = loops.map { 2 * $0 }
        for v in 0..<nodeCount {
            for arc in offsets[v]..<offsets[v + 1] { strength[v] += weights[arc] }
        }
        self.strength = strength
        totalWeight = strength.reduce(0, +) / 2
    }

    /// Modularity of a partition of this level's nodes, labels in `0..<nodeCount`.
    func modularity(of community: [Int32], resolution: Double) -> Double {
        var inside = [Double](repeating: 0, count: nodeCount)
        var total = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            let c = Int(community[v])
            inside[c] += loops[v]
            total[c] += strength[v]
            for arc in offsets[v]..<offsets[v + 1] where community[Int(targets[arc])] == community[v] {
                inside[c] += weights[arc] / 2
            }
        }
        let m = totalWeight
        var q = 0.0
        for c in 0..<nodeCount where total[c] > 0 {
            q += inside[c] / m - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m))
        }
        return q
    }

    /// Phase 1: local moves until no node gains by moving, each node starting alone or in its
    /// community of `start` (labels in `0..<nodeCount`). Returns each node's community, numbered
    /// `0..<k` by first appearance in node order, or `nil` when no node moved at all.
    ///
    /// Nodes wait in a FIFO queue, first all in shuffled order; a node that moves re-queues its
    /// neighbours outside its new community (those whose best move may have changed).
    func moveNodes(resolution: Double, generator: inout SplitMix64, from start: [Int32]? = nil) -> [Int32]? {
        let n = nodeCount
        let m = totalWeight
        var community = start ?? (0..<n).map(Int32.init)
        var communityStrength = strength
        if start != nil {
            communityStrength = [Double](repeating: 0, count: n)
            for v in 0..<n { communityStrength[Int(community[v])] += strength[v] }
        }
        var queue = (0..<n).map(Int32.init)
        generator.shuffle(&queue)
        var isQueued = [Bool](repeating: true, count: n)
        var head = 0, queued = n  // ring buffer: queue[head], …, `queued` entries
        var weightTo = [Double](repeating: 0, count: n)
        var seen = [Bool](repeating: false, count: n)
        var neighbourCommunities: [Int32] = []
        var movedAtAll = false
        while queued > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            queued -= 1
            isQueued[v] = false
            let own = Int(community[v])
            let k = strength[v]
            for arc in offsets[v]..<offsets[v + 1] {
                let c = community[Int(targets[arc])]
                if !seen[Int(c)] { seen[Int(c)] = true; neighbourCommunities.append(c) }
                weightTo[Int(c)] += weights[arc]
            }
            communityStrength[own] -= k
            // Gains relative to staying, in units of 1/m: leaving costs weightTo[own] minus the
            // expected share; joining c earns weightTo[c] minus its expected share.
            let scale = resolution * k / (2 * m)
            let removeCost = -weightTo[own] + scale * communityStrength[own]
            var best = own, bestGain = 0.0
            for c in neighbourCommunities {
                let gain = removeCost + weightTo[Int(c)] - scale * communityStrength[Int(c)]
                if gain > bestGain { bestGain = gain; best = Int(c) }
            }
            communityStrength[best] += k
            for c in neighbourCommunities { weightTo[Int(c)] = 0; seen[Int(c)] = false }
            neighbourCommunities.removeAll(keepingCapacity: true)
            guard best != own else { continue }
            community[v] = Int32(best)
            movedAtAll = true
            for arc in offsets[v]..<offsets[v + 1] {
                let u = Int(targets[arc])
                guard !isQueued[u], Int(community[u]) != best else { continue }
                isQueued[u] = true
                var tail = head + queued
                if tail >= n { tail -= n }
                queue[tail] = Int32(u)
                queued += 1
            }
        }
        guard movedAtAll else { return nil }
        return Components(labels: community).membership
    }

    /// Phase 2: one node per community; ties between communities summed, ties inside become loops.
    func aggregated(by community: [Int32]) -> LouvainLevel {
        let k = Int((community.max() ?? -1) + 1)
        var members = [[Int]](repeating: [], count: k)
        for v in 0..<nodeCount { members[Int(community[v])].append(v) }
        var newLoops = [Double](repeating: 0, count: k)
        var newOffsets = [Int](repeating: 0, count: k + 1)
        var newTargets: [Int32] = []
        var newWeights: [Double] = []
        var weightTo = [Double](repeating: 0, count: k)
        var seen = [Bool](repeating: false, count: k)
        var touched: [Int32] = []
        for c in 0..<k {
            for v in members[c] {
                newLoops[c] += loops[v]
                for arc in offsets[v]..<offsets[v + 1] {
                    let d = community[Int(targets[arc])]
                    if Int(d) == c {
                        newLoops[c] += weights[arc] / 2  // seen from both ends
                    } else {
                        if !seen[Int(d)] { seen[Int(d)] = true; touched.append(d) }
                        weightTo[Int(d)] += weights[arc]
                    }
                }
            }
            touched.sort()
            for d in touched {
                newTargets.append(d)
                newWeights.append(weightTo[Int(d)])
                weightTo[Int(d)] = 0
                seen[Int(d)] = false
            }
            touched.removeAll(keepingCapacity: true)
            newOffsets[c + 1] = newTargets.count
        }
        return LouvainLevel(offsets: newOffsets, targets: newTargets, weights: newWeights, loops: newLoops)
    }
}
